import { useTranslation } from 'react-i18next';
import type { Phase } from '../../shared/schema/control';
import { PHASE_COLORS, PHASE_ICONS } from '../phases/phaseIcons';
import type { PhaseView } from '../phases/registry';
import { SpeakButton } from './SpeakButton';

export interface PhaseBannerProps {
  phase: Phase;
  /** Residents and the projector get the big version. */
  size?: 'normal' | 'large' | 'huge';
  /** The projector has no one to press the speaker button. */
  speakable?: boolean;
  /** A screen may have its own sentence for a phase (`phase.<p>.instruction_<view>`), else the common one. */
  view?: PhaseView;
}

/**
 * The current phase on every screen: its pictogram, its name and one easy-to-read sentence saying what
 * to do now, which the speaker button reads aloud.
 */
export function PhaseBanner({ phase, size = 'normal', speakable = true, view }: PhaseBannerProps) {
  const { t } = useTranslation('common');
  const Icon = PHASE_ICONS[phase];
  const name = t(`phase.${phase}.name`);
  const common = `phase.${phase}.instruction`;
  const instruction = view ? t([`${common}_${view}`, common]) : t(common);
  const iconSize = size === 'huge' ? 88 : size === 'large' ? 52 : 36;
  return (
    <section
      className={`phase-banner phase-banner-${size}`}
      aria-label={t('phase.current')}
      data-phase={phase}
    >
      <span className="phase-disc" style={{ background: PHASE_COLORS[phase] }} aria-hidden="true">
        <Icon size={iconSize} stroke={1.8} />
      </span>
      <div className="phase-text">
        <h2 className="phase-name">{name}</h2>
        <p className="phase-instruction">{instruction}</p>
      </div>
      {speakable ? (
        <SpeakButton
          text={`${name}. ${instruction}`}
          label={t('speak.instruction')}
          size={size === 'normal' ? 'normal' : 'large'}
        />
      ) : null}
    </section>
  );
}
