/**
 * The one staleness check of `npm start` and the test set-up (scripts/build.mjs): a target is rebuilt when
 * an output is missing or older than any of its sources, and only that target.
 */
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { staleTargets, TARGETS } from '../../../scripts/build.mjs';

let root: string;

function write(path: string, secondsAgo: number): void {
  const file = join(root, path);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, path);
  const at = Date.now() / 1000 - secondsAgo;
  utimesSync(file, at, at);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fresco-stale-'));
  // Sources an hour old; their folders too (a folder's own time counts, as for a deleted file).
  for (const path of ['client/main.tsx', 'shared/schema.ts', 'server/app.ts', 'package.json'])
    write(path, 3600);
  for (const folder of ['client', 'shared', 'server']) {
    const at = Date.now() / 1000 - 3600;
    utimesSync(join(root, folder), at, at);
  }
});
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

const buildAll = (secondsAgo: number) => {
  for (const target of Object.values(TARGETS)) for (const output of target.outputs) write(output, secondsAgo);
};

describe('staleTargets', () => {
  it('builds both when nothing is built', () => {
    expect(staleTargets(root)).toEqual(['client', 'server']);
  });

  it('builds nothing when every output is newer than the sources', () => {
    buildAll(60);
    expect(staleTargets(root)).toEqual([]);
  });

  it('rebuilds the server alone after a server change, both after a shared change', () => {
    buildAll(60);
    write('server/app.ts', 0);
    expect(staleTargets(root)).toEqual(['server']);
    write('shared/schema.ts', 0);
    expect(staleTargets(root)).toEqual(['client', 'server']);
  });

  it('rebuilds the server when one of its entries is missing', () => {
    buildAll(60);
    rmSync(join(root, 'dist/server/exportWorker.js'));
    expect(staleTargets(root, ['server'])).toEqual(['server']);
  });
});
