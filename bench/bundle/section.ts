/** Bundle sizes: the app and the framework floor, built by the same Vite in this run. */
import type { BenchContext } from '../context';
import { type BundleReport, buildFloor, measureBuilt, viteBuild } from './bundle';

const appBuilds = new Map<'production' | 'e2e', { outDir: string; buildMs: number }>();

/**
 * The app built once per run and mode into a temp dir: sizes are measured on the production build, the
 * browser section drives the `e2e` one, which alone has the canvas test API (client/testBuild.ts).
 */
export function builtApp(
  context: BenchContext,
  mode: 'production' | 'e2e' = 'production',
): { outDir: string; buildMs: number } {
  let build = appBuilds.get(mode);
  if (!build) {
    const outDir = context.tempDir(mode === 'e2e' ? 'app-e2e' : 'app');
    const buildMs = viteBuild(['--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn', '--mode', mode]);
    build = { outDir, buildMs };
    appBuilds.set(mode, build);
  }
  return build;
}

export async function runBundleSection(
  context: BenchContext,
): Promise<{ app: BundleReport; floor: BundleReport }> {
  const { outDir, buildMs } = builtApp(context);
  const app = measureBuilt(outDir, buildMs);
  const floor = buildFloor(context.tempDir('floor'));
  context.log(
    `bundle initial ${(app.initialGzip / 1024).toFixed(1)} KB gzip, lazy ${(app.lazyGzip / 1024).toFixed(1)} KB,` +
      ` floor ${(floor.initialGzip / 1024).toFixed(1)} KB`,
  );
  return { app, floor };
}
