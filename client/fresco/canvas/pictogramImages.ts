/**
 * Pictograms for the canvas, loaded once each: the first time an item shows a pictogram, its drawing
 * (from the workshop's pictogram bundle, client/pictograms/pictogramBundle.ts) is decoded into an
 * HTMLImageElement and rasterised once into a small canvas. Drawing a bitmap is far cheaper than drawing
 * an SVG, which matters with two thousand pictograms on a weak tablet; the vector image is kept for
 * pictograms shown large (facilitator zoomed on a cell), where the raster would blur.
 *
 * A load that failed (the bundle had not come and the file could not be fetched) is not final: it is
 * tried again when the bundle arrives or the connection comes back.
 */
import { pictogramUrl } from '../../../shared/pictograms/lookup';
import { pictogramSrc, subscribePictograms, whenPictogramsSettled } from '../../pictograms/pictogramBundle';

/** Raster side in pixels: sharp up to about this size on screen. */
export const RASTER_SIZE = 144;

export interface PictogramImage {
  raster: HTMLCanvasElement;
  vector: HTMLImageElement;
}

/** `unknown`: an id this build does not ship, for good; `failed`: tried again later. */
type Entry =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'unknown' }
  | ({ state: 'ready' } & PictogramImage);

const entries = new Map<string, Entry>();
const listeners = new Set<(id: string) => void>();

/** The ready image of a shipped pictogram id, or null while it loads (or if it cannot: unknown id, offline). */
export function pictogramImage(id: string): PictogramImage | null {
  const entry = entries.get(id);
  if (entry?.state === 'ready') return entry;
  if (!entry) load(id);
  return null;
}

/** Called with the id each time a pictogram finishes loading, so views can redraw what shows it. */
export function onPictogramReady(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pictogramImageStats(): { requested: number; ready: number; failed: number } {
  let ready = 0;
  let failed = 0;
  for (const entry of entries.values()) {
    if (entry.state === 'ready') ready++;
    if (entry.state === 'failed' || entry.state === 'unknown') failed++;
  }
  return { requested: entries.size, ready, failed };
}

/** Ids asked for while a frame was being drawn, loaded once that frame is on screen. */
const queued: string[] = [];

function load(id: string): void {
  if (!pictogramUrl(id)) {
    entries.set(id, { state: 'unknown' });
    return;
  }
  entries.set(id, { state: 'loading' });
  // Starting a hundred image loads costs a weak tablet about half a second: not before the first
  // picture of the board (tiles without their images) has been shown. And not before the bundle has
  // come (or could not), so each picture is drawn from it rather than fetched on its own as well.
  if (queued.length === 0) {
    requestAnimationFrame(() => setTimeout(() => void whenPictogramsSettled().then(startQueued), 0));
  }
  queued.push(id);
}

function startQueued(): void {
  for (const id of queued.splice(0)) start(id);
}

function start(id: string): void {
  const src = pictogramSrc(id);
  if (!src) {
    entries.set(id, { state: 'failed' });
    return;
  }
  const vector = new Image(RASTER_SIZE, RASTER_SIZE);
  vector.decoding = 'async';
  vector.src = src;
  vector.decode().then(
    () => {
      const raster = document.createElement('canvas');
      raster.width = RASTER_SIZE;
      raster.height = RASTER_SIZE;
      raster.getContext('2d')?.drawImage(vector, 0, 0, RASTER_SIZE, RASTER_SIZE);
      entries.set(id, { state: 'ready', raster, vector });
      for (const listener of listeners) listener(id);
    },
    () => entries.set(id, { state: 'failed' }),
  );
}

// The bundle came, or the connection is back: the failed pictures get another try.
subscribePictograms(() => {
  const failed = [...entries].filter(([, entry]) => entry.state === 'failed').map(([id]) => id);
  for (const id of failed) {
    entries.delete(id);
    load(id);
  }
});
