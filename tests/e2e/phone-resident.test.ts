/**
 * Issue 12, items 1, 3 and 12: a resident on a 390×844 phone (touch, 3× pixels) through welcome,
 * exploration, pull the thread and proposals, then once in landscape. At every step: no sideways
 * scroll, no word broken across two lines, every visible control at least 44×44 px, the phase banner
 * at most a quarter of the screen; the list view opens and closes by its toggle, Escape and a tap
 * outside; in the thread phase every placed activity is a target of at least 44 px.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { createWorkshop } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { chooseAvatar, joinByCode, waitForPhase } from '../helpers/e2ePages';
import {
  activitiesOf,
  frescoReady,
  imagesDrawn,
  listedItems,
  placeByDrag,
  placeByTaps,
} from './fresco-pages';

const PHONE = { width: 390, height: 844 };
const e2e = setUpE2eEnvironment();
let facilitator: Page;
let phoneContext: BrowserContext;
let phone: Page;
let seat = '';

beforeAll(async () => {
  const workshop = await createWorkshop(e2e.server.url, { title: 'Atelier au téléphone', place: 'Centre' });
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  await facilitator.goto(`${e2e.server.url}/w/${workshop.id}#token=${workshop.tokens.facilitator}`);
  await facilitator.getByTestId('facilitator-screen').waitFor();
  phoneContext = await e2e.browser.newContext({
    viewport: PHONE,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 3,
    locale: 'fr-FR',
    reducedMotion: 'reduce',
  });
  phone = await phoneContext.newPage();
  await joinByCode(phone, e2e.server.url, workshop.joinCode);
  await chooseAvatar(phone, { avatar: 'Renard', color: 'Bleu', name: 'Samia' });
}, 90_000);

interface Layout {
  scrollWidth: number;
  viewportWidth: number;
  /** Words whose boxes sit on more than one line. */
  brokenWords: string[];
  /** Visible controls under 44×44 px. */
  smallControls: string[];
  bannerHeight: number;
}

/** Measures the page as the resident sees it: only what is inside the viewport counts. */
function measure(page: Page): Promise<Layout> {
  return page.evaluate(() => {
    const width = window.innerWidth;
    const height = window.innerHeight;
    const onScreen = (rect: DOMRect) =>
      rect.width > 0 &&
      rect.height > 0 &&
      rect.right > 0 &&
      rect.bottom > 0 &&
      rect.left < width &&
      rect.top < height;
    const shown = (element: Element) => {
      const style = getComputedStyle(element);
      return (
        style.visibility !== 'hidden' && element.closest('.visually-hidden, [aria-hidden="true"]') === null
      );
    };
    const brokenWords: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent ?? '';
      const parent = node.parentElement;
      if (!parent || !shown(parent) || !text.trim()) continue;
      const pattern = /\S{2,}/g;
      for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
        const range = document.createRange();
        range.setStart(node, match.index);
        range.setEnd(node, match.index + match[0].length);
        const rects = [...range.getClientRects()].filter((rect) => rect.width > 0 && onScreen(rect));
        if (rects.length < 2) continue;
        const tops = rects.map((rect) => rect.top);
        // Two boxes of one word on different lines: the word is broken.
        if (Math.max(...tops) - Math.min(...tops) > rects[0]!.height / 2) brokenWords.push(match[0]);
      }
    }
    const smallControls: string[] = [];
    for (const element of document.querySelectorAll(
      'button, a[href], [role="button"], input, textarea, select',
    )) {
      const rect = element.getBoundingClientRect();
      if (!onScreen(rect) || !shown(element)) continue;
      if (rect.width < 43.5 || rect.height < 43.5) {
        const name = element.getAttribute('aria-label') ?? element.textContent?.trim().slice(0, 30) ?? '';
        smallControls.push(
          `${element.tagName.toLowerCase()} "${name}" ${Math.round(rect.width)}×${Math.round(rect.height)}`,
        );
      }
    }
    const banner = document.querySelector('.phase-banner')?.getBoundingClientRect();
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewportWidth: width,
      brokenWords,
      smallControls,
      bannerHeight: banner?.height ?? 0,
    };
  });
}

async function expectPhoneFriendly(page: Page, step: string): Promise<void> {
  const layout = await measure(page);
  const height = page.viewportSize()!.height;
  console.info(`[phone ${step}]`, JSON.stringify(layout));
  expect(layout.scrollWidth, `${step}: sideways scroll`).toBeLessThanOrEqual(layout.viewportWidth);
  expect(layout.brokenWords, `${step}: words broken across lines`).toEqual([]);
  expect(layout.smallControls, `${step}: controls under 44 px`).toEqual([]);
  expect(layout.bannerHeight, `${step}: phase banner`).toBeGreaterThan(0);
  expect(layout.bannerHeight, `${step}: phase banner`).toBeLessThanOrEqual(height / 4);
}

