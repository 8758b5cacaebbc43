import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { printBanner } from '../log';

const SOURCES = [
  'client',
  'shared',
  'vite.config.ts',
  'server/build/pictogramBundlePlugin.ts',
  'package.json',
];

function newestMtime(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, entry)));
  return newest;
}

/**
 * Rebuilds when the built index is missing or older than any source file, so `npm start` is enough.
 * `testBuild` builds into `clientDir` in Vite's `e2e` mode, with the canvas test API (see
 * client/testBuild.ts): the e2e tests keep their own folder, so `npm start` never serves a test build.
 */
export async function ensureClientBuild(
  clientDir: string,
  projectRoot = resolve('.'),
  { testBuild = false }: { testBuild?: boolean } = {},
): Promise<void> {
  const index = join(clientDir, 'index.html');
  const built = existsSync(index) ? statSync(index).mtimeMs : 0;
  const sources = Math.max(...SOURCES.map((source) => newestMtime(join(projectRoot, source))));
  if (built >= sources) return;
  printBanner('Construction de l’application… / Building the app…');
  await new Promise<void>((done, fail) => {
    const test = testBuild ? ['--mode', 'e2e', '--outDir', clientDir, '--emptyOutDir'] : [];
    const child = spawn('npx', ['vite', 'build', '--logLevel', 'warn', ...test], {
      cwd: projectRoot,
      stdio: 'inherit',
    });
    child.on('exit', (code) => (code === 0 ? done() : fail(new Error(`vite build exited with ${code}`))));
    child.on('error', fail);
  });
}
