/**
 * The shipped pictogram files, read from disk once and handed to the picture builders as drawings, so
 * the rasteriser never fetches anything. Looked for in the source tree (`client/public/pictograms`), in
 * the built client beside the compiled server (`dist/server` → `dist/client`, also in a release, which
 * has no source tree) and in the built client seen from the sources; a pictogram with no file is drawn as
 * a lettered badge by the builders.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  type PictogramArt,
  type PictogramArtSource,
  pictogramArtFromSvg,
} from '../../shared/export/svg/svgKit';
import { pictogramById } from '../../shared/pictograms';

const here = fileURLToPath(new URL('.', import.meta.url));
const FOLDERS = [
  resolve(here, '../../client/public/pictograms'),
  resolve(here, '../client/pictograms'),
  resolve(here, '../../dist/client/pictograms'),
];

export function pictogramFile(id: string): string | null {
  const pictogram = pictogramById(id);
  if (!pictogram) return null;
  for (const folder of FOLDERS) {
    const path = join(folder, pictogram.file);
    if (path.startsWith(folder) && existsSync(path)) return path;
  }
  return null;
}

export function pictogramSvg(id: string): string | null {
  const path = pictogramFile(id);
  return path ? readFileSync(path, 'utf8') : null;
}

const cache = new Map<string, PictogramArt | null>();

export const pictogramArt: PictogramArtSource = (id) => {
  if (cache.has(id)) return cache.get(id) ?? null;
  const svg = pictogramSvg(id);
  const art = svg ? pictogramArtFromSvg(svg) : null;
  cache.set(id, art);
  return art;
};
