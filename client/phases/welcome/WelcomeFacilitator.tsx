import { useTranslation } from 'react-i18next';
import { RosterList } from '../../presence/RosterList';
import { useRoster } from '../../presence/useRoster';
import { useDoorOpen } from '../../workshop/useDoorOpen';
import { useJoinInvitation } from '../../workshop/useJoinInvitation';
import { JoinPanel } from './JoinPanel';

/** Welcome on the facilitator's laptop: the same join card as the projector, smaller, and the arrivals. */
export default function WelcomeFacilitator() {
  const { t } = useTranslation('facilitate');
  const doorOpen = useDoorOpen();
  const invitation = useJoinInvitation();
  const roster = useRoster();
  return (
    <div className="welcome-facilitator">
      <p className="facilitator-hint">{t('welcome.hint')}</p>
      <JoinPanel invitation={invitation} doorOpen={doorOpen} size="facilitator" />
      <RosterList roster={roster} size={64} emptyText={t('welcome.nobody')} />
    </div>
  );
}
