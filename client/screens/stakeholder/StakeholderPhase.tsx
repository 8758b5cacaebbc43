import { useTranslation } from 'react-i18next';
import type { Phase } from '../../../shared/schema/control';
import { PHASE_COLORS, PHASE_ICONS } from '../../phases/phaseIcons';

const RESIDENTS_PHASES: readonly Phase[] = ['welcome', 'explore', 'thread', 'propose'];

/**
 * Where the workshop is, in one line: the stakeholder's desk is the plan in every phase, so the phase is
 * a small live note rather than the residents' big banner and its instruction meant for tablets.
 */
export function StakeholderPhase({ phase }: { phase: Phase }) {
  const { t } = useTranslation('plan');
  const { t: common } = useTranslation('common');
  const Icon = PHASE_ICONS[phase];
  const residents = RESIDENTS_PHASES.includes(phase);
  return (
    <p className="stakeholder-phase" data-testid="stakeholder-phase" data-phase={phase} aria-live="polite">
      <span className="stakeholder-phase-disc" style={{ background: PHASE_COLORS[phase] }} aria-hidden="true">
        <Icon size={20} stroke={1.8} />
      </span>
      <span>
        <strong>{t('desk.phase', { phase: common(`phase.${phase}.name`) })}</strong>{' '}
        {residents ? t('desk.residentsLive') : null}
      </span>
    </p>
  );
}
