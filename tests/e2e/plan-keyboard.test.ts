/**
 * The plan's shortcuts and view buttons come from PLAN_ACTIONS: on the focused timeline the arrows pan
 * by 60 px and + / - zoom by 1.2, the toolbar's buttons do the same and "see the whole timeline"
 * brings the first view back, and Ctrl+Z anywhere but in a field undoes this screen's own drag.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction } from '../../shared/ops/plan/actions';
import { readActions } from '../../shared/read/plan';
import { laptopContext, launchBrowser, startTestServer, type TestServer, waitFor } from '../helpers/e2e';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { type SeededWorkshop, seedPlanWorkshop } from './plan-seed';

let server: TestServer;
let browser: Browser;
let workshop: SeededWorkshop;
let plan: SyncClient;
let page: Page;

const camera = () => page.evaluate(() => window.__planCanvas?.camera() ?? null);
const startOf = (id: string) => readActions(plan.doc).find((a) => a.id === id)?.start;

beforeAll(async () => {
  server = await startTestServer();
  workshop = await seedPlanWorkshop(server.url);
  plan = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
  createAction(
    plan.doc,
    { id: 'k1', title: 'Permanence numérique', nature: 'new', start: '2027-03', end: '2027-10' },
    new UserOrigin('stakeholder'),
  );
  browser = await launchBrowser();
  page = await (await laptopContext(browser)).newPage();
  await page.goto(workshop.links.stakeholder);
  await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
  await waitFor(
    async () => expect((await page.evaluate(() => window.__planCanvas?.cardRects()))?.k1).toBeTruthy(),
    {
      timeoutMs: 20_000,
    },
  );
}, 90_000);

afterAll(async () => {
  plan?.destroy();
  await browser?.close();
  await server?.close();
});

describe('the plan’s shortcuts and view buttons', () => {
  test('arrows pan and + / - zoom the focused timeline; the buttons zoom and fit', async () => {
    const first = await camera();
    if (!first) throw new Error('no camera');
    await page.locator('.plan-screen .timeline-canvas').focus();
    // Right shows later months: the view moves left by 60 px (the camera may stop at the plan's end).
    await page.keyboard.press('ArrowRight');
    await waitFor(async () => expect((await camera())?.x).toBeCloseTo(first.x - 60, 0));
    await page.keyboard.press('+');
    await waitFor(async () => expect((await camera())?.zoom).toBeCloseTo(first.zoom * 1.2, 3));
    await page.getByRole('button', { name: 'Dézoomer la frise' }).click();
    await waitFor(async () => expect((await camera())?.zoom).toBeCloseTo(first.zoom, 3));
    await page.getByRole('button', { name: 'Zoomer sur la frise' }).click();
    await waitFor(async () => expect((await camera())?.zoom).toBeCloseTo(first.zoom * 1.2, 3));
    await page.getByRole('button', { name: 'Revoir toute la frise' }).click();
    await waitFor(async () => expect(await camera()).toEqual(first));
  }, 45_000);

  test('Ctrl+Z undoes this screen’s drag, Ctrl+Shift+Z does it again; never while typing', async () => {
    const rect = (await page.evaluate(() => window.__planCanvas?.cardRects().k1)) ?? null;
    if (!rect) throw new Error('no card');
    const zoom = (await camera())?.zoom ?? 1;
    const from = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    await page.mouse.move(from.x, from.y);
    await page.mouse.down();
    await page.mouse.move(from.x + 2 * 26 * zoom, from.y, { steps: 12 });
    await page.mouse.up();
    await waitFor(() => expect(startOf('k1')).toBe('2027-05'));
    // The tap-less drag did not open the fiche; focus a field first: Ctrl+Z there is the field's own.
    const name = page.getByLabel('Votre nom ou structure');
    await name.fill('Amina');
    await name.press('Control+z');
    expect(startOf('k1')).toBe('2027-05');
    await page.locator('.plan-screen .timeline-canvas').focus();
    await page.keyboard.press('Control+z');
    await waitFor(() => expect(startOf('k1')).toBe('2027-03'));
    await page.keyboard.press('Control+Shift+Z');
    await waitFor(() => expect(startOf('k1')).toBe('2027-05'));
  }, 45_000);
});
