/**
 * Issue 12, item 3: drags from the palette do what the resident meant. On a touch tablet and on a
 * 390×844 phone, real finger sequences (raw touch events through the devtools protocol) leave a palette
 * pictogram at shallow angles, the way a hurried or unsure finger does, and end on a cell: every one
 * places. A quick swipe along the strip scrolls it and places nothing; a press held still lifts the
 * pictogram, which then follows the finger whatever the direction; a drop outside the week is told
 * calmly, with the pictogram shown back in the palette; a tap still arms the pictogram.
 */
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment, tabletContext, waitFor } from '../helpers/e2e';
import { chooseAvatar, joinByCode, waitForPhase } from '../helpers/e2ePages';
import { type Cell, cellPoint, frescoReady, listedItems, placeByTaps } from './fresco-pages';

type Point = { x: number; y: number };

/**
 * Angles (degrees above the palette's axis) of the first stretch of each drag: all shallow, from the
 * flattest a finger leaves at to where a drag is plainly upward, 6° apart.
 */
const ANGLES = [4, 10, 16, 22, 28, 34, 40];
const DRAGS = ANGLES.length;
const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const PERIODS = ['morning', 'midday', 'afternoon', 'evening'];

const e2e = setUpE2eEnvironment();
let facilitator: Page;
let workshop: Awaited<ReturnType<typeof createWorkshop>>;

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier des doigts', place: 'Centre' });
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  await facilitator.goto(`${e2e.server.url}/w/${workshop.id}#token=${workshop.tokens.facilitator}`);
  await facilitator.getByTestId('facilitator-screen').waitFor();
  await facilitator.getByRole('button', { name: /Exploration/ }).click();
}, 90_000);

/** A finger on the glass: every event carries a real finger's time, 16 ms apart unless told. */
class Finger {
  private time = Date.now() / 1000;
  private constructor(private readonly cdp: CDPSession) {}

  static async on(page: Page): Promise<Finger> {
    return new Finger(await page.context().newCDPSession(page));
  }

  private send(type: 'touchStart' | 'touchMove' | 'touchEnd', points: Point[], pause: number) {
    // Never behind the wall clock: a wait in the test is time the finger really spent.
    this.time = Math.max(this.time + pause, Date.now() / 1000);
    return this.cdp.send('Input.dispatchTouchEvent', { type, touchPoints: points, timestamp: this.time });
  }

  down(at: Point) {
    return this.send('touchStart', [at], 0);
  }

  /** Moves in a straight line to `to`, in steps of about `stride` px. */
  async slide(from: Point, to: Point, stride = 8) {
    const steps = Math.max(1, Math.round(Math.hypot(to.x - from.x, to.y - from.y) / stride));
    for (let step = 1; step <= steps; step++) {
      const x = from.x + ((to.x - from.x) * step) / steps;
      const y = from.y + ((to.y - from.y) * step) / steps;
      await this.send('touchMove', [{ x, y }], 0.016);
    }
  }

  /** Rests, then lifts: with no speed left there is no fling to swallow the next tap. */
  async up(at: Point) {
    for (let still = 0; still < 3; still++) await this.send('touchMove', [at], 0.1);
    await this.send('touchEnd', [], 0.05);
    await this.cdp.detach();
  }
}

async function activityCount(page: Page): Promise<number> {
  return (await listedItems(page)).filter((item) => item.kind === 'activity').length;
}

/** What a drop led to: a new activity, a cue (and which), or nothing at all after a generous wait. */
async function outcome(page: Page, before: number): Promise<string> {
  const deadline = Date.now() + 8_000;
  while (Date.now() < deadline) {
    if ((await activityCount(page)) > before) return 'placed';
    const cue = page.getByTestId('fresco-cue');
    if ((await cue.count()) > 0) return `cue:${await cue.getAttribute('data-refusal')}`;
    await page.waitForTimeout(100);
  }
  return 'nothing';
}

async function clearCue(page: Page): Promise<void> {
  await page.getByTestId('fresco-cue').waitFor({ state: 'detached', timeout: 10_000 });
}

