/**
 * The gentle answer to a refused action: a calm note with a pictogram for a few seconds, read aloud on
 * request, never a dialog to dismiss. Screen readers hear it through the live region.
 */
import {
  type Icon,
  IconClock,
  IconCoin,
  IconDragDrop,
  IconEye,
  IconHandFinger,
  IconHandMove,
  IconHandStop,
  IconInfoCircle,
  IconLock,
  IconUser,
  IconUsers,
} from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CueNote } from '../ui/CueNote';
import { type Refusal, useFrescoStore } from './useFrescoStore';

const ICONS: Record<Refusal, Icon> = {
  locked: IconLock,
  paused: IconClock,
  readOnly: IconEye,
  notYours: IconUser,
  phase: IconHandStop,
  gone: IconInfoCircle,
  budget: IconCoin,
  chooseFirst: IconHandFinger,
  othersThread: IconUsers,
  notOnCell: IconDragDrop,
  dragStopped: IconHandMove,
};

export function CueBanner() {
  const { t } = useTranslation('fresco');
  const cue = useFrescoStore((state) => state.cue);
  const clearCue = useFrescoStore((state) => state.clearCue);
  return (
    <CueNote
      cue={cue}
      text={cue ? t(`cue.${cue.refusal}`) : ''}
      icon={cue ? ICONS[cue.refusal] : null}
      testId="fresco-cue"
      onDone={clearCue}
    />
  );
}
