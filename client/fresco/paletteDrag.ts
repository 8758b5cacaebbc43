/**
 * Dragging a pictogram from the palette onto the fresco. The palette owns every gesture that starts on a
 * pictogram (`touch-action: none`): `dragIntent` tells a drag from a scroll of the strip, which is then
 * scrolled by hand. The ghost is a DOM image that follows the finger across the page (the palette and the
 * canvas are different elements), moved with a CSS transform on each pointer move: no React render. The
 * scene only highlights the cell under the finger. A carried pictogram that places nothing flies back to
 * its place in the palette, which glows a moment, and the resident is told why: never silence.
 */
import { type DropTarget, sameTarget } from '../../shared/model/weekLayout';
import type { FrescoScene } from './canvas/FrescoScene';
import { type DragIntent, HOLD_MS, type MissedDrop, nextIntent, type ScrollAxis } from './dragIntent';
import { type StripScroll, scrollStrip, stopGlide } from './stripScroll';

/** How long a pictogram back from a missed drop glows in the palette. */
const RETURNED_MS = 1600;
const RETURN_FLIGHT_MS = 320;

export interface PaletteDragOptions {
  scene(): FrescoScene | null;
  /** The pressed pictogram's button: lifted, dimmed while carried, where a missed drop returns. */
  item: HTMLElement;
  /** The picture shown under the finger. */
  imageUrl: string | undefined;
  /** Checked when the drag starts: a refused drag shows the cue and no ghost. */
  allowed(): boolean;
  /** Returns whether the pictogram was placed (a refused cell shows its own cue). */
  onDrop(target: DropTarget): boolean;
  /** The press became a drag or a scroll (so the click that follows must not arm the pictogram). */
  onDragStarted(): void;
  /** A carried pictogram placed nothing, and no refusal said why. */
  onMissed(reason: MissedDrop): void;
}

/** Starts watching a press on a palette button; returns nothing, cleans up after itself on release. */
export function watchPaletteDrag(down: PointerEvent, options: PaletteDragOptions): void {
  const { item } = options;
  const start = { x: down.clientX, y: down.clientY, time: down.timeStamp };
  const pointerId = down.pointerId;
  const palette = (item.closest('.palette') ?? item).getBoundingClientRect();
  const strip = item.closest<HTMLElement>('.palette-strip');
  const axis: ScrollAxis = down.pointerType === 'mouse' || !strip ? null : scrollAxisOf(strip);
  if (strip) stopGlide(strip);
  let intent: DragIntent = 'pending';
  let scroll: StripScroll | null = null;
  let ghost: HTMLElement | null = null;
  let refused = false;
  let target: DropTarget | null = null;
  let last = { dx: 0, dy: 0 };

  const become = (next: DragIntent) => {
    if (next === intent) return;
    const was = intent;
    intent = next;
    if (next === 'scroll' && strip && axis) {
      options.onDragStarted();
      scroll = scrollStrip(strip, axis);
    }
    if (next === 'drag') {
      // A swipe that turned out to be a drag leaves the strip as the finger found it.
      scroll?.restore();
      scroll = null;
      if (was !== 'scroll') options.onDragStarted();
      refused = !options.allowed();
      if (!refused) ghost = makeGhost(options.imageUrl);
    }
    const look = next === 'lifted' ? 'lifted' : next === 'drag' && !refused ? 'carried' : null;
    if (look) item.dataset.lift = look;
    else delete item.dataset.lift;
  };

  const lift = setTimeout(() => {
    if (intent === 'pending') become(nextIntent(intent, { ...last, elapsed: HOLD_MS, outside: false }, axis));
  }, HOLD_MS);

  const move = (event: PointerEvent) => {
    if (event.pointerId !== pointerId) return;
    last = { dx: event.clientX - start.x, dy: event.clientY - start.y };
    const outside =
      event.clientX < palette.left ||
      event.clientX > palette.right ||
      event.clientY < palette.top ||
      event.clientY > palette.bottom;
    become(nextIntent(intent, { ...last, elapsed: event.timeStamp - start.time, outside }, axis));
    if (intent === 'scroll') scroll?.follow(axis === 'x' ? last.dx : last.dy, event.timeStamp);
    if (intent !== 'drag' || !ghost) return;
    event.preventDefault();
    ghost.style.transform = `translate(${event.clientX}px, ${event.clientY}px)`;
    const scene = options.scene();
    const next = scene?.targetAtClient(event.clientX, event.clientY) ?? null;
    if (!sameTarget(next, target)) {
      target = next;
      scene?.hoverTarget(target);
    }
  };
  const finish = (event: PointerEvent, dropped: boolean) => {
    if (event.pointerId !== pointerId) return;
    clearTimeout(lift);
    window.removeEventListener('pointermove', move);
    window.removeEventListener('pointerup', up);
    window.removeEventListener('pointercancel', cancel);
    delete item.dataset.lift;
    if (intent === 'scroll' && dropped) scroll?.release(event.timeStamp);
    const scene = options.scene();
    scene?.hoverTarget(null);
    if (intent !== 'drag' || refused || !ghost) return;
    const final = dropped ? (scene?.targetAtClient(event.clientX, event.clientY) ?? null) : null;
    if (final && options.onDrop(final)) {
      ghost.remove();
      return;
    }
    if (!final) options.onMissed(dropped ? 'notOnCell' : 'dragStopped');
    flyHome(ghost, item);
  };
  const up = (event: PointerEvent) => finish(event, true);
  const cancel = (event: PointerEvent) => finish(event, false);
  window.addEventListener('pointermove', move, { passive: false });
  window.addEventListener('pointerup', up);
  window.addEventListener('pointercancel', cancel);
}

function scrollAxisOf(strip: HTMLElement): ScrollAxis {
  if (strip.scrollWidth > strip.clientWidth + 1) return 'x';
  if (strip.scrollHeight > strip.clientHeight + 1) return 'y';
  return null;
}

function makeGhost(imageUrl: string | undefined): HTMLElement {
  const ghost = document.createElement('div');
  ghost.className = 'palette-ghost';
  ghost.setAttribute('aria-hidden', 'true');
  if (imageUrl) {
    const image = document.createElement('img');
    image.src = imageUrl;
    image.alt = '';
    ghost.append(image);
  }
  document.body.append(ghost);
  return ghost;
}

const glowTimers = new WeakMap<HTMLElement, ReturnType<typeof setTimeout>>();

/** The pictogram goes back where it came from, so the resident sees it is not lost. */
function flyHome(ghost: HTMLElement, item: HTMLElement): void {
  const previous = glowTimers.get(item);
  if (previous) clearTimeout(previous);
  item.dataset.returned = 'true';
  glowTimers.set(
    item,
    setTimeout(() => delete item.dataset.returned, RETURNED_MS),
  );
  const still = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  if (still || typeof ghost.animate !== 'function') {
    ghost.remove();
    return;
  }
  const home = item.getBoundingClientRect();
  const flight = ghost.animate(
    [
      { transform: ghost.style.transform || 'none' },
      {
        transform: `translate(${home.left + home.width / 2}px, ${home.top + home.height / 2}px) scale(0.6)`,
        opacity: 0.4,
      },
    ],
    { duration: RETURN_FLIGHT_MS, easing: 'ease-in', fill: 'forwards' },
  );
  flight.finished.then(
    () => ghost.remove(),
    () => ghost.remove(),
  );
}
