/**
 * The bundle's sprite sheets (shared/pictograms/sprites.ts) as bitmaps: each sheet decoded once, by
 * the browser's image decoder rather than by script, and held as an ImageBitmap, which stays decoded
 * (an <img> may be dropped and decoded again, on the main thread, at the next draw). A pictogram is
 * then a cell of a sheet: one decode per size band at a join instead of one per pictogram.
 */
import type { SpriteSheet } from '../../../shared/pictograms/sprites';
import { spriteCell } from '../../../shared/pictograms/sprites';

export interface RasterCell {
  image: CanvasImageSource;
  x: number;
  y: number;
  size: number;
}

/** Each pictogram's cells, smallest band first. */
export type SpriteCells = ReadonlyMap<string, readonly RasterCell[]>;

let decoding: { sheets: readonly SpriteSheet[]; cells: Promise<SpriteCells> } | null = null;

/** Decodes these sheets (once for the same list); a sheet that fails to decode is left out. */
export function spriteCells(sheets: readonly SpriteSheet[]): Promise<SpriteCells> {
  if (decoding?.sheets === sheets) return decoding.cells;
  decoding = { sheets, cells: decodeAll(sheets) };
  return decoding.cells;
}

async function decodeAll(sheets: readonly SpriteSheet[]): Promise<SpriteCells> {
  const decoded = await Promise.all(sheets.map((sheet) => decodeSheet(sheet).catch(() => null)));
  const cells = new Map<string, RasterCell[]>();
  sheets.forEach((sheet, index) => {
    const image = decoded[index];
    if (!image) return;
    sheet.ids.forEach((id, at) => {
      const cell = spriteCell(at, sheet.columns, sheet.size);
      const list = cells.get(id) ?? [];
      list.push({ image, ...cell });
      cells.set(id, list);
    });
  });
  for (const list of cells.values()) list.sort((a, b) => a.size - b.size);
  return cells;
}

async function decodeSheet(sheet: SpriteSheet): Promise<CanvasImageSource> {
  // A data: address, not a fetch (the page's CSP allows data: images, not data: connections), and
  // decode() so the decoding runs off the main thread.
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/png;base64,${sheet.png}`;
  await image.decode();
  return typeof createImageBitmap === 'function' ? await createImageBitmap(image) : image;
}
