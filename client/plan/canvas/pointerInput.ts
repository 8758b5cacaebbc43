/**
 * Raw pointer, wheel and Escape events on the element around the stage, turned into screen points for
 * the timeline scene. Pointer capture keeps a drag going outside the element; nothing here touches
 * React or Konva.
 */
import type { Point } from '../../../shared/model/geometry';

export interface PointerHandlers {
  down(screen: Point): void;
  move(screen: Point): void;
  /** A mouse moving with no button down (to show what a press would grab). */
  hover(screen: Point): void;
  up(): void;
  cancel(): void;
  /** Ctrl or Cmd + wheel zooms by `factor` around `screen`; the plain wheel pans by (dx, dy). */
  zoom(screen: Point, factor: number): void;
  pan(dx: number, dy: number): void;
}

export function attachPointer(element: HTMLElement, handlers: PointerHandlers): () => void {
  let pointerId: number | null = null;
  const local = (event: PointerEvent | WheelEvent): Point => {
    const box = element.getBoundingClientRect();
    return { x: event.clientX - box.left, y: event.clientY - box.top };
  };
  const onDown = (event: PointerEvent) => {
    if (pointerId !== null || event.button > 0) return;
    pointerId = event.pointerId;
    element.setPointerCapture?.(event.pointerId);
    handlers.down(local(event));
  };
  const onMove = (event: PointerEvent) => {
    if (pointerId === null) {
      if (event.pointerType === 'mouse') handlers.hover(local(event));
    } else if (event.pointerId === pointerId) handlers.move(local(event));
  };
  const onUp = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    pointerId = null;
    handlers.up();
  };
  const onCancel = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    pointerId = null;
    handlers.cancel();
  };
  const onWheel = (event: WheelEvent) => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) handlers.zoom(local(event), Math.exp(-event.deltaY * 0.0025));
    else if (event.shiftKey) handlers.pan(event.deltaY, 0);
    else handlers.pan(event.deltaX, event.deltaY);
  };
  const onKey = (event: KeyboardEvent) => {
    // Escape drops the drag where it started.
    if (event.key !== 'Escape' || pointerId === null) return;
    pointerId = null;
    handlers.cancel();
  };
  element.addEventListener('pointerdown', onDown);
  element.addEventListener('pointermove', onMove);
  element.addEventListener('pointerup', onUp);
  element.addEventListener('pointercancel', onCancel);
  element.addEventListener('wheel', onWheel, { passive: false });
  window.addEventListener('keydown', onKey);
  return () => {
    element.removeEventListener('pointerdown', onDown);
    element.removeEventListener('pointermove', onMove);
    element.removeEventListener('pointerup', onUp);
    element.removeEventListener('pointercancel', onCancel);
    element.removeEventListener('wheel', onWheel);
    window.removeEventListener('keydown', onKey);
  };
}
