/**
 * The static art under the cards: lane bands, quarter and year lines, the undated band. Built once per
 * change of lanes or span, on a layer that never listens; panning moves the layer.
 */
import Konva from 'konva';
import { quarterTicks, type TimelineLayout } from '../../../shared/model/timeline';
import { LINE, PAPER } from './frame';

export type FrameLayout = Pick<TimelineLayout, 'lanes' | 'undated' | 'width' | 'height' | 'span'>;

const BAND_A = '#ffffff';
const BAND_B = PAPER;
const FIXED = { listening: false, perfectDrawEnabled: false } as const;

/** Changes whenever the art (or the sticky frame) would look different. */
export function frameSignature(layout: FrameLayout): string {
  const lanes = layout.lanes.map(
    (lane) =>
      `${lane.key}:${lane.y}:${lane.height}:${lane.index}:${lane.count}:${Object.values(lane.natures).join(',')}`,
  );
  const undated = layout.undated ? `${layout.undated.y}:${layout.undated.height}` : '';
  return [layout.span.from, layout.span.to, layout.width, layout.height, undated, ...lanes].join('|');
}

export function buildArt(layout: FrameLayout): Konva.Group {
  const height = Math.max(layout.height, 80);
  const group = new Konva.Group({ listening: false });
  group.add(new Konva.Rect({ ...FIXED, x: 0, y: 0, width: layout.width, height, fill: BAND_A }));
  for (const lane of layout.lanes) {
    group.add(
      new Konva.Rect({
        ...FIXED,
        x: 0,
        y: lane.y,
        width: layout.width,
        height: lane.height,
        fill: lane.index % 2 ? BAND_B : BAND_A,
      }),
    );
  }
  if (layout.undated) {
    const { y, height: bandHeight } = layout.undated;
    group.add(
      new Konva.Rect({ ...FIXED, x: 0, y, width: layout.width, height: bandHeight, fill: '#fff7e8' }),
    );
  }
  for (const tick of quarterTicks(layout.span)) {
    const year = tick.quarter === 1;
    group.add(
      new Konva.Line({
        ...FIXED,
        points: [tick.x, 0, tick.x, height],
        stroke: year ? '#8d8a83' : LINE,
        strokeWidth: year ? 1.5 : 1,
      }),
    );
  }
  group.add(
    new Konva.Line({
      ...FIXED,
      points: [layout.width, 0, layout.width, height],
      stroke: '#8d8a83',
      strokeWidth: 1.5,
    }),
  );
  for (const lane of layout.lanes) {
    const y = lane.y + lane.height;
    group.add(new Konva.Line({ ...FIXED, points: [0, y, layout.width, y], stroke: LINE, strokeWidth: 1 }));
  }
  return group;
}
