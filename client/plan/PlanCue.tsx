import { type Icon, IconEye, IconInfoCircle, IconPencilExclamation } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CueNote } from '../ui/CueNote';
import { type PlanCueReason, usePlanCue } from './usePlanCue';

const ICONS: Record<PlanCueReason, Icon> = {
  readOnly: IconEye,
  gone: IconInfoCircle,
  invalid: IconPencilExclamation,
};

/** Why the last thing tried on the plan did nothing, said once and calmly, then gone by itself. */
export function PlanCue() {
  const { t } = useTranslation('plan');
  const cue = usePlanCue((state) => state.cue);
  const clearCue = usePlanCue((state) => state.clearCue);
  return (
    <CueNote
      cue={cue}
      text={cue ? t(`cue.${cue.refusal}`) : ''}
      icon={cue ? ICONS[cue.refusal] : null}
      testId="plan-cue"
      desk
      onDone={clearCue}
    />
  );
}
