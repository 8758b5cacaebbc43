/**
 * Scrolling the palette strip by hand, for gestures that start on a pictogram: those are the palette's
 * own (`touch-action: none`, so the browser never steals a drag), so a swipe along the strip has to
 * scroll it here, and glide on a little after a flick as a native scroll would.
 */
import type { ScrollAxis } from './dragIntent';

/** Speed lost per 16 ms frame of glide. */
const FRICTION = 0.94;
/** Below this speed (px per ms) the glide stops. */
const REST_SPEED = 0.02;
/** Only the last moments of a swipe say how fast it was leaving. */
const SPEED_WINDOW_MS = 100;

export interface StripScroll {
  /** The finger is `offset` px from where it pressed, at event time `time`. */
  follow(offset: number, time: number): void;
  /** The finger lifted: glide on with the speed it had. */
  release(time: number): void;
  /** Back where the strip was at the press (the swipe turned out to be a drag). */
  restore(): void;
}

const glides = new WeakMap<HTMLElement, number>();

export function scrollStrip(strip: HTMLElement, axis: Exclude<ScrollAxis, null>): StripScroll {
  stopGlide(strip);
  const read = () => (axis === 'x' ? strip.scrollLeft : strip.scrollTop);
  const write = (value: number) => {
    if (axis === 'x') strip.scrollLeft = value;
    else strip.scrollTop = value;
  };
  const origin = read();
  const trail: { offset: number; time: number }[] = [];
  return {
    follow(offset, time) {
      write(origin - offset);
      trail.push({ offset, time });
      while (trail.length > 2 && time - trail[0]!.time > SPEED_WINDOW_MS) trail.shift();
    },
    release(time) {
      const first = trail[0];
      const last = trail.at(-1);
      if (!first || !last || time - last.time > SPEED_WINDOW_MS || last.time === first.time) return;
      glide(strip, write, read, -(last.offset - first.offset) / (last.time - first.time));
    },
    restore() {
      write(origin);
    },
  };
}

/** A new press on the strip catches it, as a finger stops a native fling. */
export function stopGlide(strip: HTMLElement): void {
  const frame = glides.get(strip);
  if (frame !== undefined) cancelAnimationFrame(frame);
  glides.delete(strip);
}

function glide(strip: HTMLElement, write: (value: number) => void, read: () => number, speed: number) {
  if (Math.abs(speed) < REST_SPEED) return;
  let velocity = speed;
  let last = performance.now();
  const step = (now: number) => {
    const elapsed = Math.max(0, now - last);
    write(read() + velocity * elapsed);
    last = now;
    const frames = Math.max(1, elapsed / 16);
    velocity *= FRICTION ** frames;
    if (Math.abs(velocity) < REST_SPEED) return glides.delete(strip);
    glides.set(strip, requestAnimationFrame(step));
  };
  glides.set(strip, requestAnimationFrame(step));
}
