/**
 * Builds what Fresco runs: the client (vite.config.ts → dist/client) and the server compiled to plain
 * JavaScript (vite.server.config.ts → dist/server), through Vite's JS API. Plain JavaScript itself, so
 * `npm start` can run it before anything is compiled, with no TypeScript loader.
 *
 *   node scripts/build.mjs             builds both
 *   node scripts/build.mjs server      builds the named targets only
 *   node scripts/build.mjs e2e         the e2e tests' build (see below), never built unless named
 *
 * `ensureBuilt()` is the one staleness check, for `npm start` and the test set-up alike: a target is
 * rebuilt when one of its outputs is missing or older than any of its sources. The build itself runs in
 * a child process, so Vite's memory never stays in the long-running supervisor.
 */
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

const CLIENT_SOURCES = [
  'client',
  'shared',
  'docs/guide-animateur.md',
  'vite.config.ts',
  'server/build/pictogramBundlePlugin.ts',
  'server/build/compressPlugin.ts',
  'server/build/serviceWorkerPlugin.ts',
  'package.json',
];

export const TARGETS = {
  client: {
    config: 'vite.config.ts',
    outputs: ['dist/client/index.html'],
    sources: CLIENT_SOURCES,
  },
  /**
   * The client in Vite's `e2e` mode, with the canvas test API on `window` (client/testBuild.ts), in a
   * folder of its own: `npm start` and releases never serve it, the e2e tests always do.
   */
  e2e: {
    config: 'vite.config.ts',
    mode: 'e2e',
    outDir: 'dist/client-e2e',
    outputs: ['dist/client-e2e/index.html'],
    sources: CLIENT_SOURCES,
  },
  server: {
    config: 'vite.server.config.ts',
    outputs: [
      'dist/server/main.js',
      'dist/server/serve.js',
      'dist/server/cli.js',
      'dist/server/exportWorker.js',
    ],
    sources: ['server', 'shared', 'vite.server.config.ts', 'package.json'],
  },
};

function newestMtime(path) {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

function oldestOutput(root, outputs) {
  let oldest = Number.POSITIVE_INFINITY;
  for (const output of outputs) {
    const path = join(root, output);
    if (!existsSync(path)) return 0;
    oldest = Math.min(oldest, statSync(path).mtimeMs);
  }
  return oldest;
}

/** What `npm start`, `npm run build` and releases build: everything but the e2e tests' client. */
export const DEFAULT_TARGETS = ['client', 'server'];

/** The targets whose outputs are missing or older than their newest source. */
export function staleTargets(root = ROOT, names = DEFAULT_TARGETS) {
  return names.filter((name) => {
    const { outputs, sources } = TARGETS[name];
    const built = oldestOutput(root, outputs);
    return built < Math.max(...sources.map((source) => newestMtime(join(root, source))));
  });
}

/** Builds the stale targets among `names` (the default ones) in a child process; resolves when done. */
export async function ensureBuilt(names = DEFAULT_TARGETS, root = ROOT) {
  const stale = staleTargets(root, names);
  if (stale.length === 0) return [];
  process.stdout.write('Construction de l’application… / Building the app…\n');
  await new Promise((done, fail) => {
    const child = spawn(process.execPath, [join(root, 'scripts/build.mjs'), ...stale], {
      cwd: root,
      // A test runner's NODE_ENV=test would give React's development build. Vite's notice about a future
      // config loader is for developers (`npm run build` still shows it), not for people starting Fresco.
      env: { ...process.env, NODE_ENV: 'production', VITE_CONFIG_NATIVE_IGNORE_WARNING: 'true' },
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`the build exited with ${code}`))));
    child.on('error', fail);
  });
  return stale;
}

async function buildTargets(names) {
  const unknown = names.filter((name) => !(name in TARGETS));
  if (unknown.length > 0) throw new Error(`unknown build target: ${unknown.join(', ')}`);
  // Vite reads the client config's `root: 'client'` from the working directory.
  process.chdir(ROOT);
  const { build } = await import('vite');
  for (const name of names) {
    const { config, mode, outDir } = TARGETS[name];
    const elsewhere = outDir ? { build: { outDir: join(ROOT, outDir), emptyOutDir: true } } : {};
    await build({ configFile: config, configLoader: 'bundle', logLevel: 'warn', mode, ...elsewhere });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const names = process.argv.slice(2);
  await buildTargets(names.length > 0 ? names : DEFAULT_TARGETS);
}
