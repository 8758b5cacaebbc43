/**
 * Bundle size: builds the app and the framework floor with Vite into temp dirs, then gzips (level 9)
 * the initial JavaScript — the entry module of index.html and every chunk it modulepreloads — and, apart,
 * every other (lazy) chunk.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BENCH_DIR, REPO_ROOT } from '../paths';
import { tasksetAvailable } from '../servers/launch';

export interface ChunkSize {
  file: string;
  bytes: number;
  gzip: number;
}

export interface BundleReport {
  initial: ChunkSize[];
  lazy: ChunkSize[];
  initialGzip: number;
  lazyGzip: number;
  buildMs: number;
}

/** Runs `npx vite build` on both cores (the bench itself is pinned to one). */
export function viteBuild(args: string[]): number {
  const started = Date.now();
  const command = tasksetAvailable() ? 'taskset' : 'npx';
  const commandArgs = tasksetAvailable()
    ? ['-c', '0,1', 'npx', 'vite', 'build', ...args]
    : ['vite', 'build', ...args];
  const result = spawnSync(command, commandArgs, { cwd: REPO_ROOT, encoding: 'utf8', env: process.env });
  if (result.status !== 0) throw new Error(`vite build failed: ${result.stderr.slice(-2000)}`);
  return Date.now() - started;
}

function sizeOf(dir: string, file: string): ChunkSize {
  const bytes = readFileSync(join(dir, file));
  return { file, bytes: bytes.byteLength, gzip: gzipSync(bytes, { level: 9 }).byteLength };
}

/** The entry script and modulepreloads of a built index.html, as paths relative to the out dir. */
export function initialScripts(html: string): string[] {
  const files = new Set<string>();
  for (const match of html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g))
    files.add(match[1] as string);
  for (const match of html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g))
    files.add(match[1] as string);
  return [...files].map((file) => file.replace(/^\//, '').replace(/^\.\//, ''));
}

export function measureBuilt(outDir: string, buildMs: number): BundleReport {
  const html = readFileSync(join(outDir, 'index.html'), 'utf8');
  const initialFiles = new Set(initialScripts(html));
  const initial = [...initialFiles].map((file) => sizeOf(outDir, file));
  const lazy = readdirSync(join(outDir, 'assets'))
    .filter((file) => file.endsWith('.js') && !initialFiles.has(`assets/${file}`))
    .map((file) => sizeOf(outDir, `assets/${file}`));
  const total = (chunks: ChunkSize[]) => chunks.reduce((sum, chunk) => sum + chunk.gzip, 0);
  return { initial, lazy, initialGzip: total(initial), lazyGzip: total(lazy), buildMs };
}

export function buildFloor(outDir: string): BundleReport {
  const config = join(BENCH_DIR, 'bundle', 'floor', 'vite.config.ts');
  const buildMs = viteBuild(['--config', config, '--outDir', outDir, '--emptyOutDir']);
  return measureBuilt(outDir, buildMs);
}
