/**
 * Vite plugin: writes the pictogram bundle (shared/pictograms/bundle.ts), with its sprite sheets drawn
 * by resvg, into the built client as
 * `assets/pictograms-<hash>.json`, where the server caches it for good, and tells the client its address
 * and hash through the virtual module `virtual:pictogram-bundle`. The dev server (and vitest) answer the
 * same address from the source files, so `vite` alone keeps working.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { buildPictogramBundle } from '../../shared/pictograms/bundle';
import { PICTOGRAMS } from '../../shared/pictograms/catalog';
import type { SpriteSheet } from '../../shared/pictograms/sprites';
import { renderSpriteSheets } from './pictogramSprites';

export const PICTOGRAM_BUNDLE_MODULE = 'virtual:pictogram-bundle';
const RESOLVED = `\0${PICTOGRAM_BUNDLE_MODULE}`;

const here = fileURLToPath(new URL('.', import.meta.url));

interface BuiltBundle {
  fileName: string;
  hash: string;
  text: string;
}

/** The dev server reads the files at each page load; the sheets are drawn again only when they changed. */
let lastSprites: { key: string; sheets: SpriteSheet[] } | null = null;

/** Reads every catalog file; a missing one fails the build rather than shipping a broken picture. */
export function makePictogramBundle(folder: string): BuiltBundle {
  const bundle = buildPictogramBundle(PICTOGRAMS, (file) => readFileSync(join(folder, file), 'utf8'));
  const key = createHash('sha256').update(JSON.stringify(bundle.svgs)).digest('hex');
  if (lastSprites?.key !== key) {
    const drawings = Object.entries(bundle.svgs).map(([id, svg]) => ({ id, svg }));
    lastSprites = { key, sheets: renderSpriteSheets(drawings) };
  }
  bundle.sprites = lastSprites.sheets;
  const text = JSON.stringify(bundle);
  const hash = createHash('sha256').update(text).digest('hex').slice(0, 12);
  return { fileName: `assets/pictograms-${hash}.json`, hash, text };
}

export function pictogramBundlePlugin(folder = resolve(here, '../../client/public/pictograms')): Plugin {
  let base = '/';
  let building = false;
  let built: BuiltBundle | null = null;
  // In the dev server the files may change between two page loads: read them again each time.
  const current = () => (building && built ? built : makePictogramBundle(folder));
  return {
    name: 'fresco-pictogram-bundle',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    buildStart() {
      if (!building) return;
      built = makePictogramBundle(folder);
      this.emitFile({ type: 'asset', fileName: built.fileName, source: built.text });
    },
    resolveId(id) {
      return id === PICTOGRAM_BUNDLE_MODULE ? RESOLVED : null;
    },
    load(id) {
      if (id !== RESOLVED) return null;
      const { fileName, hash } = current();
      return `export const PICTOGRAM_BUNDLE = ${JSON.stringify({ url: base + fileName, hash })};`;
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const bundle = current();
        if (req.url?.split('?')[0] !== base + bundle.fileName) return next();
        res.setHeader('Content-Type', 'application/json; charset=utf-8');
        res.end(bundle.text);
      });
    },
  };
}
