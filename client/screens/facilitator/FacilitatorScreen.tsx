import { IconHelp, IconLink, IconPresentation } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { useControlWriter } from '../../commands/useControlWriter';
import { setFollowCommand } from '../../follow/commands';
import { usePublishFollow } from '../../follow/useFollow';
import { PhaseContent } from '../../phases/PhaseContent';
import { usePublishPresence } from '../../presence/usePresence';
import { findMyWorkshop } from '../../storage/myWorkshops';
import { useCameraStore } from '../../stores/useCameraStore';
import { unlockAudio } from '../../timer/chime';
import { Button } from '../../ui/Button';
import { Dialog } from '../../ui/Dialog';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { PhaseBanner } from '../../ui/PhaseBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { useDoorOpen } from '../../workshop/useDoorOpen';
import { useJoinInvitation } from '../../workshop/useJoinInvitation';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../../workshop/WorkshopSessionContext';
import { LinksPanel } from '../common/LinksPanel';
import { ProjectorView } from '../projector/ProjectorView';
import { DeskCue } from './DeskCue';
import { PhaseStepper } from './PhaseStepper';
import { RoomControls } from './RoomControls';
import { SeatList } from './SeatList';
import { TimerControls } from './TimerControls';
import { answerDesk } from './useDeskCue';
import './facilitator.css';

/**
 * The facilitator's laptop: the phases across the top, the phase's own view in the middle, and the
 * room (timer, door, lock, follow, seats) on the side. "Projector mode" fills the screen with what
 * the room should see.
 */
export default function FacilitatorScreen() {
  const { t } = useTranslation('facilitate');
  const { workshopId, joinCode, token } = useWorkshopSession();
  const writer = useControlWriter();
  const phase = useWorkshopSetting('phase');
  const title = useWorkshopSetting('title');
  const place = useWorkshopSetting('place');
  const doorOpen = useDoorOpen();
  const follow = useWorkshopSetting('follow');
  const invitation = useJoinInvitation();
  const [projecting, setProjecting] = useState(false);
  const [linksOpen, setLinksOpen] = useState(false);
  const following = follow !== null;
  usePublishFollow(following);
  const setFollowing = (on: boolean) => {
    const { canvas, x, y, zoom } = useCameraStore.getState();
    answerDesk(setFollowCommand(writer, on ? { canvas, x, y, zoom } : null));
  };
  // A projector opened with the viewer link learns the join code from here, only while the door is open.
  usePublishPresence({ join: doorOpen ? invitation : null });

  if (projecting) {
    return (
      <ProjectorView
        onExit={() => {
          setProjecting(false);
          if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
        }}
      />
    );
  }

  const tokens = findMyWorkshop(workshopId)?.tokens ?? { facilitator: token };
  return (
    <div className="desk-screen facilitator-screen" data-testid="facilitator-screen" data-phase={phase}>
      <header className="desk-top">
        <div className="desk-title">
          <Link href="/" className="brand">
            Fresco
          </Link>
          <h1>{title}</h1>
          {place ? <span className="desk-place">{place}</span> : null}
        </div>
        <div className="desk-top-actions">
          <StatusBadge device="computer" />
          <Button label={t('top.links')} icon={<IconLink size={22} />} onClick={() => setLinksOpen(true)} />
          <Button
            label={t('top.projector')}
            icon={<IconPresentation size={22} />}
            variant="primary"
            data-testid="projector-mode"
            onClick={() => {
              unlockAudio();
              setProjecting(true);
              void document.documentElement.requestFullscreen?.().catch(() => undefined);
            }}
          />
          <Link href="/aide" className="btn btn-quiet btn-normal" aria-label={t('top.help')}>
            <IconHelp size={22} aria-hidden="true" />
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <PhaseStepper />
      <div className="desk-body">
        <main className="desk-main">
          <PhaseBanner phase={phase} />
          <PhaseContent phase={phase} view="facilitator" />
        </main>
        <aside className="desk-side" aria-label={t('side.label')}>
          <TimerControls />
          <RoomControls following={following} onFollowing={(on) => setFollowing(on)} />
          <SeatList />
        </aside>
        <DeskCue />
      </div>
      <Dialog open={linksOpen} title={t('top.links')} onClose={() => setLinksOpen(false)} size="wide">
        <LinksPanel workshopId={workshopId} tokens={tokens} joinCode={joinCode} />
      </Dialog>
    </div>
  );
}
