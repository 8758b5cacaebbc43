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
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { SpeakButton } from '../ui/SpeakButton';
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

const SHOWN_MS = 3200;

export function CueBanner() {
  const { t } = useTranslation('fresco');
  const cue = useFrescoStore((state) => state.cue);
  const clearCue = useFrescoStore((state) => state.clearCue);
  useEffect(() => {
    if (!cue) return;
    const timer = setTimeout(clearCue, SHOWN_MS);
    return () => clearTimeout(timer);
  }, [cue, clearCue]);
  const text = cue ? t(`cue.${cue.refusal}`) : '';
  const Icon = cue ? ICONS[cue.refusal] : null;
  return (
    <div className="cue-region" role="status" aria-live="polite">
      {cue && Icon ? (
        <div className="cue warn-banner" key={cue.seq} data-testid="fresco-cue" data-refusal={cue.refusal}>
          <Icon size={34} aria-hidden="true" />
          <span>{text}</span>
          <SpeakButton text={text} />
        </div>
      ) : null}
    </div>
  );
}
