/**
 * The release as a neighbourhood centre gets it: `npm run release` once (in beforeAll: it installs the
 * server's packages for two platforms through npm, about a minute), the archive unpacked outside the
 * clone, and `fresco/bin/fresco` started with a PATH holding only node (no npm, no npx, no compiler) and
 * npm's registry pointed at an unreachable address. It must serve the client and `/healthz`, and render
 * the paper kit (fonts, pictograms and the native rasteriser from the release's own folder).
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWorkshop } from '../helpers/api';
import { freePort } from '../helpers/supervisedServer';
import { waitFor } from '../helpers/waitFor';

const manifest = JSON.parse(readFileSync('package.json', 'utf8')) as {
  version: string;
  devDependencies: Record<string, string>;
};
const archive = resolve(`release/fresco-${manifest.version}.tar.gz`);
let root: string;
let entries: string[];
let child: ChildProcess | null = null;
let url: string;
let startupMs: number;
let output = '';

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/release.mjs'], { stdio: 'inherit' });
  root = mkdtempSync(join(tmpdir(), 'fresco-release-'));
  execFileSync('tar', ['-xzf', archive, '-C', root]);
  entries = execFileSync('tar', ['-tzf', archive], { maxBuffer: 64 * 1024 * 1024 })
    .toString()
    .split('\n');
  const onlyNode = join(root, 'path');
  mkdirSync(onlyNode);
  symlinkSync(process.execPath, join(onlyNode, 'node'));
  const port = await freePort();
  url = `http://127.0.0.1:${port}`;
  const started = performance.now();
  // Nothing of this test runner's environment (loaders, NODE_OPTIONS): only what a box would set.
  child = spawn(join(root, 'fresco/bin/fresco'), [], {
    cwd: root,
    env: {
      PATH: onlyNode,
      HOME: root,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: join(root, 'data'),
      LOG_LEVEL: 'warn',
      npm_config_registry: 'http://127.0.0.1:9/',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // Kept for the error message: the banner and the logs say why a start failed.
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  await waitFor(
    async () => {
      if (child?.exitCode !== null) throw new Error(`bin/fresco exited with ${child?.exitCode}: ${output}`);
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
    },
    { timeoutMs: 30_000, intervalMs: 50 },
  );
  startupMs = performance.now() - started;
  console.log(
    `release: ${(statSync(archive).size / 1e6).toFixed(1)} MB, /healthz ${Math.round(startupMs)} ms after start`,
  );
}, 300_000);

afterAll(async () => {
  if (child && child.exitCode === null) {
    const exited = new Promise((done) => child?.once('exit', done));
    child.kill('SIGTERM');
    await exited;
  }
  if (root) rmSync(root, { recursive: true, force: true });
});

const has = (path: string) => entries.includes(path);

describe('the release archive', () => {
  it('holds the linux x64 and arm64 native parts of libsql and resvg', () => {
    for (const name of [
      '@libsql/linux-x64-gnu',
      '@libsql/linux-arm64-gnu',
      '@resvg/resvg-js-linux-x64-gnu',
      '@resvg/resvg-js-linux-arm64-gnu',
    ])
      expect(has(`fresco/node_modules/${name}/package.json`), name).toBe(true);
  });

  it('holds no devDependency, no TypeScript loader and no bundler', () => {
    const shipped = entries.filter((entry) =>
      /^fresco\/node_modules\/(@[^/]+\/)?[^/]+\/package\.json$/.test(entry),
    );
    expect(shipped.length).toBeGreaterThan(10);
    for (const name of [...Object.keys(manifest.devDependencies), 'tsx', 'vite', 'rolldown', 'esbuild'])
      expect(has(`fresco/node_modules/${name}/package.json`), name).toBe(false);
  });

  it('holds an executable bin/fresco, the built client and the compiled server, no TypeScript', () => {
    expect(statSync(join(root, 'fresco/bin/fresco')).mode & 0o111).not.toBe(0);
    for (const file of [
      'dist/client/index.html',
      'dist/server/main.js',
      'dist/server/cli.js',
      'dist/server/exportWorker.js',
    ])
      expect(has(`fresco/${file}`), file).toBe(true);
    expect(entries.filter((entry) => entry.startsWith('fresco/dist/') && entry.endsWith('.ts'))).toEqual([]);
  });
});

describe('fresco/bin/fresco with only node on the PATH', () => {
  it('answers /healthz with the version and serves the client', async () => {
    expect(await (await fetch(`${url}/healthz`)).json()).toMatchObject({
      ok: true,
      version: manifest.version,
    });
    const index = await fetch(`${url}/`);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain('<div id="root">');
  });

  it('renders the paper kit with the pictograms and fonts of its own folder', async () => {
    const workshop = await createWorkshop(url, { title: 'Atelier de la box' });
    const response = await fetch(`${url}/api/workshops/${workshop.id}/export/kit.pdf`, {
      headers: { authorization: `Bearer ${workshop.tokens.facilitator}` },
    });
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // Lettered badges instead of the drawings (no pictogram file found) give a kit of ~40 KB.
    expect(body.length).toBeGreaterThan(200_000);
  }, 60_000);
});
