/**
 * Issue 12, item 10: the save badge tells the truth. Two facilitator tabs of one browser (they share the
 * IndexedDB copy) and a stock sync client writing on the board: after each step, once the server holds
 * everything, both badges say "Enregistré sur le serveur". Before the fix, what the server relayed from
 * another writer counted as unsent until this tab's own next write on that document, so a tab that had
 * received a board write and then wrote the control document stuck on "Envoi en cours…".
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { placeActivity } from '../../shared/ops/board/items';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { statusOf, waitForPhase } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let workshop: CreateWorkshopResponse;
let first: Page;
let second: Page;

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier du mardi', place: 'Médiathèque' });
  const link = `${e2e.server.url}/w/${workshop.id}#token=${workshop.tokens.facilitator}`;
  // One context: the two tabs share storage, as two tabs of the facilitator's laptop do.
  const laptop = await laptopContext(e2e.browser);
  first = await laptop.newPage();
  second = await laptop.newPage();
  await first.goto(link);
  await second.goto(link);
  for (const page of [first, second]) await page.getByTestId('door-toggle').waitFor();
}, 120_000);

/** Both badges say "saved on the server" within about ten seconds. */
async function bothSaved(step: string): Promise<void> {
  for (const page of [first, second]) {
    await waitFor(
      async () =>
        expect(await statusOf(page), `${step}: ${page === first ? 'first' : 'second'} tab`).toBe('saved'),
      { timeoutMs: 10_000 },
    );
  }
  expect(await first.locator('.status-badge').first().textContent()).toContain('Enregistré sur le serveur');
}

describe('the facilitator’s save badge', { timeout: 90_000 }, () => {
  test('both tabs reach "saved" after a door, phase, board write and follow sequence', async () => {
    await bothSaved('opened');

    await first.getByTestId('door-toggle').click();
    await bothSaved('door');

    await second.getByRole('button', { name: /Exploration/ }).click();
    for (const page of [first, second]) await waitForPhase(page, 'explore');
    await bothSaved('phase');

    // Another writer on the board: what the server relays to the tabs is already stored.
    const board = await connectSynced(e2e.server.url, workshop.id, 'board', workshop.tokens.facilitator);
    placeActivity(
      board.doc,
      { pictogram: 'shopping', label: 'Courses', day: 'mon', period: 'morning', author: 'facilitator' },
      new UserOrigin('facilitator'),
    );
    for (const page of [first, second]) {
      await waitFor(
        async () => {
          const positions = await page.evaluate(() => window.__frescoCanvas?.itemPositions() ?? {});
          expect(Object.keys(positions).length).toBeGreaterThan(0);
        },
        { timeoutMs: 15_000 },
      );
    }
    await bothSaved('board write');

    await first.getByTestId('follow-toggle').click();
    await bothSaved('follow on (first tab)');

    await second.getByTestId('door-toggle').click();
    await bothSaved('door again (second tab)');

    await screenshot(second, 'facilitator-second-tab-saved');
    board.destroy();
  });
});
