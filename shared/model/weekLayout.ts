/**
 * The week fresco as pure geometry, in world units shared by every screen (so "follow the facilitator"
 * means the same rectangle on a tablet and on the projector): a column of period headers, five weekday
 * columns, a gap, the two weekend columns drawn apart, and under the grid a tray for activities that
 * have no day yet. Pictograms are laid out by `layoutWeek`; residents never position them by hand.
 */
import { type BoardItem, DAYS, type Day, PERIODS, type Period, WEEKEND } from '../schema/board';
import { type ActivitySpot, type DifficultySpot, layoutCell } from './cellLayout';
import { contains, type Point, type Rect } from './geometry';

export const WEEK_GEOMETRY = {
  periodHeaderWidth: 128,
  dayHeaderHeight: 76,
  cellWidth: 250,
  cellHeight: 200,
  /** The weekend is set apart by this gap, as on the paper fresco. */
  weekendGap: 40,
  cellPadding: 10,
  trayGap: 18,
  trayHeight: 100,
  /** Never larger than this, however empty the cell: a lone pictogram should not fill a day. */
  maxItemSize: 84,
} as const;

export interface DayColumn {
  day: Day;
  x: number;
  width: number;
  weekend: boolean;
}

export interface PeriodRow {
  period: Period;
  y: number;
  height: number;
}

export interface WeekGrid {
  days: DayColumn[];
  periods: PeriodRow[];
  /** Everything drawn: headers, cells and tray. */
  bounds: Rect;
  /** The cells only. */
  cells: Rect;
  /** Where activities without a day wait. */
  tray: Rect;
}

export interface CellRef {
  day: Day;
  period: Period;
}

/** Where a pictogram may be dropped: a cell of the week, or the tray of activities with no day yet. */
export type DropTarget = CellRef | 'tray';

/** The item fields a drop target stands for: the tray is "no day, no period". */
export function toDayPeriod(target: DropTarget): { day: Day | null; period: Period | null } {
  return target === 'tray' ? { day: null, period: null } : { day: target.day, period: target.period };
}

/** Where an item with these fields sits: a day without a period (a partial record) counts as the tray. */
export function targetOf(day: Day | null, period: Period | null): DropTarget {
  return day !== null && period !== null ? { day, period } : 'tray';
}

/** Compared by value: a scene and a palette drag each build their own target objects. */
export function sameTarget(a: DropTarget | null, b: DropTarget | null): boolean {
  if (a === null || b === null || a === 'tray' || b === 'tray') return a === b;
  return a.day === b.day && a.period === b.period;
}

export function weekGrid(): WeekGrid {
  const g = WEEK_GEOMETRY;
  const days: DayColumn[] = [];
  let x = g.periodHeaderWidth;
  for (const day of DAYS) {
    const weekend = WEEKEND.includes(day);
    if (weekend && day === WEEKEND[0]) x += g.weekendGap;
    days.push({ day, x, width: g.cellWidth, weekend });
    x += g.cellWidth;
  }
  const periods: PeriodRow[] = PERIODS.map((period, index) => ({
    period,
    y: g.dayHeaderHeight + index * g.cellHeight,
    height: g.cellHeight,
  }));
  const gridBottom = g.dayHeaderHeight + PERIODS.length * g.cellHeight;
  const cells: Rect = {
    x: g.periodHeaderWidth,
    y: g.dayHeaderHeight,
    width: x - g.periodHeaderWidth,
    height: gridBottom - g.dayHeaderHeight,
  };
  const tray: Rect = { x: cells.x, y: gridBottom + g.trayGap, width: cells.width, height: g.trayHeight };
  return { days, periods, bounds: { x: 0, y: 0, width: x, height: tray.y + tray.height }, cells, tray };
}

export function cellRect(grid: WeekGrid, day: Day, period: Period): Rect {
  const column = grid.days.find((entry) => entry.day === day) as DayColumn;
  const row = grid.periods.find((entry) => entry.period === period) as PeriodRow;
  return { x: column.x, y: row.y, width: column.width, height: row.height };
}

/** A day's column with its header, for "zoom to a day". */
export function dayRect(grid: WeekGrid, day: Day): Rect {
  const column = grid.days.find((entry) => entry.day === day) as DayColumn;
  return { x: column.x, y: 0, width: column.width, height: grid.cells.y + grid.cells.height };
}

/** The cell under a world point, or null outside the cells (headers, weekend gap, tray, outside). */
export function cellAt(grid: WeekGrid, point: Point): CellRef | null {
  const column = grid.days.find((entry) => point.x >= entry.x && point.x < entry.x + entry.width);
  const row = grid.periods.find((entry) => point.y >= entry.y && point.y < entry.y + entry.height);
  return column && row ? { day: column.day, period: row.period } : null;
}

