/**
 * Dragging a pictogram from the palette onto the fresco. The ghost is a DOM image that follows the finger
 * across the page (the palette and the canvas are different elements), moved with a CSS transform on
 * each pointer move: no React render. The scene only highlights the cell under the finger.
 */
import type { DropTarget, FrescoScene } from '../canvas/FrescoScene';

const SLOP = 10;

export interface PaletteDragOptions {
  scene(): FrescoScene | null;
  /** The picture shown under the finger. */
  imageUrl: string | undefined;
  /** Checked when the drag starts: a refused drag shows the cue and no ghost. */
  allowed(): boolean;
  onDrop(target: DropTarget): void;
  /** The press became a drag (so the click that follows must not arm the pictogram). */
  onDragStarted(): void;
}

/** Starts watching a press on a palette button; returns nothing, cleans up after itself on release. */
export function watchPaletteDrag(down: PointerEvent, options: PaletteDragOptions): void {
  const start = { x: down.clientX, y: down.clientY };
  const pointerId = down.pointerId;
  let ghost: HTMLElement | null = null;
  let target: DropTarget | null = null;

  const begin = () => {
    options.onDragStarted();
    if (!options.allowed()) return false;
    ghost = document.createElement('div');
    ghost.className = 'palette-ghost';
    ghost.setAttribute('aria-hidden', 'true');
    if (options.imageUrl) {
      const image = document.createElement('img');
      image.src = options.imageUrl;
      image.alt = '';
      ghost.append(image);
    }
    document.body.append(ghost);
    return true;
  };

  let state: 'pending' | 'dragging' | 'refused' = 'pending';
  const move = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    if (state === 'pending') {
      if (Math.hypot(event.clientX - start.x, event.clientY - start.y) < SLOP) return;
      state = begin() ? 'dragging' : 'refused';
    }
    if (state !== 'dragging' || !ghost) return;
    event.preventDefault();
    ghost.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    const scene = options.scene();
    const next = scene?.targetAtClient(event.clientX, event.clientY) ?? null;
    if (!same(next, target)) {
      target = next;
      scene?.hoverTarget(target);
    }
  };
  const finish = (event: PointerEvent, dropped: boolean) => {
    if (event.pointerId !== pointerId) return;
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
    ghost?.remove();
    options.scene()?.hoverTarget(null);
    if (dropped && state === 'dragging') {
      const scene = options.scene();
      const final = scene?.targetAtClient(event.clientX, event.clientY) ?? null;
      if (final) options.onDrop(final);
    }
  };
  const up = (event: PointerEvent) => finish(event, true);
  const cancel = (event: PointerEvent) => finish(event, false);
  window.addEventListener('pointermove', move, { passive: false });
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
}

function same(a: DropTarget | null, b: DropTarget | null): boolean {
  if (a === null || b === null || a === 'tray' || b === 'tray') return a === b;
  return a.day === b.day && a.period === b.period;
}
