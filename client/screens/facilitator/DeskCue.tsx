import { type Icon, IconAdjustmentsExclamation, IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ControlRefusal } from '../../commands/control';
import { CueNote } from '../../ui/CueNote';
import { useDeskCue } from './useDeskCue';

const ICONS: Record<ControlRefusal, Icon> = {
  readOnly: IconEye,
  invalid: IconAdjustmentsExclamation,
};

/** Why the last control tapped did nothing, said once and calmly. */
export function DeskCue() {
  const { t } = useTranslation('facilitate');
  const cue = useDeskCue((state) => state.cue);
  const clearCue = useDeskCue((state) => state.clearCue);
  return (
    <CueNote
      cue={cue}
      text={cue ? t(`cue.${cue.refusal}`) : ''}
      icon={cue ? ICONS[cue.refusal] : null}
      testId="desk-cue"
      desk
      onDone={clearCue}
    />
  );
}
