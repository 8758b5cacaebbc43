/**
 * The drag / resize / change-lane state machine of the timeline, with no Konva and no DOM: the scene
 * feeds it presses and moves in screen points, and draws what each step answers. A press on a card
 * becomes a move or (near an edge) a resize once the pointer travels a few pixels, otherwise it opens
 * the card; a press on the background pans; a reader's drag on a card pans too.
 */
import type { Point } from '../../../shared/model/geometry';
import { TIMELINE_GEOMETRY, type TimelineCard, type TimelineLayout } from '../../../shared/model/timeline';
import { AXIS_HEIGHT, type Camera, LANE_LABEL_WIDTH, toWorld } from './frame';
import { edgeAt, type Gesture, movedBeyondSlop, movePreview, resizePreview } from './gestures';

/** Where the snapped ghost of the dragged card is drawn, in world units, and the months it covers. */
export interface DragGhost {
  id: string;
  x: number;
  y: number;
  width: number;
  from: number;
  to: number;
  /** The lane to highlight (a move over a lane), or null. */
  lane: string | null;
}

export type MoveStep =
  | { kind: 'none' }
  | { kind: 'pan'; camera: Camera }
  /** `lifted` on the first step of a drag: the card fades and the cursor changes. */
  | { kind: 'drag'; ghost: DragGhost; lifted: boolean; resizing: boolean };

/** What a released gesture asks the plan for. */
export type Outcome =
  | { kind: 'none' }
  | { kind: 'open'; id: string }
  | { kind: 'move'; id: string; delta: number; lane: string | null }
  | { kind: 'date'; id: string; from: number; to: number; lane: string }
  | { kind: 'resize'; id: string; from: number; to: number };

/** The card under a screen point, or null on the sticky axis and lane names (they cover cards). */
export function cardAt(layout: TimelineLayout, camera: Camera, screen: Point): TimelineCard | null {
  if (screen.x < LANE_LABEL_WIDTH * camera.zoom || screen.y < AXIS_HEIGHT * camera.zoom) return null;
  const world = toWorld(camera, screen);
  // Drawn in layout order: the last card containing the point is the one on top.
  for (let i = layout.cards.length - 1; i >= 0; i--) {
    const card = layout.cards[i] as TimelineCard;
    const r = card.rect;
    if (world.x >= r.x && world.x <= r.x + r.width && world.y >= r.y && world.y <= r.y + r.height)
      return card;
  }
  return null;
}

export class DragMachine {
  private gesture: Gesture | null = null;

  get active(): boolean {
    return this.gesture !== null;
  }

  /** The card being moved or resized (to fade it), or null. */
  get dragged(): TimelineCard | null {
    const g = this.gesture;
    return g && (g.kind === 'move' || g.kind === 'resize') ? g.card : null;
  }

  press(card: TimelineCard | null, screen: Point, camera: Camera, editable: boolean): void {
    if (!card) {
      this.gesture = { kind: 'pan', from: screen, camera };
      return;
    }
    const edge = editable ? edgeAt(card, toWorld(camera, screen), camera.zoom) : null;
    this.gesture = { kind: 'press', card, from: screen, edge };
  }

  move(screen: Point, camera: Camera, layout: TimelineLayout, editable: boolean): MoveStep {
    let g = this.gesture;
    if (!g) return { kind: 'none' };
    if (g.kind === 'pan') {
      const x = g.camera.x + screen.x - g.from.x;
      const y = g.camera.y + screen.y - g.from.y;
      return { kind: 'pan', camera: { ...g.camera, x, y } };
    }
    let lifted = false;
    if (g.kind === 'press') {
      if (!movedBeyondSlop(g.from, screen)) return { kind: 'none' };
      if (!editable) {
        // Readers may still look around: a drag that starts on a card pans.
        this.gesture = { kind: 'pan', from: g.from, camera };
        return { kind: 'none' };
      }
      lifted = true;
      const { card, edge } = g;
      g = edge
        ? { kind: 'resize', card, edge, preview: { from: card.from as number, to: card.to as number } }
        : {
            kind: 'move',
            card,
            from: g.from,
            preview: movePreview(layout, card, 0, 0, toWorld(camera, screen)),
          };
      this.gesture = g;
    }
    const world = toWorld(camera, screen);
    if (g.kind === 'move') {
      const dx = (screen.x - g.from.x) / camera.zoom;
      const dy = (screen.y - g.from.y) / camera.zoom;
      const p = movePreview(layout, g.card, dx, dy, world);
      g.preview = p;
      const ghost = { id: g.card.id, x: p.x, y: p.y, width: p.width, from: p.from, to: p.to, lane: p.lane };
      return { kind: 'drag', ghost, lifted, resizing: false };
    }
    if (g.kind === 'resize') {
      const p = resizePreview(g.card, g.edge, world.x, layout.span);
      g.preview = p;
      const month = TIMELINE_GEOMETRY.monthWidth;
      const ghost = {
        id: g.card.id,
        x: (p.from - layout.span.from) * month,
        y: g.card.rect.y,
        width: (p.to - p.from + 1) * month,
        from: p.from,
        to: p.to,
        lane: null,
      };
      return { kind: 'drag', ghost, lifted, resizing: true };
    }
    return { kind: 'none' };
  }

  release(): Outcome {
    const g = this.gesture;
    this.gesture = null;
    if (!g || g.kind === 'pan') return { kind: 'none' };
    if (g.kind === 'press') return { kind: 'open', id: g.card.id };
    const { card } = g;
    if (g.kind === 'resize') {
      const { from, to } = g.preview;
      return from !== card.from || to !== card.to
        ? { kind: 'resize', id: card.id, from, to }
        : { kind: 'none' };
    }
    const p = g.preview;
    if (card.from === null) {
      return p.lane !== null
        ? { kind: 'date', id: card.id, from: p.from, to: p.to, lane: p.lane }
        : { kind: 'none' };
    }
    const lane = p.lane !== null && p.lane !== card.lane ? p.lane : null;
    return p.delta !== 0 || lane !== null
      ? { kind: 'move', id: card.id, delta: p.delta, lane }
      : { kind: 'none' };
  }

  /** Drops the gesture where it started (Escape, a cancelled pointer). */
  cancel(): void {
    this.gesture = null;
  }
}
