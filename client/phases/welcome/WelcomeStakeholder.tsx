import { useTranslation } from 'react-i18next';
import { RosterList } from '../../presence/RosterList';
import { useRoster } from '../../presence/useRoster';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';

/** Welcome for a stakeholder: what the workshop is, who the residents are, what comes next for them. */
export default function WelcomeStakeholder() {
  const { t } = useTranslation('projector');
  const title = useWorkshopSetting('title');
  const place = useWorkshopSetting('place');
  const roster = useRoster();
  return (
    <div className="welcome-stakeholder">
      <h1>{title}</h1>
      {place ? <p className="welcome-place">{place}</p> : null}
      <p>{t('stakeholder.welcome')}</p>
      <RosterList roster={roster} size={56} emptyText={t('roster.empty')} />
    </div>
  );
}
