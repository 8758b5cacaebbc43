/**
 * Pictograms for the canvas. Once the bundle is here, every pictogram it pre-rasterised is a cell of a
 * decoded sprite sheet (spriteBitmaps.ts): a join decodes two PNGs, not a hundred SVGs. A pictogram the
 * sheets lack (an older bundle kept on the device) is decoded from its SVG and rasterised once, as
 * before. The SVG itself is decoded only when a pictogram shows larger than the largest band (the
 * facilitator zoomed on a cell), where a raster would blur.
 *
 * A load that failed (the bundle had not come and the file could not be fetched) is not final: it is
 * tried again when the bundle arrives or the connection comes back.
 */
import { pictogramUrl } from '../../../shared/pictograms/lookup';
import {
  pictogramSpriteSheets,
  pictogramSrc,
  subscribePictograms,
  whenPictogramsSettled,
} from '../../pictograms/pictogramBundle';
import { type RasterCell, spriteCells } from './spriteBitmaps';

/** Raster side of a pictogram decoded from its SVG: sharp up to about this size on screen. */
export const RASTER_SIZE = 144;

/** A raster serves up to this much larger than its side before the next band (or the SVG) is used. */
const UPSCALE = 1.4;

export interface PictogramImage {
  /** Smallest first. */
  rasters: readonly RasterCell[];
  /** Decoded on demand, for pictures larger than every raster. */
  vector: HTMLImageElement | null;
}

/** `unknown`: an id this build does not ship, for good; `failed`: tried again later. */
type Entry =
  | { state: 'loading' }
  | { state: 'failed' }
  | { state: 'unknown' }
  | ({ state: 'ready'; vectorLoading: boolean } & PictogramImage);

const entries = new Map<string, Entry>();
const listeners = new Set<(id: string) => void>();

/** The ready image of a shipped pictogram id, or null while it loads (or if it cannot: unknown id, offline). */
export function pictogramImage(id: string): PictogramImage | null {
  const entry = entries.get(id);
  if (entry?.state === 'ready') return entry;
  if (!entry) load(id);
  return null;
}

/**
 * Draws a ready pictogram into the square at (x, y) of side `side`, `screenSide` device pixels on
 * screen: from the smallest raster sharp at that size, else from the SVG (asked for the next frame).
 */
export function drawPictogram(
  ctx: CanvasRenderingContext2D,
  id: string,
  image: PictogramImage,
  x: number,
  y: number,
  side: number,
  screenSide: number,
): void {
  const raster = image.rasters.find((cell) => cell.size * UPSCALE >= screenSide);
  if (!raster && image.vector) {
    ctx.drawImage(image.vector, x, y, side, side);
    return;
  }
  if (!raster) requestVector(id);
  const cell = raster ?? image.rasters[image.rasters.length - 1];
  if (cell) ctx.drawImage(cell.image, cell.x, cell.y, cell.size, cell.size, x, y, side, side);
}

/** Called with the id each time a pictogram finishes loading, so views can redraw what shows it. */
export function onPictogramReady(listener: (id: string) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function pictogramImageStats(): {
  requested: number;
  ready: number;
  failed: number;
  fromSprites: number;
} {
  let ready = 0;
  let failed = 0;
  let fromSprites = 0;
  for (const entry of entries.values()) {
    if (entry.state === 'ready') ready++;
    if (entry.state === 'ready' && !(entry.rasters[0]?.image instanceof HTMLCanvasElement)) fromSprites++;
    if (entry.state === 'failed' || entry.state === 'unknown') failed++;
  }
  return { requested: entries.size, ready, failed, fromSprites };
}

/** Ids asked for while a frame was being drawn, loaded once that frame is on screen. */
const queued: string[] = [];

function load(id: string): void {
  if (!pictogramUrl(id)) {
    entries.set(id, { state: 'unknown' });
    return;
  }
  entries.set(id, { state: 'loading' });
  // Not before the first picture of the board (tiles without their images) has been shown, and not
  // before the bundle has come (or could not), so each picture comes from it rather than its own file.
  if (queued.length === 0) {
    requestAnimationFrame(() => setTimeout(() => void whenPictogramsSettled().then(startQueued), 0));
  }
  queued.push(id);
}

async function startQueued(): Promise<void> {
  const cells = await spriteCells(pictogramSpriteSheets());
  for (const id of queued.splice(0)) {
    const rasters = cells.get(id);
    if (rasters && rasters.length > 0) ready(id, rasters, null);
    else startFromSvg(id);
  }
}

function ready(id: string, rasters: readonly RasterCell[], vector: HTMLImageElement | null): void {
  entries.set(id, { state: 'ready', rasters, vector, vectorLoading: false });
  for (const listener of listeners) listener(id);
}

function decodeVector(id: string): Promise<HTMLImageElement> {
  const src = pictogramSrc(id);
  if (!src) return Promise.reject(new Error(`no drawing for ${id}`));
  const vector = new Image(RASTER_SIZE, RASTER_SIZE);
  vector.decoding = 'async';
  vector.src = src;
  return vector.decode().then(() => vector);
}

function startFromSvg(id: string): void {
  decodeVector(id).then(
    (vector) => {
      const raster = document.createElement('canvas');
      raster.width = RASTER_SIZE;
      raster.height = RASTER_SIZE;
      raster.getContext('2d')?.drawImage(vector, 0, 0, RASTER_SIZE, RASTER_SIZE);
      ready(id, [{ image: raster, x: 0, y: 0, size: RASTER_SIZE }], vector);
    },
    () => entries.set(id, { state: 'failed' }),
  );
}

function requestVector(id: string): void {
  const entry = entries.get(id);
  if (entry?.state !== 'ready' || entry.vector || entry.vectorLoading) return;
  entry.vectorLoading = true;
  decodeVector(id).then(
    (vector) => ready(id, entry.rasters, vector),
    // The rasters keep drawing it, a little soft; asked again after the next bundle change.
    () => {
      entry.vectorLoading = false;
    },
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
