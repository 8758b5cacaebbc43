import { useTranslation } from 'react-i18next';
import { PHASES } from '../../../shared/schema/control';
import { useControlWriter } from '../../commands/useControlWriter';
import { PHASE_COLORS, PHASE_ICONS } from '../../phases/phaseIcons';
import { useWorkshopSetting } from '../../workshop/useWorkshopSettings';
import { setPhaseCommand } from './commands';
import { answerDesk } from './useDeskCue';

/** The six phases in order; the facilitator taps one and every screen follows. */
export function PhaseStepper() {
  const { t } = useTranslation('common');
  const writer = useControlWriter();
  const current = useWorkshopSetting('phase');
  return (
    <nav className="phase-stepper" aria-label={t('phase.stepper')}>
      <ol>
        {PHASES.map((phase, index) => {
          const Icon = PHASE_ICONS[phase];
          const active = phase === current;
          return (
            <li key={phase}>
              <button
                type="button"
                className={`phase-step ${active ? 'phase-step-active' : ''}`}
                aria-current={active ? 'step' : undefined}
                data-phase={phase}
                onClick={() => answerDesk(setPhaseCommand(writer, phase))}
                style={
                  active ? { background: PHASE_COLORS[phase], borderColor: PHASE_COLORS[phase] } : undefined
                }
              >
                <span className="phase-step-number" aria-hidden="true">
                  {index + 1}
                </span>
                <Icon size={26} aria-hidden="true" />
                <span className="phase-step-name">{t(`phase.${phase}.name`)}</span>
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
