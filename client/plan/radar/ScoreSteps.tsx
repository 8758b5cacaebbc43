/**
 * Scoring the radar with the keyboard (and big targets): one group of five radio buttons per axis,
 * each step drawn as dots (0 to 4 filled) with its words for screen readers.
 */
import { useTranslation } from 'react-i18next';
import type { CapabilityAxis } from '../../../shared/schema/control';
import { CAPABILITY_MAX } from '../../../shared/schema/plan';

const LEVELS = Array.from({ length: CAPABILITY_MAX + 1 }, (_, level) => level);

export function ScoreDots({ score }: { score: number }) {
  return (
    <svg
      className="score-dots"
      width={62}
      height={16}
      viewBox="0 0 62 16"
      aria-hidden="true"
      focusable="false"
    >
      {LEVELS.slice(1).map((level) => (
        <circle
          key={level}
          cx={8 + (level - 1) * 15}
          cy={8}
          r={5.5}
          fill={level <= score ? '#1f4fa8' : '#ffffff'}
          stroke="#1f4fa8"
          strokeWidth={1.6}
        />
      ))}
    </svg>
  );
}

export interface ScoreStepsProps {
  actionId: string;
  axes: readonly CapabilityAxis[];
  scores: Readonly<Record<string, number>>;
  onScore(axisId: string, score: number): void;
}

export function ScoreSteps({ actionId, axes, scores, onScore }: ScoreStepsProps) {
  const { t } = useTranslation('plan');
  return (
    <div className="score-steps">
      {axes.map((axis) => {
        const value = scores[axis.id] ?? 0;
        return (
          <fieldset key={axis.id} className="score-axis" data-axis={axis.id}>
            <legend>
              {axis.label} <span className="score-now">{t(`radar.level.${value}`)}</span>
            </legend>
            <div className="score-options">
              {LEVELS.map((level) => (
                <label key={level} className={`score-option${value === level ? ' is-checked' : ''}`}>
                  <input
                    type="radio"
                    name={`score-${actionId}-${axis.id}`}
                    value={level}
                    checked={value === level}
                    onChange={() => onScore(axis.id, level)}
                  />
                  <ScoreDots score={level} />
                  <span className="visually-hidden">{t(`radar.level.${level}`)}</span>
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
    </div>
  );
}
