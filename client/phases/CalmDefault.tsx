import { useTranslation } from 'react-i18next';
import type { Phase } from '../../shared/schema/control';
import { PHASE_COLORS, PHASE_ICONS } from './phaseIcons';
import type { PhaseView } from './registry';

/** What a screen shows for a phase that has nothing for it (yet): calm, with the phase pictogram. */
export function CalmDefault({ phase, view }: { phase: Phase; view: PhaseView }) {
  const { t } = useTranslation('common');
  const Icon = PHASE_ICONS[phase];
  return (
    <div className={`calm-default calm-${view}`} data-testid="calm-default">
      <span className="calm-disc" style={{ color: PHASE_COLORS[phase] }} aria-hidden="true">
        <Icon size={view === 'projector' ? 200 : 120} stroke={1.4} />
      </span>
      <p className="calm-text">{t(`calm.${view}`)}</p>
    </div>
  );
}
