/**
 * What a pointer gesture on the fresco means, as plain data: a press on a card becomes a move or (near
 * an edge) a resize once the pointer travels a few pixels, otherwise it opens the card; a press on the
 * background pans. Pure, so the canvas only translates pointer events and draws the result.
 */
import type { Point } from '../../../shared/model/geometry';
import {
  clampDelta,
  dragDelta,
  laneAt,
  type MonthSpan,
  monthToX,
  resizeEdge,
  TIMELINE_GEOMETRY,
  type TimelineCard,
  type TimelineLayout,
  xToMonth,
} from '../../../shared/model/timeline';
import type { Camera } from './frame';

/** Screen pixels a press may travel and still be a tap. */
export const TAP_SLOP = 5;
/** Screen pixels from a card's side where a press grabs the edge. */
export const EDGE_GRAB = 10;

export type Edge = 'start' | 'end';

export type Gesture =
  | { kind: 'pan'; from: Point; camera: Camera }
  | { kind: 'press'; card: TimelineCard; from: Point; edge: Edge | null }
  | { kind: 'move'; card: TimelineCard; from: Point; preview: MovePreview }
  | { kind: 'resize'; card: TimelineCard; edge: Edge; preview: ResizePreview };

export interface MovePreview {
  /** Months moved (for a dated card). */
  delta: number;
  /** The lane under the pointer; null outside lanes (the card keeps its lane). */
  lane: string | null;
  /** Where the ghost is drawn, in world units. */
  x: number;
  y: number;
  width: number;
  /** First and last month the card would cover. */
  from: number;
  to: number;
}

export interface ResizePreview {
  from: number;
  to: number;
}

/** A card may be resized when its months are plain: valid, in order, inside the span. */
export function isResizable(card: TimelineCard): boolean {
  return card.from !== null && !card.inverted && !card.partial && !card.clippedStart && !card.clippedEnd;
}

/** Which edge of the card a press grabs, if any (cards too narrow on screen have none). */
export function edgeAt(card: TimelineCard, world: Point, zoom: number): Edge | null {
  if (!isResizable(card) || card.rect.width * zoom < 3 * EDGE_GRAB) return null;
  const grab = EDGE_GRAB / zoom;
  if (world.x - card.rect.x <= grab) return 'start';
  if (card.rect.x + card.rect.width - world.x <= grab) return 'end';
  return null;
}

export function movedBeyondSlop(from: Point, to: Point): boolean {
  return Math.hypot(to.x - from.x, to.y - from.y) > TAP_SLOP;
}

/** The ghost of a card dragged by `dx, dy` world units with the pointer at world y `pointerY`. */
export function movePreview(
  layout: TimelineLayout,
  card: TimelineCard,
  dx: number,
  dy: number,
  pointer: Point,
): MovePreview {
  const g = TIMELINE_GEOMETRY;
  const lane = laneAt(layout, pointer.y);
  const laneY = lane ? lane.y + g.lanePadding : card.rect.y + dy;
  if (card.from === null || card.to === null) {
    // An undated card is dated where it lands: its ghost takes the default duration.
    const span = layout.span;
    const width = g.defaultDuration * g.monthWidth;
    const start = Math.min(
      Math.max(span.from, xToMonth(span, pointer.x)),
      Math.max(span.from, span.to - g.defaultDuration + 1),
    );
    return {
      delta: 0,
      lane: lane?.key ?? null,
      x: monthToX(span, start),
      y: laneY,
      width,
      from: start,
      to: start + g.defaultDuration - 1,
    };
  }
  const delta = clampDelta(card, layout.span, dragDelta(dx));
  return {
    delta,
    lane: lane?.key ?? null,
    x: monthToX(layout.span, card.from + delta),
    y: laneY,
    width: card.rect.width,
    from: card.from + delta,
    to: card.to + delta,
  };
}

export function resizePreview(
  card: TimelineCard,
  edge: Edge,
  worldX: number,
  span: MonthSpan,
): ResizePreview {
  return resizeEdge({ from: card.from as number, to: card.to as number }, edge, worldX, span);
}
