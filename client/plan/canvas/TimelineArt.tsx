/**
 * The static art under the cards: lane bands, quarter and year lines, the undated band. It sits on a
 * `listening: false` layer and re-renders only when lanes or the span change; panning moves the layer.
 */
import { memo } from 'react';
import { Group, Line, Rect } from 'react-konva';
import { quarterTicks, type TimelineLayout } from '../../../shared/model/timeline';
import { LINE, PAPER } from './frame';

export interface TimelineArtProps {
  layout: Pick<TimelineLayout, 'lanes' | 'undated' | 'width' | 'height' | 'span'>;
}

const BAND_A = '#ffffff';
const BAND_B = PAPER;

export const TimelineArt = memo(function TimelineArt({ layout }: TimelineArtProps) {
  const height = Math.max(layout.height, 80);
  const quarters = quarterTicks(layout.span);
  return (
    <Group listening={false}>
      <Rect x={0} y={0} width={layout.width} height={height} fill={BAND_A} />
      {layout.lanes.map((lane) => (
        <Rect
          key={`band-${lane.key}`}
          x={0}
          y={lane.y}
          width={layout.width}
          height={lane.height}
          fill={lane.index % 2 ? BAND_B : BAND_A}
        />
      ))}
      {layout.undated ? (
        <Rect x={0} y={layout.undated.y} width={layout.width} height={layout.undated.height} fill="#fff7e8" />
      ) : null}
      {quarters.map((tick) => (
        <Line
          key={`q-${tick.year}-${tick.quarter}`}
          points={[tick.x, 0, tick.x, height]}
          stroke={tick.quarter === 1 ? '#8d8a83' : LINE}
          strokeWidth={tick.quarter === 1 ? 1.5 : 1}
          perfectDrawEnabled={false}
        />
      ))}
      <Line points={[layout.width, 0, layout.width, height]} stroke="#8d8a83" strokeWidth={1.5} />
      {layout.lanes.map((lane) => (
        <Line
          key={`sep-${lane.key}`}
          points={[0, lane.y + lane.height, layout.width, lane.y + lane.height]}
          stroke={LINE}
          strokeWidth={1}
          perfectDrawEnabled={false}
        />
      ))}
    </Group>
  );
});