export function cellKey(day: Day | null, period: Period | null): string {
  return day === null || period === null ? 'tray' : `${day}:${period}`;
}

/** How big pictograms may grow in a cell, and whether their names are written under them. */
export interface WeekStyle {
  maxItemSize: number;
  /** The row under each pictogram for its name, as a share of its size; 0 for none. */
  captionRatio: number;
}

/** Screens people touch: pictograms no larger than a finger needs, no words (the list view has them). */
export const COMPACT_WEEK: WeekStyle = { maxItemSize: WEEK_GEOMETRY.maxItemSize, captionRatio: 0 };

/** The projector: pictograms grow with the room the cell has, their names under them. */
export const ROOMY_WEEK: WeekStyle = { maxItemSize: 150, captionRatio: 0.32 };

export interface WeekLayout {
  activities: Map<string, ActivitySpot>;
  difficulties: Map<string, DifficultySpot>;
  /** Cell key (see `cellKey`) → activity ids in drawing order. */
  cells: Map<string, string[]>;
}

/**
 * Where every activity and difficulty of the board is drawn. Activities keep the order given (readers
 * sort by creation time, the same on every peer); difficulties hang under their activity; difficulties
 * whose activity is gone are not drawn (the list view still shows them); proposals and notes are not on
 * the week grid.
 */
export function layoutWeek(
  grid: WeekGrid,
  items: readonly BoardItem[],
  style: WeekStyle = COMPACT_WEEK,
): WeekLayout {
  const threads = new Map<string, string[]>();
  const cells = new Map<string, string[]>();
  for (const item of items) {
    if (item.kind === 'activity') {
      const key = cellKey(item.day, item.period);
      const ids = cells.get(key);
      if (ids) ids.push(item.id);
      else cells.set(key, [item.id]);
      threads.set(item.id, []);
    }
  }
  for (const item of items) {
    if (item.kind === 'difficulty' && item.parent !== null) threads.get(item.parent)?.push(item.id);
  }
  const layout: WeekLayout = { activities: new Map(), difficulties: new Map(), cells };
  for (const [key, ids] of cells) {
    const spots = layoutCell(
      cellRectOfKey(grid, key),
      ids.map((activityId) => ({ activityId, difficultyIds: threads.get(activityId) ?? [] })),
      WEEK_GEOMETRY.cellPadding,
      style.maxItemSize,
      style.captionRatio,
    );
    for (const spot of spots) {
      layout.activities.set(spot.id, spot);
      for (const difficulty of spot.difficulties) layout.difficulties.set(difficulty.id, difficulty);
    }
  }
  return layout;
}

/** The rectangle a cell key stands for: a cell, or the tray. */
export function cellRectOfKey(grid: WeekGrid, key: string): Rect {
  if (key === 'tray') return grid.tray;
  const [day, period] = key.split(':') as [Day, Period];
  return cellRect(grid, day, period);
}

export interface ItemHit {
  id: string;
  kind: 'activity' | 'difficulty';
}

/**
 * The pictogram under a world point. A difficulty wins over its activity's slot; an activity is hit
 * anywhere in its slot (gap included), so a finger slightly off the picture still reaches it. With a
 * `reach` (world units), a point near but outside every slot of its cell finds the nearest pictogram:
 * small pictograms on a tablet showing the whole week stay easy to tap.
 */
export function itemAt(grid: WeekGrid, layout: WeekLayout, point: Point, reach = 0): ItemHit | null {
  const cell = cellAt(grid, point);
  const key = cell ? cellKey(cell.day, cell.period) : contains(grid.tray, point) ? 'tray' : null;
  if (key === null) return null;
  let nearest: { id: string; distance: number } | null = null;
  for (const id of layout.cells.get(key) ?? []) {
    const spot = layout.activities.get(id);
    if (!spot) continue;
    if (contains(spot.slot, point)) {
      for (const difficulty of spot.difficulties) {
        const box = { x: difficulty.x, y: difficulty.y, width: difficulty.size, height: difficulty.size };
        if (contains(box, point)) return { id: difficulty.id, kind: 'difficulty' };
      }
      return { id, kind: 'activity' };
    }
    const distance = distanceTo(spot.slot, point);
    if (distance <= reach && (nearest === null || distance < nearest.distance)) nearest = { id, distance };
  }
  return nearest ? { id: nearest.id, kind: 'activity' } : null;
}

function distanceTo(rect: Rect, point: Point): number {
  const dx = Math.max(rect.x - point.x, 0, point.x - (rect.x + rect.width));
  const dy = Math.max(rect.y - point.y, 0, point.y - (rect.y + rect.height));
  return Math.hypot(dx, dy);
}
