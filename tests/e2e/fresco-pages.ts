/**
 * Page objects for the residents' fresco: what a person does with a finger, and what the page shows.
 * The canvas is pixels, so positions come from its test API (`window.__frescoCanvas`) and what is on the
 * board is read from the accessible list view, as assistive technology reads it.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { waitFor } from '../helpers/e2e';

export type Cell = { day: string; period: string } | 'tray';

export interface ListedItem {
  id: string;
  kind: string;
  author: string;
  /** `mon:morning`, `tray`, or null for difficulties and proposals. */
  cell: string | null;
  parent: string | null;
  text: string;
}

export async function frescoReady(page: Page): Promise<void> {
  await page.locator('[data-testid="fresco-canvas"][data-ready="true"]').waitFor();
  await page.waitForFunction(() => window.__frescoCanvas !== undefined);
}

export async function cellPoint(page: Page, cell: Cell): Promise<{ x: number; y: number }> {
  return page.evaluate((target) => window.__frescoCanvas!.cellPoint(target as never), cell);
}

/** Where an item is drawn, in page coordinates, and in which cell. */
export async function itemPoint(page: Page, id: string): Promise<{ x: number; y: number; cell: string }> {
  return waitFor(async () => {
    const spot = await page.evaluate((itemId) => window.__frescoCanvas!.itemPositions()[itemId], id);
    expect(spot).toBeDefined();
    return { x: spot!.clientX, y: spot!.clientY, cell: spot!.cell };
  });
}

/** Tap a pictogram in the palette, then tap a cell: for those who find dragging hard. */
export async function placeByTaps(page: Page, pictogram: string, cell: Cell): Promise<void> {
  const button = page.locator(`.palette [data-pictogram="${pictogram}"]`);
  await waitFor(async () => {
    if ((await button.getAttribute('aria-pressed')) !== 'true') await button.tap();
    expect(await button.getAttribute('aria-pressed')).toBe('true');
  });
  await page.getByTestId('armed-hint').waitFor();
  const point = await cellPoint(page, cell);
  await page.touchscreen.tap(point.x, point.y);
  await page.getByTestId('armed-hint').waitFor({ state: 'detached' });
}

/**
 * Drags a finger from one page point to another, as raw touch events (touch emulation). `whileHeld`
 * runs with the finger still down at `to`, to look at what other screens show mid-drag.
 */
export async function touchDrag(
  page: Page,
  from: { x: number; y: number },
  to: { x: number; y: number },
  { steps = 12, whileHeld }: { steps?: number; whileHeld?: () => Promise<void> } = {},
): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  // Events carry the times of a real finger (16 ms apart), and the finger rests before lifting: with
  // no speed left there is no fling, and the browser does not swallow the next tap to stop one.
  let time = Date.now() / 1000;
  const send = (
    type: 'touchStart' | 'touchMove' | 'touchEnd',
    touchPoints: { x: number; y: number }[],
    pause = 0.016,
  ) => {
    time += pause;
    return cdp.send('Input.dispatchTouchEvent', { type, touchPoints, timestamp: time });
  };
  await send('touchStart', [from]);
  for (let step = 1; step <= steps; step++) {
    const x = from.x + ((to.x - from.x) * step) / steps;
    const y = from.y + ((to.y - from.y) * step) / steps;
    await send('touchMove', [{ x, y }]);
  }
  if (whileHeld) {
    await whileHeld();
    time = Math.max(time, Date.now() / 1000);
  }
  for (let still = 0; still < 3; still++) await send('touchMove', [to], 0.1);
  await send('touchEnd', [], 0.05);
  await cdp.detach();
}

/** Drags a pictogram from the palette onto a cell with a finger. */
export async function placeByDrag(page: Page, pictogram: string, cell: Cell): Promise<void> {
  const button = page.locator(`.palette [data-pictogram="${pictogram}"]`);
  await button.scrollIntoViewIfNeeded();
  const box = await button.boundingBox();
  if (!box) throw new Error(`palette pictogram ${pictogram} not on screen`);
  await touchDrag(page, { x: box.x + box.width / 2, y: box.y + box.height / 2 }, await cellPoint(page, cell));
}

/** Everything the list view lists, in page order. */
export async function listedItems(page: Page): Promise<ListedItem[]> {
  return page.locator('[data-testid="board-list"] li[data-item]').evaluateAll((nodes) =>
    nodes.map((node) => {
      const day = node.closest('[data-day]')?.getAttribute('data-day') ?? null;
      const period = node.closest('[data-period]')?.getAttribute('data-period') ?? null;
      const kind = node.getAttribute('data-kind') ?? '';
      return {
        id: node.getAttribute('data-item') ?? '',
        kind,
        author: node.getAttribute('data-author') ?? '',
        cell: kind !== 'activity' ? null : day === 'tray' ? 'tray' : `${day}:${period}`,
        parent: node.getAttribute('data-parent'),
        text: (node.querySelector('span[dir="auto"]')?.textContent ?? '').trim(),
      };
    }),
  );
}

/** The listed activities of one author, by cell. */
export async function activitiesOf(page: Page, author: string): Promise<ListedItem[]> {
  return (await listedItems(page)).filter((item) => item.kind === 'activity' && item.author === author);
}

/** Waits until every pictogram the canvas asked for has loaded and been drawn (before a screenshot). */
export async function imagesDrawn(page: Page): Promise<void> {
  await waitFor(async () => {
    const images = await page.evaluate(() => window.__frescoCanvas!.images());
    expect(images.ready + images.failed).toBe(images.requested);
  });
  // Cells showing a new image are redrawn in batches, then drawn on the next frame.
  await waitFor(async () => expect(await page.evaluate(() => window.__frescoCanvas!.idle())).toBe(true));
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
}
