/**
 * Which day and period headers to pin to the screen's edges: zoomed into a cell or a day, the grid's own
 * headers leave the screen, and a room reading the projector loses which day and which moment it is
 * looking at. A header is pinned while most of it is off screen and some of its cells are still on it,
 * at the part of its column (or row) that is visible. Pure: screen pixels in, screen pixels out.
 */
import { WEEK_GEOMETRY, type WeekGrid } from '../../../shared/model/weekLayout';
import type { Day, Period } from '../../../shared/schema/board';
import type { Camera, Size } from './cameraMath';

/** A header counts as shown while at least this share of it is on screen. */
const SHOWN_SHARE = 0.6;
/** A column or row narrower than this on screen gets no pin: its label would not fit. */
const MIN_SPAN_PX = 48;

export interface DayPin {
  day: Day;
  /** The visible part of the day's column, on screen. */
  left: number;
  width: number;
}

export interface PeriodPin {
  period: Period;
  /** The visible part of the period's row, on screen. */
  top: number;
  height: number;
}

export interface HeaderPins {
  days: DayPin[];
  periods: PeriodPin[];
}

/** The visible share of the screen segment [start, start + length] within [0, limit]. */
function visibleSpan(start: number, length: number, limit: number): { from: number; to: number } {
  return { from: Math.max(0, start), to: Math.min(limit, start + length) };
}

function shownShare(start: number, length: number, limit: number): number {
  const { from, to } = visibleSpan(start, length, limit);
  return length <= 0 ? 0 : Math.max(0, to - from) / length;
}

export function headerPins(grid: WeekGrid, camera: Camera, viewport: Size): HeaderPins {
  const { zoom } = camera;
  const dayHeader = WEEK_GEOMETRY.dayHeaderHeight * zoom;
  const periodHeader = WEEK_GEOMETRY.periodHeaderWidth * zoom;
  const cellsTop = grid.cells.y * zoom + camera.y;
  const cellsBottom = cellsTop + grid.cells.height * zoom;
  const cellsLeft = grid.cells.x * zoom + camera.x;
  const cellsRight = cellsLeft + grid.cells.width * zoom;
  const cellsOnScreenVertically = cellsBottom > 0 && cellsTop < viewport.height;
  const cellsOnScreenSideways = cellsRight > 0 && cellsLeft < viewport.width;

  const days: DayPin[] = [];
  if (cellsOnScreenVertically && shownShare(camera.y, dayHeader, viewport.height) < SHOWN_SHARE) {
    for (const column of grid.days) {
      const span = visibleSpan(column.x * zoom + camera.x, column.width * zoom, viewport.width);
      if (span.to - span.from >= MIN_SPAN_PX)
        days.push({ day: column.day, left: span.from, width: span.to - span.from });
    }
  }
  const periods: PeriodPin[] = [];
  if (cellsOnScreenSideways && shownShare(camera.x, periodHeader, viewport.width) < SHOWN_SHARE) {
    for (const row of grid.periods) {
      const span = visibleSpan(row.y * zoom + camera.y, row.height * zoom, viewport.height);
      if (span.to - span.from >= MIN_SPAN_PX) {
        periods.push({ period: row.period, top: span.from, height: span.to - span.from });
      }
    }
  }
  return { days, periods };
}
