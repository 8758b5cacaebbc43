/**
 * Browser figures in headless Chromium at 4× CPU throttle: cold join of the real app to the first complete
 * frame of the fresco, then frame times while panning and dragging, against the raw Konva reference page
 * with the same items, interleaved per repetition.
 */
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { viteBuild } from '../bundle/bundle';
import { builtApp } from '../bundle/section';
import type { BenchContext } from '../context';
import { buildBigBoard } from '../fixtures/bigBoard';
import { BENCH_DIR } from '../paths';
import { fmtKB, fmtSpread } from '../report/format';
import type { BrowserResults, Row } from '../report/types';
import { startServer } from '../servers/kinds';
import { unpinned } from '../servers/launch';
import { spread } from '../stats/percentiles';
import { type CanvasPage, type PageRun, runFrescoPage, runRawPage } from './canvasRun';
import { launchChromium } from './chromium';
import { serveDirs } from './staticServer';
import { workshopWithBoard } from './workshopSetup';

export const CANVAS_SIZES = [1000, 2000, 5000];
/** Repetitions of a full run: a throttled page session costs seconds, so fewer than the server sections. */
export const BROWSER_REPS = 3;

export async function runBrowserSection(
  context: BenchContext,
): Promise<{ results: BrowserResults; rows: Row[] }> {
  const results: BrowserResults = { sizes: CANVAS_SIZES, runs: [], notes: [] };
  const app = builtApp(context, 'e2e');
  const rawDir = context.tempDir('raw-konva');
  viteBuild(['--config', join(BENCH_DIR, 'canvas', 'vite.config.ts'), '--outDir', rawDir, '--emptyOutDir']);
  const dataDir = context.tempDir('browser');
  const server = await startServer('fresco', { dataDir, clientDir: app.outDir });
  const raw = await serveDirs([rawDir, app.outDir]);
  const browser = await unpinned(launchChromium);
  try {
    const workshops: Array<{ items: number; url: string; draggable: string[] }> = [];
    for (const items of CANVAS_SIZES) {
      const board = buildBigBoard(items);
      writeFileSync(join(rawDir, `board-${items}.bin`), Y.mergeUpdates(board.updates));
      const workshop = await workshopWithBoard(server, board);
      workshops.push({ items, url: workshop.tabletUrl, draggable: workshop.ownActivityIds });
    }
    const reps = context.quick ? 1 : BROWSER_REPS;
    for (let rep = 0; rep < reps; rep++) {
      for (const { items, url, draggable } of workshops) {
        const order: CanvasPage[] = rep % 2 === 0 ? ['fresco', 'raw'] : ['raw', 'fresco'];
        for (const page of order) {
          try {
            const run =
              page === 'fresco'
                ? await runFrescoPage(browser, url, items, draggable)
                : await runRawPage(browser, raw.url, items);
            results.runs.push(run);
            context.log(
              `browser rep ${rep} ${page.padEnd(6)} ${items} items: first items ${run.firstItemsMs.toFixed(0)} ms,` +
                ` complete frame ${run.completeFrameMs.toFixed(0)} ms,` +
                ` pan p95 ${run.pan?.p95.toFixed(1)} ms, drag p95 ${run.drag?.p95.toFixed(1)} ms`,
            );
          } catch (error) {
            results.notes.push(`${page} ${items} items, repetition ${rep}: ${String(error).slice(0, 300)}`);
            context.log(`browser rep ${rep} ${page} ${items} items failed: ${String(error).slice(0, 200)}`);
          }
        }
      }
    }
  } finally {
    await browser.close();
    await raw.close();
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
  return { results, rows: browserRows(results) };
}

function values(
  runs: PageRun[],
  page: CanvasPage,
  items: number,
  pick: (run: PageRun) => number | undefined,
) {
  return runs
    .filter((run) => run.page === page && run.items === items)
    .map(pick)
    .filter((value): value is number => value !== undefined && Number.isFinite(value));
}

function ratioOf(fresco: number[], raw: number[]) {
  const ratios = fresco
    .map((value, rep) => value / (raw[rep] ?? Number.NaN))
    .filter((r) => Number.isFinite(r));
  return ratios.length > 0 ? spread(ratios) : null;
}

export function browserRows(results: BrowserResults): Row[] {
  const rows: Row[] = [];
  for (const items of [2000, 5000]) {
    const first = values(results.runs, 'fresco', items, (run) => run.firstItemsMs);
    const rawFirst = values(results.runs, 'raw', items, (run) => run.firstItemsMs);
    const complete = values(results.runs, 'fresco', items, (run) => run.completeFrameMs);
    const rawComplete = values(results.runs, 'raw', items, (run) => run.completeFrameMs);
    const bytes = values(results.runs, 'fresco', items, (run) => run.bytesIn);
    const label = items.toLocaleString('en');
    rows.push({
      section: 'Cold join',
      metric: `tablet, ${label}-item board, Chromium 4× throttle: page start → first frame with the fresco's items`,
      target: items === 2000 ? '< 1.5 s' : 'reported',
      fresco: fmtSpread(spread(first), ' ms'),
      bestPeer: `raw Konva page ${fmtSpread(spread(rawFirst), ' ms')}`,
      ratio: ratioOf(first, rawFirst),
      verdict:
        first.length === 0
          ? 'n/a'
          : items === 2000
            ? spread(first).median < 1500
              ? 'pass'
              : 'fail'
            : 'info',
    });
    rows.push({
      section: 'Cold join',
      metric: `tablet, ${label}-item board: page start → first complete frame (every visible pictogram drawn)`,
      target: 'reported',
      fresco: `${fmtSpread(spread(complete), ' ms')}, ${bytes.length > 0 ? fmtKB(spread(bytes).median) : '–'} on the wire`,
      bestPeer: `raw Konva page ${fmtSpread(spread(rawComplete), ' ms')}`,
      ratio: ratioOf(complete, rawComplete),
      verdict: complete.length === 0 ? 'n/a' : 'info',
    });
  }
  for (const gesture of ['pan', 'drag'] as const) {
    for (const items of results.sizes) {
      const pick = (run: PageRun) => run[gesture]?.p95;
      const fresco = values(results.runs, 'fresco', items, pick);
      const raw = values(results.runs, 'raw', items, pick);
      const over = values(results.runs, 'fresco', items, (run) => run[gesture]?.over16);
      const target = items === 2000 ? 'p95 < 20 ms' : '≤ raw Konva';
      const median = spread(fresco).median;
      const ratio = ratioOf(fresco, raw);
      rows.push({
        section: 'Canvas',
        metric: `${gesture} with ${items.toLocaleString('en')} items, 4× throttle: frame time p95 (frames > 16.7 ms)`,
        target,
        fresco: `${fmtSpread(spread(fresco), ' ms')} (${over.length > 0 ? (spread(over).median * 100).toFixed(0) : '–'} %)`,
        bestPeer: `raw Konva ${fmtSpread(spread(raw), ' ms')}`,
        ratio,
        verdict:
          fresco.length === 0
            ? 'n/a'
            : items === 2000
              ? median < 20
                ? 'pass'
                : 'fail'
              : (ratio?.median ?? 2) <= 1.1
                ? 'pass'
                : 'behind',
      });
    }
  }
  return rows;
}
