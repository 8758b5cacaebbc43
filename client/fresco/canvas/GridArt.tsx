/**
 * The static art of the week fresco: day and period headers, cells, the weekend set apart and the tray.
 * Nothing on it listens to events (hits come from the layout) and it only re-renders when the language
 * changes; the scene caches it as one bitmap per zoom, and the camera moves the stage, never these nodes.
 */
import type Konva from 'konva';
import { Fragment, memo, type Ref } from 'react';
import { Arc, Circle, Group, Line, Rect, Text } from 'react-konva';
import { WEEK_GEOMETRY, type WeekGrid } from '../../../shared/model/weekLayout';
import type { Day, Period } from '../../../shared/schema/board';

export interface GridLabels {
  days: Record<Day, string>;
  periods: Record<Period, string>;
  weekend: string;
  tray: string;
}

const INK = '#17202e';
const CELL_FILL = '#ffffff';
const WEEKEND_FILL = '#eef3fb';
const LINE = '#b9b4aa';
const HEADER_FILL = '#f1efe9';
const WEEKEND_HEADER_FILL = '#dbe6f7';
const FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";

export interface GridArtProps {
  grid: WeekGrid;
  labels: GridLabels;
  /** The group, for the scene to cache it as one bitmap (text is the slowest thing to draw). */
  groupRef?: Ref<Konva.Group>;
}

export const GridArt = memo(function GridArt({ grid, labels, groupRef }: GridArtProps) {
  const g = WEEK_GEOMETRY;
  const weekend = grid.days.filter((column) => column.weekend);
  const weekendLeft = weekend[0]?.x ?? 0;
  return (
    <Group listening={false} ref={groupRef}>
      <Rect {...grid.bounds} fill="#f7f5f0" />
      {grid.days.map((column) => (
        <Fragment key={column.day}>
          <Rect
            x={column.x}
            y={0}
            width={column.width}
            height={g.dayHeaderHeight - 6}
            fill={column.weekend ? WEEKEND_HEADER_FILL : HEADER_FILL}
            cornerRadius={[12, 12, 0, 0]}
          />
          <Text
            x={column.x}
            y={0}
            width={column.width}
            height={g.dayHeaderHeight - 6}
            text={labels.days[column.day]}
            align="center"
            verticalAlign="middle"
            fontSize={30}
            fontStyle="bold"
            fontFamily={FONT}
            fill={INK}
          />
          {grid.periods.map((row) => (
            <Rect
              key={row.period}
              x={column.x}
              y={row.y}
              width={column.width}
              height={row.height}
              fill={column.weekend ? WEEKEND_FILL : CELL_FILL}
              stroke={LINE}
              strokeWidth={1.5}
            />
          ))}
        </Fragment>
      ))}
      <Text
        x={weekendLeft - g.weekendGap / 2 - 13}
        y={grid.cells.y + grid.cells.height}
        width={grid.cells.height}
        rotation={-90}
        text={labels.weekend}
        align="center"
        fontSize={26}
        letterSpacing={4}
        fontFamily={FONT}
        fill="#1f4fa8"
        fontStyle="bold"
      />
      {grid.periods.map((row) => (
        <Group key={row.period} x={0} y={row.y}>
          <Rect
            x={0}
            y={0}
            width={g.periodHeaderWidth - 8}
            height={row.height}
            fill={HEADER_FILL}
            cornerRadius={[12, 0, 0, 12]}
          />
          <PeriodIcon period={row.period} x={(g.periodHeaderWidth - 8) / 2} y={row.height / 2 - 26} />
          <Text
            x={4}
            y={row.height / 2 + 20}
            width={g.periodHeaderWidth - 16}
            text={labels.periods[row.period]}
            align="center"
            fontSize={22}
            fontStyle="bold"
            fontFamily={FONT}
            fill={INK}
            wrap="word"
          />
        </Group>
      ))}
      <Rect {...grid.tray} fill="#fbfaf7" stroke={LINE} strokeWidth={1.5} dash={[10, 8]} cornerRadius={12} />
      <Text
        x={0}
        y={grid.tray.y}
        width={g.periodHeaderWidth - 12}
        height={grid.tray.height}
        text={labels.tray}
        align="center"
        verticalAlign="middle"
        fontSize={20}
        fontFamily={FONT}
        fill="#454d5c"
        wrap="word"
      />
    </Group>
  );
});

const SUN = '#e8a100';
const MOON = '#5b6ab0';

/** Drawn, not an image: morning sunrise, midday sun, afternoon sun going down, evening moon. */
function PeriodIcon({ period, x, y }: { period: Period; x: number; y: number }) {
  if (period === 'evening') {
    return (
      <Group x={x} y={y}>
        <Circle radius={22} fill={MOON} />
        <Circle x={10} y={-8} radius={19} fill={HEADER_FILL} />
      </Group>
    );
  }
  const rays = Array.from({ length: 8 }, (_, index) => (index * Math.PI) / 4);
  if (period === 'morning') {
    return (
      <Group x={x} y={y + 10}>
        <Arc innerRadius={0} outerRadius={16} angle={180} rotation={180} fill={SUN} />
        {rays.slice(4).map((angle) => (
          <Line
            key={angle}
            points={ray(angle + Math.PI, 21, 29)}
            stroke={SUN}
            strokeWidth={4}
            lineCap="round"
          />
        ))}
        <Line points={[-34, 0, 34, 0]} stroke={INK} strokeWidth={3} lineCap="round" />
      </Group>
    );
  }
  const radius = period === 'midday' ? 15 : 12;
  return (
    <Group x={x} y={y + (period === 'afternoon' ? 6 : 0)}>
      <Circle radius={radius} fill={SUN} />
      {rays.map((angle) => (
        <Line
          key={angle}
          points={ray(angle, radius + 5, radius + 13)}
          stroke={SUN}
          strokeWidth={4}
          lineCap="round"
        />
      ))}
      {period === 'afternoon' ? (
        <Line points={[-34, 18, 34, 18]} stroke={INK} strokeWidth={3} lineCap="round" />
      ) : null}
    </Group>
  );
}

function ray(angle: number, from: number, to: number): number[] {
  return [Math.cos(angle) * from, Math.sin(angle) * from, Math.cos(angle) * to, Math.sin(angle) * to];
}