/** Palette pictograms wholly on screen, with their centres. */
async function visiblePaletteItems(page: Page): Promise<{ id: string; at: Point }[]> {
  return page.locator('.palette .palette-item').evaluateAll((buttons) => {
    const width = window.innerWidth;
    return buttons.flatMap((button) => {
      const box = button.getBoundingClientRect();
      if (box.left < 0 || box.right > width || box.width === 0) return [];
      const at = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      return [{ id: button.getAttribute('data-pictogram') ?? '', at }];
    });
  });
}

/** Cells whose centres are on the canvas, clear of its edges. */
async function reachableCells(page: Page): Promise<{ cell: Cell; at: Point }[]> {
  const canvas = (await page.getByTestId('fresco-canvas').boundingBox())!;
  const cells: { cell: Cell; at: Point }[] = [];
  for (const period of PERIODS) {
    for (const day of DAYS) {
      const at = await cellPoint(page, { day, period });
      const inside =
        at.x > canvas.x + 12 &&
        at.x < canvas.x + canvas.width - 12 &&
        at.y > canvas.y + 12 &&
        at.y < canvas.y + canvas.height - 12;
      if (inside) cells.push({ cell: { day, period }, at });
    }
  }
  return cells;
}

async function stripScroll(page: Page): Promise<number> {
  return page.locator('.palette-strip').evaluate((strip) => strip.scrollLeft);
}

const devices: { name: string; open(): Promise<BrowserContext> }[] = [
  { name: 'tablet', open: () => tabletContext(e2e.browser) },
  {
    name: 'phone',
    open: () =>
      e2e.browser.newContext({
        viewport: { width: 390, height: 844 },
        isMobile: true,
        hasTouch: true,
        deviceScaleFactor: 3,
        locale: 'fr-FR',
        reducedMotion: 'reduce',
      }),
  },
];

