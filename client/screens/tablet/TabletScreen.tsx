import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useFollowViewport } from '../../follow/useFollow';
import { PhaseContent } from '../../phases/PhaseContent';
import { usePublishPresence } from '../../presence/usePresence';
import { useMyParticipant } from '../../presence/useRoster';
import { useConnectionStore } from '../../sync/useConnectionStore';
import { WorkshopTimer } from '../../timer/WorkshopTimer';
import { Avatar } from '../../ui/Avatar';
import { LoadingNote } from '../../ui/LoadingNote';
import { PhaseBanner } from '../../ui/PhaseBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { useInputPaused } from '../../workshop/useInputPaused';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { AvatarSetup } from './AvatarSetup';
import { MeDialog } from './MeDialog';
import { PauseOverlay } from './PauseOverlay';
import './tablet.css';

/** A resident's tablet: the phase and what to do, the timer, where the work is saved, and the phase's tools. */
export default function TabletScreen() {
  const { t } = useTranslation('join');
  const phase = useWorkshopSetting('phase');
  const me = useMyParticipant();
  const boardState = useConnectionStore((store) => store.docs.board);
  const pause = useInputPaused();
  const [setup, setSetup] = useState<'avatar' | 'name' | null>(null);
  const [meOpen, setMeOpen] = useState(false);
  useFollowViewport('bring');
  usePublishPresence(me?.avatar ? { user: { name: me.name, avatar: me.avatar, color: me.color } } : {});

  // Before the board has synced once, "no seat record" may only mean "not arrived yet".
  const knowsSeat = me !== null || boardState !== 'connecting';
  const arriving = knowsSeat && !me?.avatar;
  const step = setup ?? (arriving ? 'avatar' : null);
  // Pinned, so choosing the picture (which creates the seat record) moves on to the name, not away.
  useEffect(() => {
    if (arriving && setup === null) setSetup('avatar');
  }, [arriving, setup]);

  return (
    <div className="resident tablet-screen" data-testid="tablet-screen" data-phase={phase}>
      <header className="tablet-top">
        <PhaseBanner phase={phase} size="large" view="tablet" />
        <div className="tablet-top-side">
          <WorkshopTimer size={76} />
          <StatusBadge compact />
          {me?.avatar ? (
            <button
              type="button"
              className="me-button"
              aria-label={t('me.open')}
              onClick={() => setMeOpen(true)}
            >
              <Avatar avatar={me.avatar} color={me.color} name={me.name} size={56} showName={false} />
            </button>
          ) : null}
        </div>
      </header>
      <main className="tablet-main">
        {!knowsSeat ? (
          <LoadingNote />
        ) : step ? (
          <AvatarSetup me={me} start={step} onDone={() => setSetup(null)} key={step} />
        ) : (
          <>
            <PhaseContent phase={phase} view="tablet" />
            {pause ? <PauseOverlay pause={pause} /> : null}
          </>
        )}
      </main>
      {me ? (
        <MeDialog
          open={meOpen}
          me={me}
          onClose={() => setMeOpen(false)}
          onChange={(next) => {
            setMeOpen(false);
            setSetup(next);
          }}
        />
      ) : null}
    </div>
  );
}
