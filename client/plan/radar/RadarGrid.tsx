/** The web of a radar (rings, spokes and axis labels), shared by the action radar and the synthesis radar. */
import { type RadarFrame, radarLabel, radarRings, radarSpokes } from '../../../shared/model/radar';
import { wrapLabel } from './wrapLabel';

export interface RadarGridProps {
  labels: readonly string[];
  frame: RadarFrame;
  /** Labels to mark, e.g. axes where the plan leaves a gap. */
  marked?: readonly boolean[];
  markText?: string;
}

const points = (list: { x: number; y: number }[]) =>
  list.map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`).join(' ');

export function RadarGrid({ labels, frame, marked = [], markText = '' }: RadarGridProps) {
  const n = labels.length;
  const rings = radarRings(n, frame);
  const spokes = radarSpokes(n, frame);
  return (
    <g className="radar-grid">
      {rings.map((ring) => (
        <polygon key={points(ring)} points={points(ring)} fill="none" stroke="#c9ccd3" strokeWidth={1} />
      ))}
      {spokes.map((spoke) => (
        <line
          key={`${spoke.x},${spoke.y}`}
          x1={frame.cx}
          y1={frame.cy}
          x2={spoke.x}
          y2={spoke.y}
          stroke="#c9ccd3"
        />
      ))}
      {labels.map((label, i) => {
        const { at, anchor } = radarLabel(i, n, frame, 14);
        const lines = wrapLabel(label, 16, 3);
        const isMarked = marked[i] === true;
        const allLines = isMarked ? [...lines, markText] : lines;
        const top = at.y < frame.cy - 4;
        const lineHeight = 15;
        const y0 = top ? at.y - (allLines.length - 1) * lineHeight : at.y + (anchor === 'middle' ? 12 : 4);
        return (
          <text
            key={`label-${at.x}-${at.y}`}
            x={at.x}
            y={y0}
            textAnchor={anchor}
            className={`radar-label${isMarked ? ' is-marked' : ''}`}
          >
            {allLines.map((line, k) => (
              <tspan
                // biome-ignore lint/suspicious/noArrayIndexKey: lines of one label; the same line can repeat.
                key={k}
                x={at.x}
                dy={k === 0 ? 0 : lineHeight}
                className={isMarked && k === allLines.length - 1 ? 'radar-mark' : undefined}
              >
                {line}
              </tspan>
            ))}
          </text>
        );
      })}
    </g>
  );
}
