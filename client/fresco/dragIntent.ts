/**
 * What a finger on a palette pictogram means: carrying it to the fresco, or scrolling the strip. The
 * browser cannot tell (with `touch-action: pan-x` it took every sideways start as a scroll, and a drag
 * that left the palette at a shallow angle placed nothing), so the palette owns the gesture and decides
 * here, from what the finger does:
 * - held still for a moment, the pictogram lifts: whatever way it then moves, it is carried;
 * - a quick movement steeply across the strip's axis heads for the fresco: carried;
 * - a quick movement close to the strip's axis scrolls the strip...
 * - ...until the finger leaves the palette: whatever the angle, it is then carried.
 * People unsure of themselves move slowly and hold first; people at ease swipe: both get what they mean.
 */

export type DragIntent = 'pending' | 'lifted' | 'scroll' | 'drag';

export interface FingerSample {
  /** Movement since the press, in CSS px. */
  dx: number;
  dy: number;
  /** Time since the press, by the events' own clocks (a busy page may deliver them late). */
  elapsed: number;
  /** The finger is no longer over the palette. */
  outside: boolean;
}

/** The axis the strip scrolls along, or null when it has nothing to scroll (or a mouse drives it). */
export type ScrollAxis = 'x' | 'y' | null;

/** Under this, a finger is only settling (every press wobbles a little). */
export const SLOP_PX = 10;
/** Held still this long, the pictogram lifts: long enough to pass over in a swipe, short enough to wait for. */
export const HOLD_MS = 200;
/** A movement steeper than this from the strip's axis is headed out of the palette. */
export const SCROLL_MAX_DEGREES = 30;

export function nextIntent(current: DragIntent, sample: FingerSample, axis: ScrollAxis): DragIntent {
  if (current === 'drag') return 'drag';
  if (sample.outside) return 'drag';
  if (current === 'scroll') return 'scroll';
  const distance = Math.hypot(sample.dx, sample.dy);
  if (distance < SLOP_PX) return sample.elapsed >= HOLD_MS ? 'lifted' : current;
  // A lift shown by a timer that ran before a late event counts only if the finger really was still.
  if (sample.elapsed >= HOLD_MS) return 'drag';
  if (axis === null) return 'drag';
  const along = Math.abs(axis === 'x' ? sample.dx : sample.dy);
  const across = Math.abs(axis === 'x' ? sample.dy : sample.dx);
  const degrees = (Math.atan2(across, along) * 180) / Math.PI;
  return degrees >= SCROLL_MAX_DEGREES ? 'drag' : 'scroll';
}

/** Every sample of a gesture in turn, from a press: what the gesture has become by the last one. */
export function classify(samples: readonly FingerSample[], axis: ScrollAxis): DragIntent {
  return samples.reduce<DragIntent>((intent, sample) => nextIntent(intent, sample, axis), 'pending');
}

/** How a carried pictogram ended when it placed nothing; the resident is told each time. */
export type MissedDrop = 'notOnCell' | 'dragStopped';
