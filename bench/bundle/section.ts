/** Bundle sizes: the app and the framework floor, built by the same Vite in this run. */
import type { BenchContext } from '../context';
import { type BundleReport, buildFloor, measureBuilt, viteBuild } from './bundle';

let appBuild: { outDir: string; buildMs: number } | null = null;

/** The app built once per run into a temp dir; the browser section serves it too. */
export function builtApp(context: BenchContext): { outDir: string; buildMs: number } {
  if (!appBuild) {
    const outDir = context.tempDir('app');
    const buildMs = viteBuild(['--outDir', outDir, '--emptyOutDir', '--logLevel', 'warn']);
    appBuild = { outDir, buildMs };
  }
  return appBuild;
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
