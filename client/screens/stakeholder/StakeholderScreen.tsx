import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PhaseContent } from '../../phases/PhaseContent';
import { WorkshopTimer } from '../../timer/WorkshopTimer';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { PhaseBanner } from '../../ui/PhaseBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import '../facilitator/facilitator.css';

/** A stakeholder's laptop: the phase, the timer, and the phase's view (the action plan, from phase 5). */
export default function StakeholderScreen() {
  const { t } = useTranslation('common');
  const phase = useWorkshopSetting('phase');
  const title = useWorkshopSetting('title');
  return (
    <div className="desk-screen stakeholder-screen" data-testid="stakeholder-screen" data-phase={phase}>
      <header className="desk-top">
        <div className="desk-title">
          <span className="brand">Fresco</span>
          <h1>{title}</h1>
        </div>
        <div className="desk-top-actions">
          <WorkshopTimer size={48} />
          <StatusBadge device="computer" />
          <Link href="/aide" className="btn btn-quiet btn-normal">
            {t('nav.help')}
          </Link>
          <LanguageSwitch />
        </div>
      </header>
      <PhaseBanner phase={phase} />
      <main className="desk-main">
        <PhaseContent phase={phase} view="stakeholder" />
      </main>
    </div>
  );
}
