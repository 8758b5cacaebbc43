import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'wouter';
import { PhaseContent } from '../../phases/PhaseContent';
import { WorkshopTimer } from '../../timer/WorkshopTimer';
import { ErrorBoundary } from '../../ui/ErrorBoundary';
import { LanguageSwitch } from '../../ui/LanguageSwitch';
import { LoadingNote } from '../../ui/LoadingNote';
import { StatusBadge } from '../../ui/StatusBadge';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { StakeholderPhase } from './StakeholderPhase';
import '../facilitator/facilitator.css';

const StakeholderDesk = lazy(() => import('./StakeholderDesk'));

/**
 * A stakeholder's laptop: the action plan in every phase, with the residents' field return beside it
 * (PRODUCT.md §3: partners prepare their sheets before the stakeholders' workshop and finish them weeks
 * after it), the phase as a small live note, and the downloads once the workshop is at its export.
 */
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
      <Suspense fallback={null}>
        <StakeholderPhase phase={phase} />
      </Suspense>
      <main className="desk-main">
        {phase === 'export' ? <PhaseContent phase={phase} view="stakeholder" /> : null}
        <ErrorBoundary fallback={<p className="panel-empty">{t('plan:desk.failed')}</p>}>
          <Suspense fallback={<LoadingNote />}>
            <StakeholderDesk />
          </Suspense>
        </ErrorBoundary>
      </main>
    </div>
  );
}