describe.each(devices)('palette drags on a $name', (device) => {
  let page: Page;

  beforeAll(async () => {
    page = await (await device.open()).newPage();
    await joinByCode(page, e2e.server.url, workshop.joinCode);
    await chooseAvatar(page, { avatar: device.name === 'tablet' ? 'Renard' : 'Tortue', color: 'Bleu' });
    await waitForPhase(page, 'explore');
    await frescoReady(page);
  }, 90_000);

  test(`${DRAGS} drags leaving the palette at shallow angles all place`, async () => {
    const items = await visiblePaletteItems(page);
    const cells = await reachableCells(page);
    expect(items.length).toBeGreaterThanOrEqual(3);
    expect(cells.length).toBeGreaterThanOrEqual(DRAGS);
    const width = page.viewportSize()!.width;
    const outcomes: string[] = [];
    for (let drag = 0; drag < DRAGS; drag++) {
      const item = items[drag % items.length]!;
      // Spread the cells over the week, so some drags travel far sideways.
      const target = cells[(drag * 5) % cells.length]!;
      const angle = (ANGLES[drag]! * Math.PI) / 180;
      // The first stretch heads sideways toward the cell (or toward the middle when the cell is above).
      const toward = Math.abs(target.at.x - item.at.x) > 30 ? target.at.x - item.at.x : width / 2 - item.at.x;
      const side = Math.sign(toward) || 1;
      const bend = {
        x: item.at.x + side * 56 * Math.cos(angle),
        y: item.at.y - 56 * Math.sin(angle),
      };
      const before = await activityCount(page);
      const finger = await Finger.on(page);
      await finger.down(item.at);
      await finger.slide(item.at, bend, 6);
      await finger.slide(bend, target.at);
      await finger.up(target.at);
      const result = await outcome(page, before);
      outcomes.push(`${ANGLES[drag]}°:${result}`);
      if (result.startsWith('cue:')) await clearCue(page);
    }
    const placed = outcomes.filter((entry) => entry.endsWith(':placed')).length;
    console.info(`[palette-drag ${device.name}] placed ${placed}/${DRAGS}`, outcomes.join(' '));
    expect(outcomes).toEqual(ANGLES.map((angle) => `${angle}°:placed`));
  }, 240_000);

  test('a quick swipe along the palette scrolls it and places nothing', async () => {
    await page.locator('.palette-strip').evaluate((strip) => strip.scrollTo({ left: 0 }));
    await waitFor(async () => expect(await stripScroll(page)).toBe(0));
    const before = await activityCount(page);
    const item = (await visiblePaletteItems(page)).at(-1)!;
    const end = { x: item.at.x - 220, y: item.at.y + 6 };
    const finger = await Finger.on(page);
    await finger.down(item.at);
    await finger.slide(item.at, end, 14);
    await finger.up(end);
    await waitFor(async () => expect(await stripScroll(page)).toBeGreaterThan(150));
    expect(await activityCount(page)).toBe(before);
    expect(await page.getByTestId('fresco-cue').count()).toBe(0);
    expect(await page.locator('.palette-ghost').count()).toBe(0);
  }, 60_000);

  test('a press held still lifts the pictogram, which then follows the finger along the palette', async () => {
    const before = await activityCount(page);
    const item = (await visiblePaletteItems(page))[1]!;
    const button = page.locator(`.palette [data-pictogram="${item.id}"]`);
    const scrolled = await stripScroll(page);
    const finger = await Finger.on(page);
    await finger.down(item.at);
    await waitFor(async () => expect(await button.getAttribute('data-lift')).toBe('lifted'));
    await screenshot(page, `palette-drag-${device.name}-lifted`);
    // Straight along the strip: held first, this is a drag, not a scroll.
    const along = { x: item.at.x + 90, y: item.at.y };
    await finger.slide(item.at, along);
    expect(await page.locator('.palette-ghost').count()).toBe(1);
    expect(await stripScroll(page)).toBe(scrolled);
    const target = (await reachableCells(page))[3]!;
    await finger.slide(along, target.at);
    await finger.up(target.at);
    expect(await outcome(page, before)).toBe('placed');
  }, 60_000);

  test('a drop outside the week is told calmly, and the pictogram shows back in the palette', async () => {
    const before = await activityCount(page);
    const item = (await visiblePaletteItems(page))[0]!;
    const canvas = (await page.getByTestId('fresco-canvas').boundingBox())!;
    const finger = await Finger.on(page);
    // Up over the fresco, then back down onto the palette, and let go there.
    const over = { x: canvas.x + canvas.width / 2, y: canvas.y + canvas.height / 2 };
    const back = { x: item.at.x + 20, y: item.at.y };
    await finger.down(item.at);
    await finger.slide(item.at, over);
    await finger.slide(over, back);
    await finger.up(back);
    expect(await outcome(page, before)).toBe('cue:notOnCell');
    await page.locator(`.palette [data-pictogram="${item.id}"][data-returned="true"]`).waitFor();
    await screenshot(page, `palette-drag-${device.name}-missed`);
    const cue = page.getByTestId('fresco-cue');
    expect(await cue.textContent()).toContain('case');
    expect(await cue.locator('svg').count()).toBeGreaterThan(0);
    expect(await page.locator('.palette-ghost').count()).toBe(0);
    await clearCue(page);

    // Dropped above the fresco, off the canvas.
    const before2 = await activityCount(page);
    const above = { x: canvas.x + canvas.width / 2, y: Math.max(4, canvas.y - 8) };
    const second = await Finger.on(page);
    await second.down(item.at);
    await second.slide(item.at, above);
    await second.up(above);
    expect(await outcome(page, before2)).toBe('cue:notOnCell');
    await clearCue(page);
  }, 60_000);

  test('a tap still arms the pictogram, and a tap on a cell places it', async () => {
    const before = await activityCount(page);
    const item = (await visiblePaletteItems(page))[0]!;
    const target = (await reachableCells(page))[1]!;
    await placeByTaps(page, item.id, target.cell);
    await waitFor(async () => expect(await activityCount(page)).toBe(before + 1));
  }, 60_000);
});
