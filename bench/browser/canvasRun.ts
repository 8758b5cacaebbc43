/**
 * One page under test at one board size: cold load to the first complete frame (with bytes on the wire),
 * then a pan and a drag with real mouse input (CDP), each measured by the in-page frame meter. Fresco and
 * the raw Konva page get the same camera and the same pointer paths.
 */
import type { Browser, Page } from 'playwright-core';
import { cellRect, WEEK_GEOMETRY, weekGrid } from '../../shared/model/weekLayout';
import { percentiles } from '../stats/percentiles';
import { openThrottledPage } from './chromium';
import { FRESCO_COMPLETE, FRESCO_FIRST_ITEMS, RAW_COMPLETE, RAW_FIRST_ITEMS } from './inPage';

export type CanvasPage = 'fresco' | 'raw';

export interface FrameRun {
  frames: number;
  p50: number;
  p95: number;
  max: number;
  /** Share of frames longer than 16.7 ms. */
  over16: number;
  longTasks: number;
  longTaskMs: number;
}

export interface PageRun {
  page: CanvasPage;
  items: number;
  /** Navigation start to the first frame showing the board's pictograms (images may still load), ms. */
  firstItemsMs: number;
  /** Navigation start to the first complete frame (every visible pictogram decoded and drawn), ms. */
  completeFrameMs: number;
  bytesIn: number;
  pan: FrameRun | null;
  drag: FrameRun | null;
}

const ZOOM = 2.5;
const GESTURE_MS = 1500;
const MOVE_EVERY_MS = 8;

interface MeterResult {
  gaps: number[];
  longTasks: number;
  longTaskMs: number;
}

function frameRun(result: MeterResult): FrameRun {
  const stats = percentiles(result.gaps);
  return {
    frames: stats.count,
    p50: stats.p50,
    p95: stats.p95,
    max: stats.max,
    over16: result.gaps.filter((gap) => gap > 16.7).length / Math.max(1, result.gaps.length),
    longTasks: result.longTasks,
    longTaskMs: result.longTaskMs,
  };
}

/** Presses at `from` and moves along `offset(t)` for GESTURE_MS, under the frame meter. */
async function gesture(page: Page, from: { x: number; y: number }, offset: (t: number) => [number, number]) {
  await page.mouse.move(from.x, from.y);
  await page.evaluate('window.__bench.start()');
  await page.mouse.down();
  const started = Date.now();
  for (;;) {
    const t = (Date.now() - started) / GESTURE_MS;
    if (t >= 1) break;
    const [dx, dy] = offset(t);
    await page.mouse.move(from.x + dx, from.y + dy);
    await new Promise((resolve) => setTimeout(resolve, MOVE_EVERY_MS));
  }
  await page.mouse.move(from.x, from.y);
  await page.mouse.up();
  return frameRun((await page.evaluate('window.__bench.stop()')) as MeterResult);
}

const panPath = (t: number): [number, number] => [
  -450 * Math.sin(2 * Math.PI * t),
  -220 * Math.sin(4 * Math.PI * t),
];
const dragPath = (t: number): [number, number] => [
  150 * Math.sin(2 * Math.PI * t),
  150 * (1 - Math.cos(2 * Math.PI * t)),
];

/** The camera of both pages: zoomed on the weekend gap (no pictogram there, so a press there pans). */
function gapCamera(width: number, height: number) {
  const grid = weekGrid();
  const friday = cellRect(grid, 'fri', 'midday');
  const gapX = friday.x + friday.width + WEEK_GEOMETRY.weekendGap / 2;
  const centreY = friday.y + friday.height / 2;
  return {
    camera: { x: width / 2 - gapX * ZOOM, y: height / 2 - centreY * ZOOM, zoom: ZOOM },
    gapX,
    centreY,
  };
}

/** Both load milestones, polled on every animation frame (times are ms since navigation start). */
async function milestones(page: Page, firstItems: string, complete: string) {
  const first = await page.waitForFunction(firstItems, undefined, { polling: 'raf', timeout: 90_000 });
  const firstItemsMs = (await first.jsonValue()) as number;
  const done = await page.waitForFunction(complete, undefined, { polling: 'raf', timeout: 90_000 });
  return { firstItemsMs, completeFrameMs: (await done.jsonValue()) as number };
}

