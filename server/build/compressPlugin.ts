/**
 * Vite plugin: once the client is written, puts a Brotli (`.br`) and a gzip (`.gz`) twin next to each
 * text file worth it, at the highest levels, so the server never compresses on a request (sirv picks the
 * twin by Accept-Encoding). Tablets on a weak wifi download a third or less; the Raspberry Pi-class box
 * spends no CPU on it. Already-compressed formats (fonts, images other than SVG) are left alone.
 */
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.svg',
  '.webmanifest',
  '.txt',
  '.md',
]);
/** Under this, a compressed answer saves less than its headers cost. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

/** Writes the twins of every compressible file under `dir`; returns how many files got them. */
export async function precompress(dir: string): Promise<number> {
  const files = (await filesUnder(dir)).filter((file) => COMPRESSIBLE.has(extname(file)));
  let count = 0;
  for (const file of files) {
    if ((await stat(file)).size < MIN_BYTES) continue;
    const source = await readFile(file);
    const [br, gz] = await Promise.all([
      brotli(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.byteLength,
        },
      }),
      gzipped(source, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    // A twin no smaller than the file would only cost a look-up.
    if (br.byteLength < source.byteLength) await writeFile(`${file}.br`, br);
    if (gz.byteLength < source.byteLength) await writeFile(`${file}.gz`, gz);
    count++;
  }
  return count;
}

export function compressPlugin(): Plugin {
  let outDir = '';
  let building = false;
  return {
    name: 'fresco-precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      building = config.command === 'build';
    },
    async closeBundle() {
      if (building) await precompress(outDir);
    },
  };
}
