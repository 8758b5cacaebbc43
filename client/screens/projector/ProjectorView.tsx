import { IconArrowsMaximize, IconX } from '@tabler/icons-react';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PhaseContent } from '../../phases/PhaseContent';
import { unlockAudio } from '../../timer/chime';
import { WorkshopTimer } from '../../timer/WorkshopTimer';
import { Button } from '../../ui/Button';
import { PhaseBanner } from '../../ui/PhaseBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import './projector.css';

export interface ProjectorViewProps {
  /** The facilitator's projector mode offers a way back; a viewer screen has nowhere to go. */
  onExit?: () => void;
}

/** The projector: high contrast, read-only, the phase in huge letters, the timer, and the phase's view. */
export function ProjectorView({ onExit }: ProjectorViewProps) {
  const { t } = useTranslation('projector');
  const phase = useWorkshopSetting('phase');
  const title = useWorkshopSetting('title');
  const fullscreen = useFullscreen();
  useEscapeToLeave(onExit);
  return (
    <div className="projector" data-testid="projector" data-phase={phase}>
      <header className="projector-top">
        <PhaseBanner phase={phase} size="huge" speakable={false} />
        <WorkshopTimer size={150} />
      </header>
      <main className="projector-main">
        <PhaseContent phase={phase} view="projector" />
      </main>
      <footer className="projector-bottom">
        <span className="projector-title">{title}</span>
        <StatusBadge compact />
        {fullscreen ? null : (
          <Button
            label={t('fullscreen')}
            icon={<IconArrowsMaximize size={24} />}
            variant="quiet"
            onClick={() => {
              unlockAudio();
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          />
        )}
        {onExit ? (
          <Button label={t('exit')} icon={<IconX size={24} />} variant="quiet" onClick={onExit} />
        ) : null}
      </footer>
    </div>
  );
}

/** Escape leaves the facilitator's projector mode, as it leaves full screen. */
function useEscapeToLeave(onExit: (() => void) | undefined) {
  useEffect(() => {
    if (!onExit) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) onExit();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onExit]);
}

function useFullscreen(): boolean {
  const [fullscreen, setFullscreen] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFullscreen(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  return fullscreen;
}