async function settle(page: Page): Promise<void> {
  await page.waitForTimeout(1000);
}

/**
 * One tap where it changes nothing, before the measured gestures: a resident always touches the tablet
 * (a picture, the palette) before panning, and the first touch of a page pays one-off costs (the app
 * starts its audio for the timer's bell) that belong to no pan.
 */
async function firstTouch(page: Page): Promise<void> {
  await page.mouse.click(4, 4);
  await settle(page);
}

export async function runFrescoPage(
  browser: Browser,
  url: string,
  items: number,
  activityIds: readonly string[],
): Promise<PageRun> {
  const tab = await openThrottledPage(browser);
  try {
    await tab.page.goto(url, { waitUntil: 'commit' });
    const { firstItemsMs, completeFrameMs } = await milestones(tab.page, FRESCO_FIRST_ITEMS, FRESCO_COMPLETE);
    const bytesIn = tab.bytesIn();
    const view = (await tab.page.evaluate('window.__frescoCanvas.camera()')) as {
      width: number;
      height: number;
    };
    const { camera } = gapCamera(view.width, view.height);
    await tab.page.evaluate(`window.__frescoCanvas.setCamera(${JSON.stringify(camera)})`);
    await settle(tab.page);
    // The stage may not sit at the page's corner: find its offset from a cell's known page point.
    const cell = (await tab.page.evaluate(
      `window.__frescoCanvas.cellPoint({ day: 'fri', period: 'midday' })`,
    )) as {
      x: number;
      y: number;
    };
    const friday = cellRect(weekGrid(), 'fri', 'midday');
    const actual = (await tab.page.evaluate('window.__frescoCanvas.camera()')) as {
      x: number;
      y: number;
      zoom: number;
    };
    const offset = {
      x: cell.x - ((friday.x + friday.width / 2) * actual.zoom + actual.x),
      y: cell.y - ((friday.y + friday.height / 2) * actual.zoom + actual.y),
    };
    const gap = gapCamera(view.width, view.height);
    const panFrom = {
      x: offset.x + gap.gapX * actual.zoom + actual.x,
      y: offset.y + gap.centreY * actual.zoom + actual.y,
    };
    await firstTouch(tab.page);
    const pan = await gesture(tab.page, panFrom, panPath);
    await settle(tab.page);
    const positions = (await tab.page.evaluate('window.__frescoCanvas.itemPositions()')) as Record<
      string,
      { clientX: number; clientY: number }
    >;
    const activity = activityIds
      .map((id) => positions[id])
      .find((p) => p && p.clientX > 100 && p.clientY > 150 && p.clientX < 1080 && p.clientY < 720);
    const drag = activity
      ? await gesture(tab.page, { x: activity.clientX, y: activity.clientY }, dragPath)
      : null;
    return { page: 'fresco', items, firstItemsMs, completeFrameMs, bytesIn, pan, drag };
  } finally {
    await tab.close();
  }
}

export async function runRawPage(browser: Browser, baseUrl: string, items: number): Promise<PageRun> {
  const tab = await openThrottledPage(browser);
  try {
    await tab.page.goto(`${baseUrl}/raw-konva.html?items=${items}`, { waitUntil: 'commit' });
    const { firstItemsMs, completeFrameMs } = await milestones(tab.page, RAW_FIRST_ITEMS, RAW_COMPLETE);
    const bytesIn = tab.bytesIn();
    const view = (await tab.page.evaluate('window.__rawKonva.camera()')) as { width: number; height: number };
    const gap = gapCamera(view.width, view.height);
    await tab.page.evaluate(`window.__rawKonva.setCamera(${JSON.stringify(gap.camera)})`);
    await firstTouch(tab.page);
    const pan = await gesture(tab.page, { x: view.width / 2, y: view.height / 2 }, panPath);
    await settle(tab.page);
    const point = (await tab.page.evaluate('window.__rawKonva.activityPoint()')) as { x: number; y: number };
    const drag = await gesture(tab.page, point, dragPath);
    return { page: 'raw', items, firstItemsMs, completeFrameMs, bytesIn, pan, drag };
  } finally {
    await tab.close();
  }
}
