/**
 * Geometry of the chronological fresco (*frise chronologique*), in world units: months left to right
 * from the plan's first month, one band per lane (lead actor or theme) top to bottom, each action a card
 * from its start to its end month. Cards of a lane that overlap in time go on separate rows. Pure, so the
 * canvas, the drag maths and the tests share one definition.
 *
 * Odd drafts are drawn, never corrected: a card whose end is before its start spans both months and is
 * flagged `inverted`; months outside the plan's span are drawn at its edge and flagged `clipped`; an
 * action with one valid month is one month wide (`partial`); one with none waits in the undated band.
 */
import type { YearMonth } from '../schema/control';
import { type Action, NATURES, type Nature } from '../schema/plan';
import type { Rect } from './geometry';
import { isYearMonth, monthIndex } from './yearMonth';

export const TIMELINE_GEOMETRY = {
  /** World width of one month. */
  monthWidth: 26,
  cardHeight: 52,
  rowGap: 8,
  /** Space above the first row and below the last one in a lane. */
  lanePadding: 10,
  /** Width given to a card of the undated band. */
  undatedMonths: 6,
  /** Gap between undated cards. */
  undatedGap: 12,
  /** Months given to an undated action dropped on the calendar. */
  defaultDuration: 6,
} as const;

export const DEFAULT_TIMELINE_START: YearMonth = '2027-01';
export const DEFAULT_TIMELINE_END: YearMonth = '2030-12';

/** Inclusive month indices (see yearMonth.monthIndex). */
export interface MonthSpan {
  from: number;
  to: number;
}

/**
 * The span to draw. A span the facilitator left invalid or inverted is not "fixed" in the document (the
 * settings show it as a draft warning); the fresco falls back to the default span meanwhile.
 */
export function timelineSpan(start: string, end: string): MonthSpan & { valid: boolean } {
  const from = monthIndex(start);
  const to = monthIndex(end);
  if (from !== null && to !== null && to >= from) return { from, to, valid: true };
  return {
    from: monthIndex(DEFAULT_TIMELINE_START) as number,
    to: monthIndex(DEFAULT_TIMELINE_END) as number,
    valid: false,
  };
}

export function spanMonths(span: MonthSpan): number {
  return span.to - span.from + 1;
}

export function spanWidth(span: MonthSpan): number {
  return spanMonths(span) * TIMELINE_GEOMETRY.monthWidth;
}