/** The list view opens and closes by its toggle, by Escape and by a tap outside it. */
async function listViewCloses(page: Page): Promise<void> {
  const toggle = page.locator('[data-action="list"]');
  const list = page.getByTestId('board-list');
  const isOpen = async () => (await list.getAttribute('class'))?.includes('board-list-open') ?? false;
  const openIt = async () => {
    await toggle.tap();
    await waitFor(async () => expect(await isOpen()).toBe(true));
    // The toggle stays reachable over the open list.
    const box = (await toggle.boundingBox())!;
    const onTop = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('[data-action="list"]') !== null,
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(onTop).toBe(true);
  };
  const closed = () =>
    waitFor(async () =>
      expect(await list.boundingBox().then((box) => (box?.x ?? 0) < -1000 || box === null)).toBe(true),
    );
  await openIt();
  await toggle.tap();
  await waitFor(async () => expect(await isOpen()).toBe(false));
  await closed();
  await openIt();
  await page.keyboard.press('Escape');
  await waitFor(async () => expect(await isOpen()).toBe(false));
  await closed();
  await openIt();
  const listBox = (await list.boundingBox())!;
  const viewport = page.viewportSize()!;
  // A tap on the fresco beside the list.
  await page.touchscreen.tap(
    Math.min(viewport.width - 10, listBox.x + listBox.width + 10),
    Math.min(viewport.height - 10, listBox.y + listBox.height + 10),
  );
  await waitFor(async () => expect(await isOpen()).toBe(false));
  await closed();
}

/**
 * A pressed button must not move: the browser sends the tap's click to whatever is under the finger when
 * the gesture ends, and on a loaded phone that is after the press styles applied (a button centred with
 * `transform` lost its centring under `.btn:active`'s scale, and the click went to the canvas).
 */
async function staysPutWhilePressed(page: Page, testId: string): Promise<void> {
  const button = page.getByTestId(testId);
  const before = (await button.boundingBox())!;
  // The press style, forced through DevTools: a held touch only turns :active after the browser's own delay.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  await cdp.send('CSS.enable');
  const { root } = await cdp.send('DOM.getDocument');
  const { nodeId } = await cdp.send('DOM.querySelector', {
    nodeId: root.nodeId,
    selector: `[data-testid="${testId}"]`,
  });
  await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: ['active'] });
  await waitFor(async () =>
    expect(await button.evaluate((element) => element.matches(':active'))).toBe(true),
  );
  const pressed = (await button.boundingBox())!;
  await cdp.send('CSS.forcePseudoState', { nodeId, forcedPseudoClasses: [] });
  await cdp.detach();
  const centre = (box: typeof before) => [box.x + box.width / 2, box.y + box.height / 2];
  const [x0, y0] = centre(before);
  const [x1, y1] = centre(pressed);
  expect(Math.abs(x1! - x0!), `${testId} moved sideways when pressed`).toBeLessThan(4);
  expect(Math.abs(y1! - y0!), `${testId} moved down when pressed`).toBeLessThan(4);
}

async function toPhase(name: RegExp, phase: string): Promise<void> {
  await facilitator.getByRole('button', { name }).click();
  await waitForPhase(phone, phase);
}

