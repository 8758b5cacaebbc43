/**
 * Issue 12, items 4 and 6: the projector read from the back of the room. A board bigger than the screen
 * (14 pulled threads, 11 lanes of actions) is shown whole, each entry in turn at least, in letters a
 * room can read; the Bilan shows the result; the facilitator's projector mode can always be left; and
 * the projector's accessible list names every activity and difficulty.
 */
import type { Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { setFollow } from '../../shared/ops/control/follow';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { Phase } from '../../shared/schema/control';
import { laptopContext, projectorContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { waitForPhase } from '../helpers/e2ePages';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { type ProjectorSeed, seedBigWorkshop } from './projector-seed';

/** The smallest words read from the back of a room on a 1920×1080 projector. */
const MIN_FONT_PX = 24;

const e2e = setUpE2eEnvironment();
let seed: ProjectorSeed;
let control: SyncClient;
let projector: Page;
const origin = new UserOrigin('facilitator');

const link = (token: string) => `${e2e.server.url}/w/${seed.id}#token=${token}`;

beforeAll(async () => {
  seed = await seedBigWorkshop(e2e.server.url);
  control = await connectSynced(e2e.server.url, seed.id, 'control', seed.tokens.facilitator);
  projector = await (await projectorContext(e2e.browser)).newPage();
  setPhase(control.doc, 'thread', origin);
  await projector.goto(link(seed.tokens.viewer));
  await waitForPhase(projector, 'thread');
}, 120_000);

async function goToPhase(phase: Phase) {
  setPhase(control.doc, phase, origin);
  await waitForPhase(projector, phase);
}

async function fontSize(locator: Locator): Promise<number> {
  return locator.evaluate((node) => Number.parseFloat(getComputedStyle(node).fontSize));
}

/** Whether the element is wholly inside the window (nothing of it cut off by the screen's edge). */
async function wholeInWindow(page: Page, locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = page.viewportSize();
  if (!box || !size) return false;
  return box.x >= 0 && box.y >= 0 && box.x + box.width <= size.width && box.y + box.height <= size.height;
}

describe('the projector at the back of the room', { timeout: 120_000 }, () => {
  test('"Les fils tirés" shows every one of 14 threads, page by page, in big letters', async () => {
    const list = projector.getByTestId('thread-counts');
    await list.waitFor();
    const seen = new Map<string, number>();
    let sawIndicator = '';
    await waitFor(
      async () => {
        const frame = await list.locator('.thread-counts-window').boundingBox();
        if (!frame) throw new Error('no thread list on screen');
        for (const row of await list.locator('li[data-item]').all()) {
          const box = await row.boundingBox();
          if (!box) continue;
          const inside =
            box.x >= frame.x - 1 &&
            box.x + box.width <= frame.x + frame.width + 1 &&
            box.y >= frame.y - 1 &&
            box.y + box.height <= frame.y + frame.height + 1;
          const outside = box.x >= frame.x + frame.width || box.x + box.width <= frame.x;
          // A row is on the page shown, whole, or on another page, wholly off it: never half cut.
          expect(inside || outside).toBe(true);
          if (!inside) continue;
          expect(await wholeInWindow(projector, row)).toBe(true);
          expect(await fontSize(row.locator('.thread-counts-name'))).toBeGreaterThanOrEqual(MIN_FONT_PX);
          seen.set((await row.getAttribute('data-item')) ?? '', Number(await row.getAttribute('data-count')));
        }
        const indicator = list.getByTestId('thread-counts-page');
        if ((await indicator.count()) > 0) sawIndicator = (await indicator.textContent()) ?? '';
        expect(seen.size).toBe(14);
      },
      { timeoutMs: 60_000, intervalMs: 500 },
    );
    // More than one page, and the room is told which one it sees.
    expect(sawIndicator).toMatch(/^page [1-9]\/[2-9]$/);
    for (const activity of seed.activities) expect(seen.get(activity.id)).toBe(activity.threads);
    await screenshot(projector, 'projector-thread-list');
  });

  test('the accessible list names every activity and every difficulty', async () => {
    const text = (await projector.getByTestId('board-list').textContent()) ?? '';
    for (const activity of seed.activities) expect(text).toContain(activity.code);
    for (const difficulty of seed.difficulties) expect(text).toContain(difficulty);
    expect(seed.difficulties).toHaveLength(27);
  });

  test('the plan shows all 11 lanes, even when the facilitator follows zoomed in on a few', async () => {
    await goToPhase('plan');
    await projector.getByTestId('plan-projector').waitFor();
    // A laptop zoomed in on the first lanes, as a facilitator pointing at one action would be.
    setFollow(control.doc, { canvas: 'plan', x: 600, y: 150, zoom: 2 }, origin);
    const canvas = projector.locator('.plan-projector .timeline-canvas');
    await waitFor(
      async () => {
        const frame = await canvas.boundingBox();
        const lanes = await projector.evaluate(() => window.__planCanvas?.laneRects() ?? {});
        expect(Object.keys(lanes)).toHaveLength(11);
        expect(frame).not.toBeNull();
        if (!frame) return;
        for (const lane of Object.values(lanes)) {
          expect(lane.y).toBeGreaterThanOrEqual(frame.y - 1);
          expect(lane.y + lane.height).toBeLessThanOrEqual(frame.y + frame.height + 1);
        }
      },
      { timeoutMs: 20_000, intervalMs: 200 },
    );
    const actionList = (await projector.locator('.plan-projector').textContent()) ?? '';
    for (const action of seed.actions) expect(actionList).toContain(action.title);
    await screenshot(projector, 'projector-plan-lanes');
    setFollow(control.doc, null, origin);
  });

  test('the Bilan shows the counts, the most voted proposals and the actions, large', async () => {
    await goToPhase('export');
    const bilan = projector.getByTestId('bilan-projector');
    await bilan.waitFor();
    const expected: Record<string, number> = {
      residents: 3,
      activities: 14,
      difficulties: 27,
      proposals: 4,
      votes: 6,
      actions: 13,
    };
    for (const [key, value] of Object.entries(expected)) {
      const figure = bilan.locator(`[data-count="${key}"]`);
      expect(await figure.locator('.bilan-number').textContent()).toBe(String(value));
      expect(await fontSize(figure.locator('.bilan-word'))).toBeGreaterThanOrEqual(MIN_FONT_PX);
      expect(await wholeInWindow(projector, figure)).toBe(true);
    }
    const top = bilan.getByTestId('bilan-top').locator('li');
    expect(await top.allTextContents()).toEqual([
      expect.stringContaining('Atelier mots de passe'),
      expect.stringContaining('Permanence CAF le mardi'),
      expect.stringContaining('Scanner en libre accès'),
    ]);
    expect(await top.first().textContent()).toContain('3 votes');
    const actions = bilan.getByTestId('bilan-actions').locator('li');
    expect(await actions.count()).toBe(13);
    for (const row of await actions.all()) {
      expect(await wholeInWindow(projector, row)).toBe(true);
      expect(await fontSize(row.locator('.bilan-item-words'))).toBeGreaterThanOrEqual(MIN_FONT_PX);
    }
    const texts = await actions.allTextContents();
    for (const action of seed.actions) {
      const nature = { continue: 'À poursuivre', reinforce: 'À renforcer', new: 'Nouvelle' }[action.nature];
      expect(texts).toContainEqual(expect.stringMatching(new RegExp(`${action.title}.*${nature}`)));
    }
    await screenshot(projector, 'projector-bilan');
  });

  test('on a 1366×768 laptop, "Quitter le mode projecteur" is on screen and Escape leaves the mode', async () => {
    await goToPhase('thread');
    const laptop = await (await laptopContext(e2e.browser)).newPage();
    await laptop.goto(link(seed.tokens.facilitator));
    await laptop.getByTestId('projector-mode').click();
    await laptop.getByTestId('projector').waitFor();
    await laptop.getByTestId('thread-counts').waitFor();
    const exit = laptop.getByRole('button', { name: 'Quitter le mode projecteur' });
    expect(await wholeInWindow(laptop, exit)).toBe(true);
    expect(await laptop.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(768);
    await screenshot(laptop, 'projector-mode-laptop');
    await laptop.keyboard.press('Escape');
    await laptop.getByTestId('facilitator-screen').waitFor();
    expect(await laptop.getByTestId('projector').count()).toBe(0);
    await exit.page().context().close();
  });
});
