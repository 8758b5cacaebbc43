/**
 * Pictograms pre-rasterised at build time: one PNG sheet per size band, every pictogram in a square
 * cell in the sheet's `ids` order. A tablet decodes each sheet once, off the main thread
 * (`createImageBitmap`), instead of decoding a hundred SVGs on it at every join; the SVG stays for
 * pictures shown larger than the biggest band.
 *
 * In the bundle (shared/pictograms/bundle.ts) as `sprites`: `[{ "size", "columns", "ids", "png" }]`,
 * `png` in base64, so the sheets travel and stay on the device with the drawings, as one file.
 */

/** Cell sides in pixels: small tiles of a zoomed-out board, and tiles up to about 200 px on screen. */
export const SPRITE_BANDS = [48, 144] as const;

export interface SpriteSheet {
  size: number;
  columns: number;
  ids: string[];
  /** The PNG, base64. */
  png: string;
}

export interface SpriteCell {
  x: number;
  y: number;
  size: number;
}

export function spriteColumns(count: number): number {
  return Math.max(1, Math.ceil(Math.sqrt(count)));
}

/** Where pictogram `index` of a sheet sits. */
export function spriteCell(index: number, columns: number, size: number): SpriteCell {
  return { x: (index % columns) * size, y: Math.floor(index / columns) * size, size };
}

/**
 * One SVG holding every drawing at its cell, for a renderer to rasterise into a sheet in one pass.
 * Each drawing keeps its own viewBox as a nested <svg>; OpenMoji drawings reference no ids, so ids
 * repeated across drawings change nothing.
 */
export function spriteSheetSvg(drawings: ReadonlyArray<{ id: string; svg: string }>, size: number): string {
  const columns = spriteColumns(drawings.length);
  const rows = Math.max(1, Math.ceil(drawings.length / columns));
  const cells = drawings.map(({ svg }, index) => {
    const cell = spriteCell(index, columns, size);
    const open = /^\s*<svg\b([^>]*)>/.exec(svg);
    const viewBox = open ? /\bviewBox="([^"]*)"/.exec(open[1] ?? '')?.[1] : undefined;
    const inner = open ? svg.slice(open[0].length).replace(/<\/svg>\s*$/, '') : '';
    const box = viewBox ? ` viewBox="${viewBox}"` : '';
    return `<svg x="${cell.x}" y="${cell.y}" width="${size}" height="${size}"${box}>${inner}</svg>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${columns * size}" height="${rows * size}">${cells.join('')}</svg>`;
}

/** The sheets of a bundle as read back; an entry that does not fit is left out (its pictures use SVG). */
export function readSpriteSheets(value: unknown): SpriteSheet[] {
  if (!Array.isArray(value)) return [];
  return value.filter(
    (sheet): sheet is SpriteSheet =>
      typeof sheet === 'object' &&
      sheet !== null &&
      Number.isInteger(sheet.size) &&
      sheet.size > 0 &&
      Number.isInteger(sheet.columns) &&
      sheet.columns > 0 &&
      Array.isArray(sheet.ids) &&
      sheet.ids.every((id: unknown) => typeof id === 'string') &&
      typeof sheet.png === 'string',
  );
}