/** `YYYY-MM` of a month index (the inverse of monthIndex). */
export function yearMonthOf(index: number): YearMonth {
  const whole = Math.floor(index);
  const year = Math.floor(whole / 12);
  const month = whole - year * 12 + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/** World x of the left edge of a month. */
export function monthToX(span: MonthSpan, month: number): number {
  return (month - span.from) * TIMELINE_GEOMETRY.monthWidth;
}

/** The month a world x falls in (not clamped: a drag may point past the span). */
export function xToMonth(span: MonthSpan, x: number): number {
  return span.from + Math.floor(x / TIMELINE_GEOMETRY.monthWidth);
}

/** The month boundary nearest to a world x, as a month index: where a dragged edge snaps. */
export function nearestBoundary(span: MonthSpan, x: number): number {
  return span.from + Math.round(x / TIMELINE_GEOMETRY.monthWidth);
}

export function clampMonth(span: MonthSpan, month: number): number {
  return Math.min(span.to, Math.max(span.from, month));
}

export interface YearTick {
  year: number;
  x: number;
  width: number;
}

export interface QuarterTick {
  year: number;
  /** 1…4. */
  quarter: number;
  x: number;
  width: number;
}

/** One tick per calendar year the span touches, cut to the span at both ends. */
export function yearTicks(span: MonthSpan): YearTick[] {
  const ticks: YearTick[] = [];
  for (let year = Math.floor(span.from / 12); year * 12 <= span.to; year++) {
    const first = Math.max(span.from, year * 12);
    const last = Math.min(span.to, year * 12 + 11);
    ticks.push({ year, x: monthToX(span, first), width: (last - first + 1) * TIMELINE_GEOMETRY.monthWidth });
  }
  return ticks;
}

/** One tick per calendar quarter the span touches, cut to the span at both ends. */
export function quarterTicks(span: MonthSpan): QuarterTick[] {
  const ticks: QuarterTick[] = [];
  for (let q = Math.floor(span.from / 3); q * 3 <= span.to; q++) {
    const first = Math.max(span.from, q * 3);
    const last = Math.min(span.to, q * 3 + 2);
    ticks.push({
      year: Math.floor(q / 4),
      quarter: (q % 4) + 1,
      x: monthToX(span, first),
      width: (last - first + 1) * TIMELINE_GEOMETRY.monthWidth,
    });
  }
  return ticks;
}

export const LANE_MODES = ['owner', 'theme'] as const;
/** Lanes by lead actor (*porteur*) or by theme. */
export type LaneMode = (typeof LANE_MODES)[number];
/** What the plan screen opens with, and what an export uses when the request names no mode. */
export const DEFAULT_LANE_MODE: LaneMode = 'owner';

export function isLaneMode(value: unknown): value is LaneMode {
  return (LANE_MODES as readonly unknown[]).includes(value);
}

/**
 * The lane an action sits in: the one definition the fresco on screen and every export share, so the
 * city's document shows the lanes the stakeholders saw. By lead actor, an action with no lead yet falls
 * back to its free `lane` (what older plans used, and what a drop between lanes writes with the lead);
 * the empty key is the "no lead" / "no theme" lane.
 */
export function laneKey(action: Pick<Action, 'owner' | 'lane' | 'theme'>, mode: LaneMode): string {
  return mode === 'owner' ? action.owner.trim() || action.lane.trim() : action.theme.trim();
}

export type NatureCounts = Record<Nature, number>;

export function emptyNatureCounts(): NatureCounts {
  return Object.fromEntries(NATURES.map((nature) => [nature, 0])) as NatureCounts;
}

export interface TimelineLane {
  key: string;
  index: number;
  y: number;
  height: number;
  rows: number;
  count: number;
  natures: NatureCounts;
}

export interface TimelineCard {
  id: string;
  nature: Nature;
  /** Lane key; null in the undated band. */
  lane: string | null;
  row: number;
  rect: Rect;
  /** Months drawn (inside the span); null for undated cards. */
  from: number | null;
  to: number | null;
  /** End before start: drawn across both months, flagged. */
  inverted: boolean;
  /** Only one of start and end is a valid month. */
  partial: boolean;
  /** Starts before the span or ends after it: drawn cut at the edge. */
  clippedStart: boolean;
  clippedEnd: boolean;
}

export interface TimelineLayout {
  span: MonthSpan;
  lanes: TimelineLane[];
  cards: TimelineCard[];
  byId: Map<string, TimelineCard>;
  /** The band of actions with no valid month, below the lanes; null when there are none. */
  undated: { y: number; height: number; count: number } | null;
  natures: NatureCounts;
  width: number;
  height: number;
}

/** Start and end as month indices, or null when not a `YYYY-MM`. */
export function actionMonths(action: Pick<Action, 'start' | 'end'>): {
  start: number | null;
  end: number | null;
} {
  return { start: monthIndex(action.start), end: monthIndex(action.end) };
}

/** Lanes sorted by name (case-insensitive, the same on every machine), the empty lane last. */
export function compareLaneKeys(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1;
  if (b === '') return -1;
  const la = a.toLowerCase();
  const lb = b.toLowerCase();
  if (la !== lb) return la < lb ? -1 : 1;
  return a < b ? -1 : 1;
}

/**
 * Lays out the fresco. `extraLanes` are lanes to draw even when empty (e.g. the lane a card is being
 * dragged out of keeps its band until the drop lands).
 */
export function layoutTimeline(
  actions: readonly Action[],
  span: MonthSpan,
  mode: LaneMode,
  extraLanes: readonly string[] = [],
): TimelineLayout {
  const g = TIMELINE_GEOMETRY;
  const natures = emptyNatureCounts();
  const byLane = new Map<string, { action: Action; from: number; to: number; flags: Flags }[]>();
  const undated: Action[] = [];
  for (const key of extraLanes) byLane.set(key, []);
  for (const action of actions) {
    natures[action.nature]++;
    const drawn = drawnMonths(action, span);
    if (!drawn) {
      undated.push(action);
      continue;
    }
    const key = laneKey(action, mode);
    const list = byLane.get(key) ?? [];
    list.push({ action, ...drawn });
    byLane.set(key, list);
  }

  const lanes: TimelineLane[] = [];
  const cards: TimelineCard[] = [];
  let y = 0;
  const keys = [...byLane.keys()].sort(compareLaneKeys);
  keys.forEach((key, index) => {
    const entries = byLane.get(key) ?? [];
    const rows = packRows(entries);
    const rowCount = Math.max(1, ...rows.map((row) => row + 1));
    const height = 2 * g.lanePadding + rowCount * g.cardHeight + (rowCount - 1) * g.rowGap;
    const laneNatures = emptyNatureCounts();
    entries.forEach((entry, i) => {
      const row = rows[i] as number;
      laneNatures[entry.action.nature]++;
      cards.push({
        id: entry.action.id,
        nature: entry.action.nature,
        lane: key,
        row,
        rect: {
          x: monthToX(span, entry.from),
          y: y + g.lanePadding + row * (g.cardHeight + g.rowGap),
          width: (entry.to - entry.from + 1) * g.monthWidth,
          height: g.cardHeight,
        },
        from: entry.from,
        to: entry.to,
        ...entry.flags,
      });
    });
    lanes.push({ key, index, y, height, rows: rowCount, count: entries.length, natures: laneNatures });
    y += height;
  });

  let undatedBand: TimelineLayout['undated'] = null;
  if (undated.length > 0) {
    const cardWidth = g.undatedMonths * g.monthWidth;
    const perRow = Math.max(1, Math.floor((spanWidth(span) + g.undatedGap) / (cardWidth + g.undatedGap)));
    const rowCount = Math.ceil(undated.length / perRow);
    undated.forEach((action, i) => {
      const row = Math.floor(i / perRow);
      cards.push({
        id: action.id,
        nature: action.nature,
        lane: null,
        row,
        rect: {
          x: (i % perRow) * (cardWidth + g.undatedGap),
          y: y + g.lanePadding + row * (g.cardHeight + g.rowGap),
          width: cardWidth,
          height: g.cardHeight,
        },
        from: null,
        to: null,
        inverted: false,
        partial: false,
        clippedStart: false,
        clippedEnd: false,
      });
    });
    const height = 2 * g.lanePadding + rowCount * g.cardHeight + (rowCount - 1) * g.rowGap;
    undatedBand = { y, height, count: undated.length };
    y += height;
  }

  return {
    span,
    lanes,
    cards,
    byId: new Map(cards.map((card) => [card.id, card])),
    undated: undatedBand,
    natures,
    width: spanWidth(span),
    height: y,
  };
}

interface Flags {
  inverted: boolean;
  partial: boolean;
  clippedStart: boolean;
  clippedEnd: boolean;
}

/** The months a card covers on the fresco, inside the span; null when the action has no valid month. */
export function drawnMonths(
  action: Pick<Action, 'start' | 'end'>,
  span: MonthSpan,
): { from: number; to: number; flags: Flags } | null {
  const { start, end } = actionMonths(action);
  if (start === null && end === null) return null;
  const a = start ?? (end as number);
  const b = end ?? a;
  const low = Math.min(a, b);
  const high = Math.max(a, b);
  const from = Math.min(clampMonth(span, low), span.to);
  const to = Math.max(clampMonth(span, high), from);
  return {
    from,
    to,
    flags: {
      inverted: start !== null && end !== null && end < start,
      partial: start === null || end === null,
      clippedStart: low < span.from || low > span.to,
      clippedEnd: high > span.to || high < span.from,
    },
  };
}

/** Greedy interval packing: each card takes the first row where it overlaps nothing. Returns rows in input order. */
export function packRows(entries: readonly { from: number; to: number; action: { id: string } }[]): number[] {
  const order = entries
    .map((entry, index) => ({ entry, index }))
    .sort(
      (p, q) =>
        p.entry.from - q.entry.from ||
        q.entry.to - p.entry.to ||
        (p.entry.action.id < q.entry.action.id ? -1 : 1),
    );
  const rowEnds: number[] = [];
  const rows = new Array<number>(entries.length).fill(0);
  for (const { entry, index } of order) {
    let row = rowEnds.findIndex((end) => end < entry.from);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = entry.to;
    rows[index] = row;
  }
  return rows;
}

/** The lane under a world y, or null above the first lane, in the undated band or below. */
export function laneAt(layout: TimelineLayout, y: number): TimelineLane | null {
  for (const lane of layout.lanes) if (y >= lane.y && y < lane.y + lane.height) return lane;
  return null;
}

/**
 * Moving in time shifts the stored months by whole months. Only valid months move, so an odd value stays
 * as typed, and an end before its start stays so (the move is not a silent correction).
 */
export function shiftMonths(
  action: Pick<Action, 'start' | 'end'>,
  delta: number,
): { start: YearMonth; end: YearMonth } {
  const { start, end } = actionMonths(action);
  return {
    start: start === null ? action.start : yearMonthOf(start + delta),
    end: end === null ? action.end : yearMonthOf(end + delta),
  };
}

/** Whole months a horizontal drag of `dx` world units moves a card by. */
export function dragDelta(dx: number): number {
  const months = Math.round(dx / TIMELINE_GEOMETRY.monthWidth);
  return months === 0 ? 0 : months;
}

/**
 * The delta a card may really move by: a card drawn inside the span stays inside it (it stops at the
 * edge rather than sliding out of sight). A card already cut at an edge may move freely back in.
 */
export function clampDelta(card: Pick<TimelineCard, 'from' | 'to'>, span: MonthSpan, delta: number): number {
  if (card.from === null || card.to === null) return delta;
  const low = span.from - card.from;
  const high = span.to - card.to;
  return Math.min(Math.max(delta, Math.min(0, low)), Math.max(0, high));
}

/**
 * Dragging one edge of a card to world x: the edge snaps to the nearest month boundary, the card keeps
 * at least one month, and stays inside the span.
 */
export function resizeEdge(
  card: { from: number; to: number },
  edge: 'start' | 'end',
  x: number,
  span: MonthSpan,
): { from: number; to: number } {
  const boundary = nearestBoundary(span, x);
  if (edge === 'start') {
    const from = Math.min(card.to, Math.max(span.from, boundary));
    return { from, to: card.to };
  }
  const to = Math.max(card.from, Math.min(span.to, boundary - 1));
  return { from: card.from, to };
}

/** Where an undated card dropped at world x lands: the month under it, for the default duration. */
export function datesForDrop(span: MonthSpan, x: number): { start: YearMonth; end: YearMonth } {
  const duration = TIMELINE_GEOMETRY.defaultDuration;
  const start = Math.min(clampMonth(span, xToMonth(span, x)), Math.max(span.from, span.to - duration + 1));
  return { start: yearMonthOf(start), end: yearMonthOf(Math.min(span.to, start + duration - 1)) };
}

/** Ids of the cards that intersect a world rectangle (what a viewport shows), for culling. */
export function cardsIn(layout: TimelineLayout, view: Rect): Set<string> {
  const visible = new Set<string>();
  for (const card of layout.cards) {
    const r = card.rect;
    if (
      r.x < view.x + view.width &&
      view.x < r.x + r.width &&
      r.y < view.y + view.height &&
      view.y < r.y + r.height
    )
      visible.add(card.id);
  }
  return visible;
}

/** A month given as valid and the span it must sit in, as a reader-friendly check for inputs. */
export function isInSpan(month: string, span: MonthSpan): boolean {
  const index = monthIndex(month);
  return isYearMonth(month) && index !== null && index >= span.from && index <= span.to;
}
