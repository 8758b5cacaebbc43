/**
 * The sticky frame of the fresco: the time axis on top (years, then quarters), the lane names on the
 * left with their counts per nature, and the corner between them. Static art on a `listening: false`
 * layer; the canvas moves the groups when the camera moves.
 */
import type Konva from 'konva';
import { memo, type RefObject } from 'react';
import { Group, Path, Rect, Text } from 'react-konva';
import { quarterTicks, type TimelineLayout, yearTicks } from '../../../shared/model/timeline';
import { NATURES } from '../../../shared/schema/plan';
import { NATURE_MARKS, NATURE_STYLES } from '../natureStyle';
import { AXIS_HEIGHT, FONT, INK, INK_SOFT, LANE_LABEL_WIDTH, LINE, PAPER } from './frame';

export interface HeaderLabels {
  quarter(quarter: number): string;
  lane(key: string): string;
  laneCount(count: number): string;
  corner: string;
  undated: string;
}

interface Props {
  layout: Pick<TimelineLayout, 'lanes' | 'undated' | 'width' | 'height' | 'span'>;
  labels: HeaderLabels;
  axisRef: RefObject<Konva.Group | null>;
  lanesRef: RefObject<Konva.Group | null>;
  cornerRef: RefObject<Konva.Group | null>;
}

const YEAR_ROW = 28;
const HEADER_FILL = '#eef0f4';

export const TimelineHeaders = memo(function TimelineHeaders({
  layout,
  labels,
  axisRef,
  lanesRef,
  cornerRef,
}: Props) {
  const years = yearTicks(layout.span);
  const quarters = quarterTicks(layout.span);
  const height = Math.max(layout.height, 80);
  return (
    <>
      <Group ref={lanesRef} listening={false}>
        <Rect x={0} y={-4000} width={LANE_LABEL_WIDTH} height={height + 8000} fill={PAPER} />
        {layout.lanes.map((lane) => (
          <Group key={`lane-${lane.key}`} y={lane.y}>
            <Rect
              width={LANE_LABEL_WIDTH}
              height={lane.height}
              fill={lane.index % 2 ? '#efece5' : '#fbfaf7'}
              stroke={LINE}
              strokeWidth={1}
            />
            <Text
              x={10}
              y={8}
              width={LANE_LABEL_WIDTH - 18}
              height={Math.max(20, lane.height - 34)}
              text={labels.lane(lane.key)}
              fontFamily={FONT}
              fontSize={15}
              fontStyle={lane.key === '' ? 'italic' : 'bold'}
              fill={lane.key === '' ? INK_SOFT : INK}
              ellipsis
              lineHeight={1.15}
            />
            <Group x={10} y={lane.height - 26}>
              {NATURES.map((nature, i) => (
                <Group key={nature} x={i * 44}>
                  <Path
                    data={NATURE_MARKS[nature]}
                    stroke={NATURE_STYLES[nature].color}
                    strokeWidth={2.2}
                    lineCap="round"
                    lineJoin="round"
                    scaleX={0.72}
                    scaleY={0.72}
                  />
                  <Text
                    x={20}
                    y={2}
                    text={String(lane.natures[nature])}
                    fontFamily={FONT}
                    fontSize={14}
                    fill={INK}
                  />
                </Group>
              ))}
              <Text
                x={134}
                y={2}
                text={labels.laneCount(lane.count)}
                fontFamily={FONT}
                fontSize={12}
                fill={INK_SOFT}
              />
            </Group>
          </Group>
        ))}
        {layout.undated ? (
          <Group y={layout.undated.y}>
            <Rect
              width={LANE_LABEL_WIDTH}
              height={layout.undated.height}
              fill="#fff1dc"
              stroke={LINE}
              strokeWidth={1}
            />
            <Text
              x={10}
              y={8}
              width={LANE_LABEL_WIDTH - 18}
              text={labels.undated}
              fontFamily={FONT}
              fontSize={15}
              fontStyle="bold"
              fill="#7f4500"
              lineHeight={1.15}
            />
          </Group>
        ) : null}
      </Group>
      <Group ref={axisRef} listening={false}>
        <Rect x={-4000} y={0} width={layout.width + 8000} height={AXIS_HEIGHT} fill={HEADER_FILL} />
        {years.map((tick) => (
          <Group key={`y-${tick.year}`} x={tick.x}>
            <Rect
              width={tick.width}
              height={YEAR_ROW}
              fill={tick.year % 2 ? '#dfe6f3' : '#e9eef7'}
              stroke="#8d8a83"
              strokeWidth={1}
            />
            <Text
              width={tick.width}
              height={YEAR_ROW}
              text={String(tick.year)}
              align="center"
              verticalAlign="middle"
              fontFamily={FONT}
              fontSize={17}
              fontStyle="bold"
              fill={INK}
            />
          </Group>
        ))}
        {quarters.map((tick) => (
          <Group key={`q-${tick.year}-${tick.quarter}`} x={tick.x} y={YEAR_ROW}>
            <Rect
              width={tick.width}
              height={AXIS_HEIGHT - YEAR_ROW}
              stroke={LINE}
              strokeWidth={1}
              fill="#f6f7fa"
            />
            <Text
              width={tick.width}
              height={AXIS_HEIGHT - YEAR_ROW}
              text={tick.width >= 30 ? labels.quarter(tick.quarter) : ''}
              align="center"
              verticalAlign="middle"
              fontFamily={FONT}
              fontSize={13}
              fill={INK_SOFT}
            />
          </Group>
        ))}
      </Group>
      <Group ref={cornerRef} listening={false}>
        <Rect
          width={LANE_LABEL_WIDTH}
          height={AXIS_HEIGHT}
          fill={HEADER_FILL}
          stroke={LINE}
          strokeWidth={1}
        />
        <Text
          x={10}
          width={LANE_LABEL_WIDTH - 20}
          height={AXIS_HEIGHT}
          text={labels.corner}
          verticalAlign="middle"
          fontFamily={FONT}
          fontSize={14}
          fontStyle="bold"
          fill={INK_SOFT}
        />
      </Group>
    </>
  );
});
