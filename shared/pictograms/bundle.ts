/**
 * The pictogram bundle: every shipped pictogram's SVG in one JSON file, built with the client and named
 * by a hash of its content. A device fetches it once when a workshop opens and keeps it, so a tablet
 * that loses the wifi still has every picture the workshop can show, including those it never showed.
 *
 * Format (version 1): `{ "format": 1, "svgs": { "<pictogram id>": "<svg …>…</svg>", … }, "sprites"?: […] }`,
 * keyed by the catalog's stable ids (never by file name, which may change with an OpenMoji update);
 * `sprites` holds the same drawings pre-rasterised (shared/pictograms/sprites.ts). A bundle without
 * sprites (an older build's, kept on a device) still draws everything, from the SVGs.
 */
import { readSpriteSheets, type SpriteSheet } from './sprites';
import type { Pictogram } from './types';

export const PICTOGRAM_BUNDLE_FORMAT = 1;

export interface PictogramBundle {
  format: typeof PICTOGRAM_BUNDLE_FORMAT;
  svgs: Record<string, string>;
  sprites?: SpriteSheet[];
}

/** Builds the bundle from the catalog; `readSvg` gets a catalog `file` (e.g. `openmoji/1F3E6.svg`). */
export function buildPictogramBundle(
  pictograms: readonly Pictogram[],
  readSvg: (file: string) => string,
): PictogramBundle {
  const svgs: Record<string, string> = {};
  for (const pictogram of pictograms) svgs[pictogram.id] = readSvg(pictogram.file).trim();
  return { format: PICTOGRAM_BUNDLE_FORMAT, svgs };
}

/**
 * The drawings of a bundle as read back from the network or the device; null when it is not one (a
 * proxy's error page, a copy written by another version). Entries that are not SVG text are left out,
 * so one bad entry costs one picture, not all of them.
 */
export function readPictogramBundle(value: unknown): ReadonlyMap<string, string> | null {
  if (typeof value !== 'object' || value === null) return null;
  const { format, svgs } = value as { format?: unknown; svgs?: unknown };
  if (format !== PICTOGRAM_BUNDLE_FORMAT || typeof svgs !== 'object' || svgs === null) return null;
  const drawings = new Map<string, string>();
  for (const [id, svg] of Object.entries(svgs)) {
    if (typeof svg === 'string' && /^\s*<svg[\s>]/.test(svg)) drawings.set(id, svg);
  }
  return drawings;
}

/** The bundle's sprite sheets; none when it has none or they do not fit. */
export function readBundleSprites(value: unknown): SpriteSheet[] {
  if (typeof value !== 'object' || value === null) return [];
  return readSpriteSheets((value as { sprites?: unknown }).sprites);
}
