import { useTranslation } from 'react-i18next';
import { RosterList } from '../../presence/RosterList';
import { useRoster } from '../../presence/useRoster';
import { useDoorOpen } from '../../workshop/useDoorOpen';
import { useJoinInvitation } from '../../workshop/useJoinInvitation';
import { JoinPanel } from './JoinPanel';

/** Welcome on the projector: how to come in, big enough for the back of the room, and who is in. */
export default function WelcomeProjector() {
  const { t } = useTranslation('projector');
  const doorOpen = useDoorOpen();
  const invitation = useJoinInvitation();
  const roster = useRoster();
  return (
    <div className="welcome-projector" data-testid="welcome-projector">
      <JoinPanel invitation={invitation} doorOpen={doorOpen} size="projector" />
      <RosterList roster={roster} size={96} emptyText={t('roster.empty')} />
    </div>
  );
}
