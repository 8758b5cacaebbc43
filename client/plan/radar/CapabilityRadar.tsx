/**
 * The *toile des capabilités* of one action, as SVG in the page. Editable by pointing: a tap on a spoke
 * sets that axis to the level nearest the tap (the centre is 0). ScoreSteps gives the same with the
 * keyboard; the picture itself is described in words for screen readers.
 */
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { radarPoint, radarPolygon, scoreAtPoint } from '../../../shared/model/radar';
import type { CapabilityAxis } from '../../../shared/schema/control';
import { CAPABILITY_MAX } from '../../../shared/schema/plan';
import { RadarGrid } from './RadarGrid';

export interface CapabilityRadarProps {
  axes: readonly CapabilityAxis[];
  scores: Readonly<Record<string, number>>;
  onScore?: (axisId: string, score: number) => void;
  size?: number;
}

const WIDTH = 420;
const HEIGHT = 330;
const FRAME = { cx: WIDTH / 2, cy: HEIGHT / 2 + 4, radius: 105 };

export function CapabilityRadar({ axes, scores, onScore }: CapabilityRadarProps) {
  const { t } = useTranslation('plan');
  const svgRef = useRef<SVGSVGElement>(null);
  const values = axes.map((axis) => scores[axis.id] ?? 0);
  const shape = radarPolygon(values, FRAME);
  const summary = axes
    .map((axis, i) => t('radar.axisScore', { axis: axis.label, score: values[i], max: CAPABILITY_MAX }))
    .join(' ; ');
  const pick = (clientX: number, clientY: number) => {
    const svg = svgRef.current;
    const matrix = svg?.getScreenCTM()?.inverse();
    if (!svg || !matrix || !onScore) return;
    const point = new DOMPoint(clientX, clientY).matrixTransform(matrix);
    const hit = scoreAtPoint(point, axes.length, FRAME);
    const axis = hit ? axes[hit.axis] : undefined;
    if (hit && axis) onScore(axis.id, hit.score);
  };
  if (axes.length === 0) return <p className="hint">{t('radar.noAxes')}</p>;
  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: pointing is a shortcut; ScoreSteps next to it is the keyboard way.
    <svg
      ref={svgRef}
      className={`capability-radar${onScore ? ' is-editable' : ''}`}
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-label={t('radar.summary', { scores: summary })}
      onClick={(event) => pick(event.clientX, event.clientY)}
      data-testid="capability-radar"
    >
      <RadarGrid labels={axes.map((axis) => axis.label)} frame={FRAME} />
      {axes.length >= 3 ? (
        <polygon
          points={shape.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ')}
          fill="#1f4fa8"
          fillOpacity={0.25}
          stroke="#1f4fa8"
          strokeWidth={2.5}
          strokeLinejoin="round"
        />
      ) : null}
      {axes.map((axis, i) => {
        const p = radarPoint(i, axes.length, values[i] ?? 0, FRAME);
        return <circle key={axis.id} cx={p.x} cy={p.y} r={5} fill="#1f4fa8" />;
      })}
      {onScore
        ? axes.flatMap((axis, i) =>
            [1, 2, 3, 4].map((level) => {
              const p = radarPoint(i, axes.length, level, FRAME);
              return <circle key={`${axis.id}-${level}`} className="radar-target" cx={p.x} cy={p.y} r={9} />;
            }),
          )
        : null}
    </svg>
  );
}
