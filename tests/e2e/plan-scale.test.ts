/**
 * The fresco with 300 actions (a big plan is 20–40; this is ten times that): everything is listed,
 * what is off screen is culled, and panning or dragging a card moves Konva nodes without re-rendering
 * React. Draw times are printed for the record; the bound asserted is loose on purpose (this machine is
 * shared), the benchmarks measure them properly.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction, updateAction } from '../../shared/ops/plan/actions';
import { readActions } from '../../shared/read/plan';
import { NATURES } from '../../shared/schema/plan';
import { laptopContext, launchBrowser, startTestServer, type TestServer, waitFor } from '../helpers/e2e';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { type SeededWorkshop, seedPlanWorkshop } from './plan-seed';

const COUNT = 300;
const LEADS = [
  'CCAS',
  'CAF',
  'Mairie',
  'Mission locale',
  'France Travail',
  'Médiathèque',
  'Centre social',
  'Emmaüs Connect',
];

let server: TestServer;
let browser: Browser;
let workshop: SeededWorkshop;
let plan: SyncClient;
let page: Page;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await seedPlanWorkshop(server.url);
  plan = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
  const origin = new UserOrigin('stakeholder');
  plan.doc.transact(() => {
    for (let i = 0; i < COUNT; i++) {
      const start = 2027 * 12 + ((i * 7) % 40);
      const ym = (m: number) => `${Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}`;
      const id = createAction(
        plan.doc,
        {
          id: `a${String(i).padStart(3, '0')}`,
          title: `Action ${i + 1}`,
          nature: NATURES[i % 3] ?? 'new',
          start: ym(start),
          end: ym(start + 2 + (i % 9)),
        },
        origin,
      );
      if (id) updateAction(plan.doc, { id, owner: LEADS[i % LEADS.length] ?? '' }, origin);
    }
  }, origin);
  const check = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.viewer);
  await waitFor(() => expect(readActions(check.doc)).toHaveLength(COUNT), { timeoutMs: 20_000 });
  check.destroy();
  browser = await launchBrowser();
  page = await (await laptopContext(browser)).newPage();
  await page.goto(workshop.links.stakeholder);
  await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(async () => {
  plan?.destroy();
  await browser?.close();
  await server?.close();
});

describe('a plan of 300 actions', () => {
  test('every action is listed and the canvas culls what is off screen', async () => {
    await waitFor(async () => expect(await page.locator('.action-row').count()).toBe(COUNT), {
      timeoutMs: 20_000,
    });
    const rects = await page.evaluate(() => window.__planCanvas?.cardRects() ?? {});
    const drawn = Object.values(rects).filter((r) => r.visible).length;
    expect(Object.keys(rects)).toHaveLength(COUNT);
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(COUNT);
  });

  test('panning and dragging move Konva nodes only, never React', async () => {
    const box = await page.getByTestId('plan-screen').locator('.timeline-canvas').boundingBox();
    if (!box) throw new Error('no canvas');
    await page.evaluate(() => window.__planCanvas?.resetFrameStats());
    const rendersBefore = await page.evaluate(() => window.__planCanvas?.renders());

    // Pan: grab the lane names column (never a card) and move up and left.
    const from = { x: box.x + 60, y: box.y + box.height - 40 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x - 300, from.y - 250, { steps: 30 });
    await page.mouse.up();
    const afterPan = await page.evaluate(() => window.__planCanvas?.camera());
    expect(afterPan?.y).toBeLessThan(0);

    // Drag a visible card one quarter to the right.
    const rects = await page.evaluate(() => window.__planCanvas?.cardRects() ?? {});
    const [id, card] = Object.entries(rects).find(
      ([, r]) =>
        r.visible &&
        r.width > 80 &&
        r.x > box.x + 220 &&
        r.x + r.width < box.x + box.width - 120 &&
        r.y > box.y + 70 &&
        r.y + r.height < box.y + box.height,
    ) ?? [null, null];
    if (!id || !card) throw new Error('no card fully on screen');
    const before = readActions(plan.doc).find((a) => a.id === id);
    const zoom = (await page.evaluate(() => window.__planCanvas?.camera()))?.zoom ?? 1;
    await page.mouse.move(card.x + card.width / 2, card.y + card.height / 2);
    await page.mouse.down();
    await page.mouse.move(card.x + card.width / 2 + 3 * 26 * zoom, card.y + card.height / 2, { steps: 30 });
    expect(await page.evaluate(() => window.__planCanvas?.renders())).toBe(rendersBefore);
    await page.mouse.up();
    await waitFor(() => {
      const after = readActions(plan.doc).find((a) => a.id === id);
      expect(after?.start).not.toBe(before?.start);
    });

    const stats = await page.evaluate(() => window.__planCanvas?.frameStats());
    if (!stats) throw new Error('no frame stats');
    console.info(
      `[plan-scale] ${COUNT} actions: ${stats.draws} layer draws, p50 ${stats.p50.toFixed(1)} ms, p95 ${stats.p95.toFixed(1)} ms, max ${stats.max.toFixed(1)} ms`,
    );
    expect(stats.draws).toBeGreaterThan(10);
    expect(stats.p95).toBeLessThan(100);
  }, 45_000);
});
