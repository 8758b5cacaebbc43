/**
 * Pointer gestures on the canvas, read from raw pointer events (mouse, pen and fingers alike): a tap,
 * a tap-and-hold, a one-finger drag (of a pictogram, or of the view), a two-finger pinch, the mouse
 * wheel. Nothing here touches React: moves are handed straight to the scene, which updates Konva nodes.
 */
import type { Point } from '../../../shared/model/geometry';

/** Movement under this many pixels is still a tap (fingers wobble). */
const TOUCH_SLOP = 10;
const MOUSE_SLOP = 4;
const HOLD_MS = 600;

export interface GestureHandlers {
  onTap(screen: Point): void;
  onHold(screen: Point): void;
  /** A drag starts at `screen`: true when something there is dragged, false to pan the view instead. */
  onDragStart(screen: Point): boolean;
  onDragMove(screen: Point): void;
  onDragEnd(screen: Point): void;
  onDragCancel(): void;
  onPan(dx: number, dy: number): void;
  /** Zoom by `factor` around `centre`, then pan by (dx, dy). */
  onPinch(centre: Point, factor: number, dx: number, dy: number): void;
  /** A pan or pinch ended: a good moment to publish the camera and sharpen caches. */
  onSettle(): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'pending'; start: Point; slop: number; hold: ReturnType<typeof setTimeout> }
  | { kind: 'held' }
  | { kind: 'drag' }
  | { kind: 'pan'; last: Point }
  | { kind: 'pinch'; distance: number; centre: Point }
  | { kind: 'done' };

export function attachGestures(element: HTMLElement, handlers: GestureHandlers): () => void {
  const pointers = new Map<number, Point>();
  let state: State = { kind: 'idle' };

  const local = (event: PointerEvent | WheelEvent): Point => {
    const box = element.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const clearHold = () => {
    if (state.kind === 'pending') clearTimeout(state.hold);
  };
  const pinchOf = (): { distance: number; centre: Point } => {
    const [a, b] = [...pointers.values()] as [Point, Point];
    return {
      distance: Math.max(1, Math.hypot(a.x - b.x, a.y - b.y)),
      centre: { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 },
    };
  };

  const down = (event: PointerEvent) => {
    if (event.pointerType === 'mouse' && event.button !== 0) return;
    element.setPointerCapture?.(event.pointerId);
    const point = local(event);
    pointers.set(event.pointerId, point);
    if (pointers.size === 1) {
      const hold = setTimeout(() => {
        if (state.kind !== 'pending') return;
        state = { kind: 'held' };
        handlers.onHold(point);
      }, HOLD_MS);
      state = {
        kind: 'pending',
        start: point,
        slop: event.pointerType === 'mouse' ? MOUSE_SLOP : TOUCH_SLOP,
        hold,
      };
    } else if (pointers.size === 2) {
      clearHold();
      if (state.kind === 'drag') handlers.onDragCancel();
      state = { kind: 'pinch', ...pinchOf() };
    }
  };

  const move = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId)) return;
    const point = local(event);
    pointers.set(event.pointerId, point);
    if (state.kind === 'pending') {
      if (Math.hypot(point.x - state.start.x, point.y - state.start.y) < state.slop) return;
      const start = state.start;
      clearHold();
      if (handlers.onDragStart(start)) {
        state = { kind: 'drag' };
        handlers.onDragMove(point);
      } else {
        state = { kind: 'pan', last: start };
      }
    }
    if (state.kind === 'drag') handlers.onDragMove(point);
    else if (state.kind === 'pan') {
      handlers.onPan(point.x - state.last.x, point.y - state.last.y);
      state.last = point;
    } else if (state.kind === 'pinch' && pointers.size >= 2) {
      const next = pinchOf();
      handlers.onPinch(
        next.centre,
        next.distance / state.distance,
        next.centre.x - state.centre.x,
        next.centre.y - state.centre.y,
      );
      state = { kind: 'pinch', ...next };
    }
  };

  const up = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId)) return;
    const point = local(event);
    pointers.delete(event.pointerId);
    if (state.kind === 'pending') {
      clearHold();
      handlers.onTap(point);
    } else if (state.kind === 'drag') handlers.onDragEnd(point);
    else if (state.kind === 'pan' || state.kind === 'pinch') handlers.onSettle();
    // A pinch lifting one finger does not turn into a pan or a tap: wait for all fingers to lift.
    state = pointers.size === 0 ? { kind: 'idle' } : { kind: 'done' };
  };

  const cancel = (event: PointerEvent) => {
    if (!pointers.has(event.pointerId)) return;
    pointers.delete(event.pointerId);
    clearHold();
    if (state.kind === 'drag') handlers.onDragCancel();
    else if (state.kind === 'pan' || state.kind === 'pinch') handlers.onSettle();
    state = pointers.size === 0 ? { kind: 'idle' } : { kind: 'done' };
  };

  let wheelSettle: ReturnType<typeof setTimeout> | null = null;
  const wheel = (event: WheelEvent) => {
    event.preventDefault();
    const point = local(event);
    // Trackpads send horizontal scroll and ctrl+wheel for pinch; a mouse wheel zooms.
    if (!event.ctrlKey && event.deltaX !== 0) handlers.onPan(-event.deltaX, -event.deltaY);
    else handlers.onPinch(point, Math.exp(-event.deltaY * (event.ctrlKey ? 0.01 : 0.0015)), 0, 0);
    if (wheelSettle) clearTimeout(wheelSettle);
    wheelSettle = setTimeout(() => handlers.onSettle(), 160);
  };

  element.addEventListener('pointerdown', down);
  element.addEventListener('pointermove', move);
  element.addEventListener('pointerup', up);
  element.addEventListener('pointercancel', cancel);
  element.addEventListener('wheel', wheel, { passive: false });
  return () => {
    clearHold();
    if (wheelSettle) clearTimeout(wheelSettle);
    element.removeEventListener('pointerdown', down);
    element.removeEventListener('pointermove', move);
    element.removeEventListener('pointerup', up);
    element.removeEventListener('pointercancel', cancel);
    element.removeEventListener('wheel', wheel);
  };
}
