import { IconHandStop, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { SpeakButton } from '../../ui/SpeakButton';
import type { InputPause } from '../../workshop/useInputPaused';

/**
 * Covers the residents' tools while the board is locked or the time is up: taps land here, nothing
 * underneath can change, and the reason is said in words and with a pictogram.
 */
export function PauseOverlay({ pause }: { pause: Exclude<InputPause, null> }) {
  const { t } = useTranslation('join');
  const Icon = pause === 'locked' ? IconLock : IconHandStop;
  const text = t(`pause.${pause}`);
  return (
    <div className="pause-overlay" role="status" data-testid="pause-overlay" data-pause={pause}>
      <div className="pause-card">
        <Icon size={88} stroke={1.6} aria-hidden="true" />
        <p>{text}</p>
        <SpeakButton text={text} size="large" />
      </div>
    </div>
  );
}
