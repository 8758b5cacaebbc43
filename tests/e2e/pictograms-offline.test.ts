/**
 * Issue 12, item 2: no pictogram is ever broken, online or off. A resident's tablet joins and the page
 * settles; then the wifi drops. The resident browses the whole palette (every family, to the far end of
 * the strip, most of it never shown before) and places an activity: every picture is there, on the
 * palette and on the canvas, because the workshop's pictograms came as one bundle when it opened. Back
 * online nothing is broken; a reload takes the bundle from the device (IndexedDB), not the network; a
 * bundle that could not be fetched at the join is fetched again when the connection comes back.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { ACTIVITIES } from '../../shared/pictograms';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment, tabletContext, waitFor } from '../helpers/e2e';
import { chooseAvatar, joinByCode, waitForPhase } from '../helpers/e2ePages';
import { frescoReady, imagesDrawn, listedItems, placeByTaps } from './fresco-pages';

const e2e = setUpE2eEnvironment();
const BUNDLE = /\/assets\/pictograms-[0-9a-f]+\.json$/;
let workshop: CreateWorkshopResponse;
let facilitator: Page;

interface BundleStats {
  state: string;
  source: string | null;
  bytes: number;
  loadMs: number | null;
  storedMs: number | null;
}

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, {
    title: 'Atelier sans wifi',
    place: 'Maison de quartier',
  });
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  await facilitator.goto(`${e2e.server.url}/w/${workshop.id}#token=${workshop.tokens.facilitator}`);
  await facilitator.getByTestId('facilitator-screen').waitFor();
  await facilitator.getByRole('button', { name: /Exploration/ }).click();
}, 60_000);

/** A resident's tablet that joined by code and is in the exploration with its fresco drawn. */
async function residentTablet(
  avatar: string,
  beforeJoin: (context: BrowserContext) => Promise<void> = async () => {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await tabletContext(e2e.browser);
  await beforeJoin(context);
  const page = await context.newPage();
  await joinByCode(page, e2e.server.url, workshop.joinCode);
  await chooseAvatar(page, { avatar, color: 'Bleu' });
  await waitForPhase(page, 'explore');
  await frescoReady(page);
  await page.locator('.palette .palette-item').first().waitFor();
  return { context, page };
}

/** Scrolls each palette entry into view, one after the other, and waits for its picture. */
async function browseWholePalette(page: Page): Promise<string[]> {
  const items = page.locator('.palette .palette-item');
  const ids = await items.evaluateAll((nodes) =>
    nodes.map((node) => node.getAttribute('data-pictogram') ?? ''),
  );
  for (const id of ids) {
    const image = page.locator(`.palette .palette-item[data-pictogram="${id}"] img`);
    await image.scrollIntoViewIfNeeded();
    await waitFor(
      async () => {
        const shown = await image.evaluate((node) => {
          const img = node as HTMLImageElement;
          return { complete: img.complete, width: img.naturalWidth };
        });
        expect({ id, ...shown }).toEqual({ id, complete: true, width: expect.any(Number) });
        expect(shown.width, `palette picture of ${id}`).toBeGreaterThan(0);
      },
      { timeoutMs: 8000 },
    );
  }
  return ids;
}

/** Every picture of the palette, loaded or not: none may be broken. */
async function brokenPalettePictures(page: Page): Promise<string[]> {
  return page.locator('.palette .palette-item').evaluateAll((nodes) =>
    nodes
      .filter((node) => {
        const img = node.querySelector('img');
        return !(img?.complete && img.naturalWidth > 0);
      })
      .map((node) => node.getAttribute('data-pictogram') ?? ''),
  );
}

async function canvasImages(page: Page) {
  return page.evaluate(() => window.__frescoCanvas!.images());
}

async function bundleStats(page: Page): Promise<BundleStats> {
  return page.evaluate(() => {
    const probe = (window as unknown as { __frescoPictograms?: { stats(): BundleStats } }).__frescoPictograms;
    if (!probe) throw new Error('no pictogram bundle on this page');
    return probe.stats();
  });
}

describe('pictograms on a tablet that loses the wifi', () => {
  let context: BrowserContext;
  let page: Page;
  const figures: Record<string, unknown> = {};

  test('offline, the whole palette and a newly placed activity show their pictures', async () => {
    ({ context, page } = await residentTablet('Renard'));
    // The page has settled: what it fetches by itself has arrived, the rest of the palette is unseen.
    await page.waitForLoadState('networkidle');
    await context.setOffline(true);

    const ids = await browseWholePalette(page);
    expect(ids.length).toBe(ACTIVITIES.length);
    expect(await brokenPalettePictures(page)).toEqual([]);
    await screenshot(page, 'tablet-offline-palette');

    // The palette's last entry: never on screen before the wifi dropped, nor on the canvas.
    const last = ids[ids.length - 1]!;
    await placeByTaps(page, last, { day: 'thu', period: 'evening' });
    await waitFor(async () => {
      const placed = (await listedItems(page)).filter((item) => item.kind === 'activity');
      expect(placed.map((item) => item.cell)).toEqual(['thu:evening']);
    });
    await imagesDrawn(page);
    const images = await canvasImages(page);
    expect(images.requested).toBeGreaterThan(0);
    // Drawn from the bundle's sprite sheets, not decoded one SVG at a time.
    expect(images).toEqual({
      requested: images.requested,
      ready: images.requested,
      failed: 0,
      fromSprites: images.requested,
    });
  }, 120_000);

  test('back online, nothing is broken and the placed activity reaches the room', async () => {
    await context.setOffline(false);
    await waitFor(
      async () => {
        const listed = (await listedItems(facilitator)).filter((item) => item.kind === 'activity');
        expect(listed.map((item) => item.cell)).toEqual(['thu:evening']);
      },
      { timeoutMs: 20_000 },
    );
    expect(await brokenPalettePictures(page)).toEqual([]);
    expect((await canvasImages(page)).failed).toBe(0);
    const joined = await bundleStats(page);
    expect(joined).toMatchObject({ state: 'ready', source: 'network' });
    figures.join = joined;
  }, 60_000);

  test('a reload takes the bundle from the device, not from the network', async () => {
    const fetched: string[] = [];
    page.on('request', (request) => {
      if (BUNDLE.test(new URL(request.url()).pathname)) fetched.push(request.url());
    });
    await page.reload();
    await frescoReady(page);
    await waitFor(async () =>
      expect(await bundleStats(page)).toMatchObject({ state: 'ready', source: 'device' }),
    );
    figures.reload = await bundleStats(page);
    expect(fetched).toEqual([]);
    await context.setOffline(true);
    expect(await browseWholePalette(page)).toHaveLength(ACTIVITIES.length);
    await context.setOffline(false);
    await context.close();
  }, 60_000);

  test('a bundle that could not be fetched at the join is fetched again when the wifi comes back', async () => {
    // The bundle request is refused (a wifi that dropped at the wrong moment): the tablet has nothing.
    const tablet = await residentTablet('Tortue', async (context) => {
      await context.route(BUNDLE, (route) => route.abort('internetdisconnected'));
    });
    await waitFor(async () => expect((await bundleStats(tablet.page)).state).toBe('failed'));
    await tablet.context.setOffline(true);
    await tablet.context.unroute(BUNDLE);
    await tablet.context.setOffline(false);
    await waitFor(async () => expect((await bundleStats(tablet.page)).state).toBe('ready'), {
      timeoutMs: 15_000,
    });
    await tablet.context.setOffline(true);
    expect(await browseWholePalette(tablet.page)).toHaveLength(ACTIVITIES.length);
    expect(await brokenPalettePictures(tablet.page)).toEqual([]);
    await tablet.context.setOffline(false);
    await tablet.context.close();
    mkdirSync(resolve('test-results'), { recursive: true });
    writeFileSync(resolve('test-results/pictogram-bundle.json'), `${JSON.stringify(figures, null, 2)}\n`);
  }, 120_000);
});