describe('a resident on a phone', () => {
  test('welcome: the banner, the timer and the seat fit the phone', async () => {
    await phone.getByTestId('tablet-screen').waitFor();
    await screenshot(phone, 'phone-welcome');
    await expectPhoneFriendly(phone, 'welcome');
  }, 90_000);

  test('exploration: places activities by touch; the list view opens and closes', async () => {
    await toPhase(/Exploration/, 'explore');
    await frescoReady(phone);
    await placeByTaps(phone, 'shopping', { day: 'mon', period: 'morning' });
    await placeByDrag(phone, 'go-to-work', { day: 'tue', period: 'afternoon' });
    await waitFor(async () => {
      const mine = (await listedItems(phone)).filter((item) => item.kind === 'activity');
      expect(mine.map((item) => [item.text, item.cell]).sort()).toEqual([
        ['Aller au travail', 'tue:afternoon'],
        ['Faire les courses', 'mon:morning'],
      ]);
      seat = mine[0]!.author;
    });
    await imagesDrawn(phone);
    await screenshot(phone, 'phone-explore');
    await expectPhoneFriendly(phone, 'explore');
    await listViewCloses(phone);
  }, 90_000);

  test('thread: every activity is a big target; opens a thread, adds a difficulty, closes it', async () => {
    await toPhase(/Tirer le fil/, 'thread');
    await frescoReady(phone);
    await imagesDrawn(phone);
    await expectPhoneFriendly(phone, 'thread fresco');
    const activities = await activitiesOf(phone, seat);
    expect(activities.length).toBe(2);
    // Every placed activity is a big button beside the fresco, a picture to tap, no reading needed.
    const buttons = phone.locator('[data-testid="thread-activities"] [data-activity]');
    await waitFor(async () => expect(await buttons.count()).toBe(2));
    for (const button of await buttons.all()) {
      const box = (await button.boundingBox())!;
      expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
      expect(await button.locator('img').count()).toBe(1);
    }
    const shop = activities.find((item) => item.text === 'Faire les courses')!;
    await phone.locator(`[data-testid="thread-activities"] [data-activity="${shop.id}"]`).tap();
    const thread = phone.getByTestId('thread-panel');
    await thread.waitFor();
    expect(await thread.getAttribute('data-activity')).toBe(shop.id);
    const picker = thread.locator('[data-testid="difficulty-picker"] [data-pictogram="forgot-password"]');
    await picker.scrollIntoViewIfNeeded();
    // The panel's header does not cover the picker it scrolled to.
    const box = (await picker.boundingBox())!;
    const hit = await phone.evaluate(
      ({ x, y }) =>
        document.elementFromPoint(x, y)?.closest('[data-pictogram]')?.getAttribute('data-pictogram'),
      { x: box.x + box.width / 2, y: box.y + box.height / 2 },
    );
    expect(hit).toBe('forgot-password');
    await picker.tap();
    await thread.locator('.thread-row').first().waitFor();
    await phone.evaluate(() => document.querySelector('[data-testid="thread-panel"]')?.scrollTo(0, 0));
    await screenshot(phone, 'phone-thread');
    await expectPhoneFriendly(phone, 'thread open');
    await waitFor(async () =>
      expect(
        (await listedItems(phone)).filter((item) => item.kind === 'difficulty' && item.parent === shop.id)
          .length,
      ).toBe(1),
    );
    await thread.getByTestId('thread-back').tap();
    await thread.waitFor({ state: 'detached' });
    await listViewCloses(phone);
  }, 90_000);

  test('landscape: the thread fits a phone on its side too', async () => {
    await phone.setViewportSize({ width: PHONE.height, height: PHONE.width });
    await frescoReady(phone);
    await imagesDrawn(phone);
    await expectPhoneFriendly(phone, 'landscape fresco');
    // On its side the whole screen is the fresco: nothing pushed below the fold.
    const tall = await phone.evaluate(() => [document.documentElement.scrollHeight, window.innerHeight]);
    expect(tall[0]).toBeLessThanOrEqual(tall[1]!);
    const shop = (await activitiesOf(phone, seat)).find((item) => item.text === 'Faire les courses')!;
    await phone.locator(`[data-testid="thread-activities"] [data-activity="${shop.id}"]`).tap();
    await phone.getByTestId('thread-panel').waitFor();
    await screenshot(phone, 'phone-landscape-thread');
    await expectPhoneFriendly(phone, 'landscape thread');
    await phone.getByTestId('thread-back').tap();
    await phone.getByTestId('thread-panel').waitFor({ state: 'detached' });
    await phone.setViewportSize(PHONE);
  }, 90_000);

  test('proposals: writes a proposal, reads it on its card, votes', async () => {
    await toPhase(/Propositions/, 'propose');
    await frescoReady(phone);
    await phone.getByTestId('proposal-new').tap();
    const form = phone.getByTestId('proposal-form');
    await form.locator('textarea').fill('Un atelier pour les mots de passe à la médiathèque');
    await form.locator('[data-difficulty]', { hasText: 'Mot de passe oublié' }).first().tap();
    await expectPhoneFriendly(phone, 'propose form');
    await form.getByRole('button', { name: 'Ajouter ma proposition' }).tap();
    const card = phone.locator('[data-testid="proposal-card"]', { hasText: 'mots de passe' });
    await card.waitFor();
    // A card is as wide as the phone allows, not a column of single letters.
    expect((await card.boundingBox())!.width).toBeGreaterThan(PHONE.width * 0.8);
    await card.getByTestId('vote-plus').tap();
    await waitFor(async () => expect(await card.getAttribute('data-votes')).toBe('1'));
    await phone.evaluate(() => window.scrollTo(0, 0));
    await screenshot(phone, 'phone-propose');
    await expectPhoneFriendly(phone, 'propose');
    // Folded away to look at the fresco, and back again.
    await phone.getByTestId('proposals-back').tap();
    await phone.getByTestId('proposals-panel').waitFor({ state: 'hidden' });
    await expectPhoneFriendly(phone, 'propose fresco');
    await staysPutWhilePressed(phone, 'proposals-open');
    await phone.getByTestId('proposals-open').tap();
    await card.waitFor();
  }, 90_000);
});
