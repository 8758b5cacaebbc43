/**
 * The sticky frame of the fresco: the time axis on top (years, then quarters), the lane names on the
 * left with their counts per nature, and the corner between them. The scene moves the axis with the
 * camera's x only and the lane names with its y only, so they stay on screen.
 */
import Konva from 'konva';
import { quarterTicks, type TimelineLane, yearTicks } from '../../../shared/model/timeline';
import { NATURES } from '../../../shared/schema/plan';
import { NATURE_MARKS, NATURE_STYLES } from '../natureStyle';
import { AXIS_HEIGHT, FONT, INK, INK_SOFT, LANE_LABEL_WIDTH, LINE, PAPER } from './frame';
import type { FrameLayout } from './timelineArt';
import type { HeaderLabels } from './types';

export interface Headers {
  axis: Konva.Group;
  lanes: Konva.Group;
  corner: Konva.Group;
}

const YEAR_ROW = 28;
const HEADER_FILL = '#eef0f4';
const FIXED = { listening: false, perfectDrawEnabled: false } as const;

export function buildHeaders(layout: FrameLayout, labels: HeaderLabels): Headers {
  return { lanes: laneNames(layout, labels), axis: timeAxis(layout, labels), corner: corner(labels) };
}

function laneNames(layout: FrameLayout, labels: HeaderLabels): Konva.Group {
  const height = Math.max(layout.height, 80);
  const group = new Konva.Group({ listening: false });
  group.add(
    new Konva.Rect({ ...FIXED, x: 0, y: -4000, width: LANE_LABEL_WIDTH, height: height + 8000, fill: PAPER }),
  );
  for (const lane of layout.lanes) group.add(laneRow(lane, labels));
  if (layout.undated) {
    const band = new Konva.Group({ y: layout.undated.y, listening: false });
    band.add(
      new Konva.Rect({
        ...FIXED,
        width: LANE_LABEL_WIDTH,
        height: layout.undated.height,
        fill: '#fff1dc',
        stroke: LINE,
        strokeWidth: 1,
      }),
      new Konva.Text({
        ...FIXED,
        x: 10,
        y: 8,
        width: LANE_LABEL_WIDTH - 18,
        text: labels.undated,
        fontFamily: FONT,
        fontSize: 15,
        fontStyle: 'bold',
        fill: '#7f4500',
        lineHeight: 1.15,
      }),
    );
    group.add(band);
  }
  return group;
}

function laneRow(lane: TimelineLane, labels: HeaderLabels): Konva.Group {
  const row = new Konva.Group({ y: lane.y, listening: false });
  const unnamed = lane.key === '';
  row.add(
    new Konva.Rect({
      ...FIXED,
      width: LANE_LABEL_WIDTH,
      height: lane.height,
      fill: lane.index % 2 ? '#efece5' : '#fbfaf7',
      stroke: LINE,
      strokeWidth: 1,
    }),
    new Konva.Text({
      ...FIXED,
      x: 10,
      y: 8,
      width: LANE_LABEL_WIDTH - 18,
      height: Math.max(20, lane.height - 34),
      text: labels.lane(lane.key),
      fontFamily: FONT,
      fontSize: 15,
      fontStyle: unnamed ? 'italic' : 'bold',
      fill: unnamed ? INK_SOFT : INK,
      ellipsis: true,
      lineHeight: 1.15,
    }),
  );
  const counts = new Konva.Group({ x: 10, y: lane.height - 26, listening: false });
  NATURES.forEach((nature, i) => {
    counts.add(
      new Konva.Path({
        ...FIXED,
        x: i * 44,
        data: NATURE_MARKS[nature],
        stroke: NATURE_STYLES[nature].color,
        strokeWidth: 2.2,
        lineCap: 'round',
        lineJoin: 'round',
        scaleX: 0.72,
        scaleY: 0.72,
      }),
      new Konva.Text({
        ...FIXED,
        x: i * 44 + 20,
        y: 2,
        text: String(lane.natures[nature]),
        fontFamily: FONT,
        fontSize: 14,
        fill: INK,
      }),
    );
  });
  counts.add(
    new Konva.Text({
      ...FIXED,
      x: 134,
      y: 2,
      text: labels.laneCount(lane.count),
      fontFamily: FONT,
      fontSize: 12,
      fill: INK_SOFT,
    }),
  );
  row.add(counts);
  return row;
}

function timeAxis(layout: FrameLayout, labels: HeaderLabels): Konva.Group {
  const group = new Konva.Group({ listening: false });
  group.add(
    new Konva.Rect({
      ...FIXED,
      x: -4000,
      y: 0,
      width: layout.width + 8000,
      height: AXIS_HEIGHT,
      fill: HEADER_FILL,
    }),
  );
  for (const tick of yearTicks(layout.span)) {
    group.add(
      new Konva.Rect({
        ...FIXED,
        x: tick.x,
        width: tick.width,
        height: YEAR_ROW,
        fill: tick.year % 2 ? '#dfe6f3' : '#e9eef7',
        stroke: '#8d8a83',
        strokeWidth: 1,
      }),
      new Konva.Text({
        ...FIXED,
        x: tick.x,
        width: tick.width,
        height: YEAR_ROW,
        text: String(tick.year),
        align: 'center',
        verticalAlign: 'middle',
        fontFamily: FONT,
        fontSize: 17,
        fontStyle: 'bold',
        fill: INK,
      }),
    );
  }
  const rowHeight = AXIS_HEIGHT - YEAR_ROW;
  for (const tick of quarterTicks(layout.span)) {
    group.add(
      new Konva.Rect({
        ...FIXED,
        x: tick.x,
        y: YEAR_ROW,
        width: tick.width,
        height: rowHeight,
        stroke: LINE,
        strokeWidth: 1,
        fill: '#f6f7fa',
      }),
    );
    if (tick.width >= 30) {
      group.add(
        new Konva.Text({
          ...FIXED,
          x: tick.x,
          y: YEAR_ROW,
          width: tick.width,
          height: rowHeight,
          text: labels.quarter(tick.quarter),
          align: 'center',
          verticalAlign: 'middle',
          fontFamily: FONT,
          fontSize: 13,
          fill: INK_SOFT,
        }),
      );
    }
  }
  return group;
}

function corner(labels: HeaderLabels): Konva.Group {
  const group = new Konva.Group({ listening: false });
  group.add(
    new Konva.Rect({
      ...FIXED,
      width: LANE_LABEL_WIDTH,
      height: AXIS_HEIGHT,
      fill: HEADER_FILL,
      stroke: LINE,
      strokeWidth: 1,
    }),
    new Konva.Text({
      ...FIXED,
      x: 10,
      width: LANE_LABEL_WIDTH - 20,
      height: AXIS_HEIGHT,
      text: labels.corner,
      verticalAlign: 'middle',
      fontFamily: FONT,
      fontSize: 14,
      fontStyle: 'bold',
      fill: INK_SOFT,
    }),
  );
  return group;
}
