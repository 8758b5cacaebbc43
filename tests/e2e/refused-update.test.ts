/**
 * A change the server refuses, seen from a resident's tablet: the tablet is told calmly, its board is put
 * back as the server has it (the refused pictogram goes, the accepted one stays), and it goes on working.
 * The server here allows one item per seat, so the second pictogram a resident places is refused.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { itemsMap } from '../../shared/ops/roots';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { screenshot, setUpE2eEnvironment, tabletContext, waitFor } from '../helpers/e2e';
import { chooseAvatar, joinByCode } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';
import { frescoReady, listedItems, placeByTaps } from './fresco-pages';

const e2e = setUpE2eEnvironment({ gateLimits: { maxItemsPerSeat: 1 } });
let workshop: CreateWorkshopResponse;
let tablet: Page;

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier refus', place: 'Centre social' });
  const control = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.facilitator);
  setPhase(control.doc, 'explore', new UserOrigin('facilitator'));
  tablet = await (await tabletContext(e2e.browser)).newPage();
  await joinByCode(tablet, e2e.server.url, workshop.joinCode);
  await chooseAvatar(tablet, { avatar: 'Renard', color: 'Bleu', name: 'Samia' });
  await frescoReady(tablet);
  control.destroy();
}, 60_000);

describe('a refused change on a tablet', { timeout: 60_000 }, () => {
  test('is said calmly, and the tablet shows what the server kept', async () => {
    await placeByTaps(tablet, 'shopping', { day: 'mon', period: 'morning' });
    const board = await connectSynced(e2e.server.url, workshop.id, 'board', workshop.tokens.viewer);
    await waitFor(() => expect(itemsMap(board.doc).size).toBe(1));

    await placeByTaps(tablet, 'doctor', { day: 'tue', period: 'evening' });
    const notice = tablet.getByTestId('reset-notice');
    await notice.waitFor({ timeout: 20_000 });
    expect(await notice.textContent()).toContain('n’a pas pu être enregistrée');
    await screenshot(tablet, 'tablet-refused-change');
    await waitFor(async () => expect((await listedItems(tablet)).map((item) => item.text)).toHaveLength(1), {
      timeoutMs: 20_000,
    });
    expect(itemsMap(board.doc).size).toBe(1);

    // Still working after the reset: it can move what it placed.
    await frescoReady(tablet);
    await notice.getByRole('button', { name: 'Fermer' }).tap();
    await notice.waitFor({ state: 'detached' });
    board.destroy();
  });
});
