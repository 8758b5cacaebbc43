/**
 * Issue 4, item 8: the residents' fresco end to end. Three tablets (touch, tablet viewport) and a
 * projector go through exploration → pull the thread → proposals → votes, placing by drag and by
 * tap-then-tap; a resident cannot remove another's pictogram; undo only undoes one's own; a locked board
 * covers the tools and refuses a drag it catches, gently; live drags show on other screens as ghosts; odd words
 * (long, emoji, Arabic) are capped with a counter; an activity removed while its thread is open closes
 * it calmly; the synthesis counts match what was placed; axe finds nothing serious on the tablet and
 * synthesis screens. Each test opens its own workshop, seats and screens, starting from the board the
 * earlier steps would have left (fresco-room.ts), so a failure stays in its test and any test runs alone.
 */
import type { Page } from 'playwright-core';
import { afterEach, describe, expect, test } from 'vitest';
import { AVATAR_COLORS } from '../../shared/pictograms';
import { LABEL_MAX } from '../../shared/schema/board';
import { screenshot, seriousA11yViolations, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { waitForPhase } from '../helpers/e2ePages';
import {
  activitiesOf,
  cellPoint,
  frescoReady,
  imagesDrawn,
  itemPoint,
  listedItems,
  placeByDrag,
  placeByTaps,
  touchDrag,
} from './fresco-pages';
import { CLEO, type FrescoRoom, type FrescoRoomOptions, JO, openFrescoRoom, SAMIA } from './fresco-room';

const e2e = setUpE2eEnvironment();
/** Each test opens its own workshop, seats and screens (fresco-room.ts) and closes them after. */
let room: FrescoRoom | null = null;
/** Opening screens and joining seats is part of each test, on a machine shared with other runs. */
const TIMEOUT = 90_000;

async function open(options: FrescoRoomOptions): Promise<FrescoRoom> {
  room = await openFrescoRoom(e2e, options);
  return room;
}

afterEach(async () => {
  await room?.close();
  room = null;
});

async function everyScreenIn(screens: Page[], phase: string) {
  for (const page of screens) await waitForPhase(page, phase);
  for (const page of screens) await frescoReady(page);
}

async function authorOfNew(page: Page, text: string, known: Set<string>): Promise<string> {
  return waitFor(async () => {
    const item = (await listedItems(page)).find((entry) => entry.text === text && !known.has(entry.id));
    expect(item).toBeDefined();
    known.add(item!.id);
    return item!.author;
  });
}

describe('the residents’ fresco, end to end', { timeout: TIMEOUT }, () => {
  test('exploration: residents place pictograms by tap-then-tap and by drag; the projector shows them', async () => {
    // Joining by the keypad and the avatar steps is join-flow's: here the seats come from the API.
    const { facilitator, projector, tablets, seats } = await open({
      phase: 'welcome',
      residents: [SAMIA, JO, CLEO],
      facilitator: true,
      projector: true,
    });
    await facilitator.getByRole('button', { name: /Exploration/ }).click();
    await everyScreenIn([facilitator, projector, ...tablets], 'explore');
    const known = new Set<string>();
    await placeByTaps(tablets[0]!, 'shopping', { day: 'mon', period: 'morning' });
    expect(await authorOfNew(projector, 'Faire les courses', known)).toBe(seats[0]);
    await placeByDrag(tablets[1]!, 'go-to-work', { day: 'tue', period: 'afternoon' });
    expect(await authorOfNew(projector, 'Aller au travail', known)).toBe(seats[1]);
    await placeByTaps(tablets[2]!, 'doctor', { day: 'sat', period: 'morning' });
    expect(await authorOfNew(projector, 'Aller chez le médecin', known)).toBe(seats[2]);
    await placeByDrag(tablets[0]!, 'bus-tram', { day: 'mon', period: 'morning' });
    await placeByTaps(tablets[1]!, 'cooking', 'tray');
    expect(new Set(seats).size).toBe(3);

    await waitFor(async () => {
      const cells = (await listedItems(projector)).filter((item) => item.kind === 'activity');
      expect(cells.map((item) => [item.text, item.cell]).sort()).toEqual(
        [
          ['Aller au travail', 'tue:afternoon'],
          ['Aller chez le médecin', 'sat:morning'],
          ['Faire les courses', 'mon:morning'],
          ['Faire à manger', 'tray'],
          ['Prendre le bus, le tram', 'mon:morning'],
        ].sort(),
      );
    });
    // The canvas agrees with the list: the same pictograms in the same cells, on every screen.
    const onProjector = await projector.evaluate(() => window.__frescoCanvas!.itemPositions());
    const onTablet = await tablets[2]!.evaluate(() => window.__frescoCanvas!.itemPositions());
    expect(Object.keys(onProjector).sort()).toEqual(Object.keys(onTablet).sort());
    for (const [id, spot] of Object.entries(onProjector)) expect(onTablet[id]?.cell).toBe(spot.cell);
    await imagesDrawn(tablets[0]!);
    await screenshot(tablets[0]!, 'fresco-tablet-palette');
    await imagesDrawn(projector);
    await screenshot(projector, 'fresco-projector-explore');
    expect(await seriousA11yViolations(tablets[0]!)).toEqual([]);
  });

  test('the facilitator adds an activity of the workshop’s own; residents find it in their palette', async () => {
    const { facilitator, tablets } = await open({
      phase: 'explore',
      residents: [CLEO],
      facilitator: true,
    });
    await facilitator.getByTestId('custom-open').click();
    const dialog = facilitator.getByRole('dialog');
    await dialog.locator('textarea').fill('Épicerie solidaire');
    await dialog.locator('[data-pictogram="market"]').click();
    await dialog.getByTestId('custom-add').click();
    await dialog.waitFor({ state: 'hidden' });
    const cleo = tablets[0]!;
    const entry = cleo.locator('.palette .palette-item', { hasText: 'Épicerie solidaire' });
    await entry.waitFor();
    const id = await entry.getAttribute('data-pictogram');
    await placeByTaps(cleo, id ?? '', { day: 'wed', period: 'evening' });
    await waitFor(async () => {
      const listed = (await listedItems(facilitator)).find((item) => item.text === 'Épicerie solidaire');
      expect(listed?.cell).toBe('wed:evening');
    });
  });

  test('the projector follows the facilitator when asked: zoom to a day, then back to the week', async () => {
    const { facilitator, projector } = await open({
      phase: 'explore',
      residents: [],
      facilitator: true,
      projector: true,
    });
    await facilitator.getByTestId('follow-toggle').click();
    await facilitator.getByTestId('fresco-canvas').scrollIntoViewIfNeeded();
    const friday = await facilitator.evaluate(() =>
      window.__frescoCanvas!.cellPoint({ day: 'fri', period: 'midday' }),
    );
    await facilitator.mouse.click(friday.x, friday.y);
    const view = (page: Page) => page.evaluate(() => window.__frescoCanvas!.sharedView());
    await waitFor(async () => {
      const [mine, shown] = [await view(facilitator), await view(projector)];
      expect(mine.zoom).toBeGreaterThan(3);
      expect(shown.zoom).toBeCloseTo(mine.zoom, 1);
      expect(Math.abs(shown.x - mine.x)).toBeLessThan(2);
      expect(Math.abs(shown.y - mine.y)).toBeLessThan(2);
    });
    // Zoomed into one cell, the room still reads which day and which moment it is.
    const pins = (page: Page) => page.evaluate(() => window.__frescoCanvas!.headerPins());
    await waitFor(async () => {
      const pinned = await pins(projector);
      expect(pinned.days).toContain('fri');
      expect(pinned.periods).toContain('midday');
    });
    await screenshot(projector, 'projector-one-cell');
    await facilitator.locator('[data-action="fitAll"]').click();
    await waitFor(async () => expect((await view(projector)).zoom).toBeLessThan(1.2));
    await waitFor(async () => expect(await pins(projector)).toEqual({ days: [], periods: [] }));
    await facilitator.getByTestId('follow-toggle').click();
  });

  test('a resident moves and removes only their own pictograms, and undo only undoes their own', async () => {
    const { projector, tablets, seats } = await open({
      phase: 'explore',
      residents: [SAMIA, JO],
      projector: true,
      seed: (board) => board.place(0, 'shopping', 'mon', 'morning', 'shop'),
    });
    const [ana, bob] = [tablets[0]!, tablets[1]!];
    // Bob's own pictograms, placed on his screen so that his undo has them to take back.
    await placeByDrag(bob, 'go-to-work', { day: 'tue', period: 'afternoon' });
    await placeByTaps(bob, 'cooking', 'tray');
    await waitFor(async () => expect(await activitiesOf(projector, seats[1]!)).toHaveLength(2));
    const shop = (await activitiesOf(ana, seats[0]!)).find((item) => item.text === 'Faire les courses')!;
    // Bob taps Ana's pictogram: its sheet says whose it is, with no way to remove or move it.
    const spot = await itemPoint(bob, shop.id);
    await bob.touchscreen.tap(spot.x, spot.y);
    const sheet = bob.getByTestId('item-sheet');
    await sheet.waitFor();
    expect(await sheet.getAttribute('data-item')).toBe(shop.id);
    expect(await sheet.getByTestId('item-remove').count()).toBe(0);
    expect(await sheet.getByRole('button', { name: 'Déplacer' }).count()).toBe(0);
    await sheet.getByRole('button', { name: 'Fermer' }).tap();
    // Dragging it pans the view instead: the pictogram stays in its cell.
    const target = await bob.evaluate(() =>
      window.__frescoCanvas!.cellPoint({ day: 'thu', period: 'evening' }),
    );
    await touchDrag(bob, spot, target);
    expect((await itemPoint(ana, shop.id)).cell).toBe('mon:morning');
    await bob.evaluate(() => window.__frescoCanvas!.fitAll());

    // Ana drags her own to Thursday evening, then removes it from its sheet; undo brings it back.
    const own = await itemPoint(ana, shop.id);
    await touchDrag(
      ana,
      own,
      await ana.evaluate(() => window.__frescoCanvas!.cellPoint({ day: 'thu', period: 'evening' })),
    );
    await waitFor(async () => expect((await itemPoint(projector, shop.id)).cell).toBe('thu:evening'));
    const moved = await waitFor(async () => {
      const point = await itemPoint(ana, shop.id);
      expect(point.cell).toBe('thu:evening');
      return point;
    });
    await ana.touchscreen.tap(moved.x, moved.y);
    const ownSheet = ana.getByTestId('item-sheet');
    await waitFor(async () => expect(await ownSheet.getAttribute('data-item')).toBe(shop.id));
    await ownSheet.getByTestId('item-remove').tap();
    await waitFor(async () =>
      expect((await listedItems(projector)).some((item) => item.id === shop.id)).toBe(false),
    );
    // Bob's undo has nothing of Ana's to undo: it takes back Bob's last pictogram only.
    await bob.locator('[data-action="undo"]').tap();
    await waitFor(async () => {
      const items = await listedItems(projector);
      expect(items.some((item) => item.text === 'Faire à manger')).toBe(false);
      expect(items.some((item) => item.text === 'Aller au travail')).toBe(true);
    });
    await ana.locator('[data-action="undo"]').tap();
    await waitFor(async () => expect((await itemPoint(projector, shop.id)).cell).toBe('thu:evening'));
  });

  test('a tap on a cell before choosing a pictogram says what to do, gently', async () => {
    const { tablets } = await open({ phase: 'explore', residents: [CLEO] });
    const page = tablets[0]!;
    const point = await page.evaluate(() =>
      window.__frescoCanvas!.cellPoint({ day: 'wed', period: 'midday' }),
    );
    await page.touchscreen.tap(point.x, point.y);
    const cue = page.getByTestId('fresco-cue');
    await cue.waitFor();
    expect(await cue.getAttribute('data-refusal')).toBe('chooseFirst');
    expect(await page.getByRole('dialog').count()).toBe(0);
  });

  test('a locked board covers the tablets’ tools; a drag caught by the lock is refused gently', async () => {
    const { facilitator, tablets, seats } = await open({
      phase: 'explore',
      residents: [JO],
      facilitator: true,
      seed: (board) => board.place(0, 'go-to-work', 'tue', 'afternoon', 'work'),
    });
    const page = tablets[0]!;
    const lock = facilitator.getByTestId('lock-toggle');
    const overlay = page.getByTestId('pause-overlay');
    const before = (await listedItems(facilitator)).length;
    await lock.click();
    await overlay.waitFor();
    expect(await overlay.getAttribute('data-pause')).toBe('locked');
    // A tap meant for a cell lands on the cover: nothing is placed, and no dialog asks anything.
    const cell = await cellPoint(page, { day: 'tue', period: 'evening' });
    await page.touchscreen.tap(cell.x, cell.y);
    await page.waitForTimeout(300);
    expect(await listedItems(facilitator)).toHaveLength(before);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await lock.click();
    await overlay.waitFor({ state: 'detached' });

    // A drag under way when the lock arrives is refused at the drop, with the lock's cue.
    const mine = (await activitiesOf(page, seats[0]!))[0]!;
    const from = await itemPoint(page, mine.id);
    await touchDrag(page, from, cell, {
      whileHeld: async () => {
        await lock.click();
        await overlay.waitFor();
      },
    });
    await waitFor(async () =>
      expect(await page.getByTestId('fresco-cue').getAttribute('data-refusal')).toBe('locked'),
    );
    expect((await itemPoint(facilitator, mine.id)).cell).toBe(from.cell);
    expect(await page.getByRole('dialog').count()).toBe(0);
    await lock.click();
    await overlay.waitFor({ state: 'detached' });
  });

  test('a live drag shows on the other screens as a ghost in the dragger’s colour, until the drop', async () => {
    const { projector, tablets, seats } = await open({
      phase: 'explore',
      residents: [SAMIA, JO],
      projector: true,
      seed: (board) => board.place(0, 'shopping', 'mon', 'morning', 'shop'),
    });
    const [ana, bob] = [tablets[0]!, tablets[1]!];
    const mine = (await activitiesOf(ana, seats[0]!))[0]!;
    const from = await itemPoint(ana, mine.id);
    const to = await cellPoint(ana, { day: 'sat', period: 'afternoon' });
    // Ana chose blue when she joined.
    const color = AVATAR_COLORS.find((entry) => entry.id === 'blue')!.hex;
    await touchDrag(ana, from, to, {
      whileHeld: async () => {
        for (const page of [projector, bob]) {
          await waitFor(async () => {
            const ghosts = await page.evaluate(() => window.__frescoCanvas!.remoteDrags());
            expect(ghosts).toHaveLength(1);
            expect(ghosts[0]!.color.toLowerCase()).toBe(color.toLowerCase());
          });
        }
      },
    });
    await waitFor(async () => expect((await itemPoint(projector, mine.id)).cell).toBe('sat:afternoon'));
    for (const page of [projector, bob]) {
      await waitFor(async () =>
        expect(await page.evaluate(() => window.__frescoCanvas!.remoteDrags())).toHaveLength(0),
      );
    }
  });

  test('pull the thread: residents hang difficulties and words; the projector counts them', async () => {
    const { projector, tablets, seats } = await open({
      phase: 'thread',
      residents: [SAMIA, JO, CLEO],
      projector: true,
      seed: (board) =>
        board.place(0, 'shopping', 'mon', 'morning', 'shop').place(2, 'doctor', 'sat', 'morning', 'doctor'),
    });
    const [ana, bob, cleo] = [tablets[0]!, tablets[1]!, tablets[2]!];
    const shop = (await activitiesOf(ana, seats[0]!)).find((item) => item.text === 'Faire les courses')!;
    const doctor = (await activitiesOf(ana, seats[2]!)).find(
      (item) => item.text === 'Aller chez le médecin',
    )!;

    const spot = await itemPoint(ana, shop.id);
    await ana.touchscreen.tap(spot.x, spot.y);
    const thread = ana.getByTestId('thread-panel');
    await thread.waitFor();
    expect(await thread.getAttribute('data-activity')).toBe(shop.id);
    await thread.locator('[data-testid="difficulty-picker"] [data-pictogram="forgot-password"]').tap();
    const words = thread.locator('.thread-row textarea').first();
    await words.waitFor();
    // Odd input: very long, emoji, Arabic; capped with a visible counter.
    const long = `كلمة السر 🔑 ${'trop long '.repeat(40)}`;
    await words.fill(long);
    await waitFor(async () =>
      expect(await thread.getByTestId('words-count').first().textContent()).toBe(
        `${LABEL_MAX} / ${LABEL_MAX}`,
      ),
    );
    expect(await words.getAttribute('dir')).toBe('auto');
    await words.press('Enter');

    const bobSpot = await itemPoint(bob, shop.id);
    await bob.touchscreen.tap(bobSpot.x, bobSpot.y);
    await bob.getByTestId('thread-panel').locator('[data-pictogram="language"]').tap();
    const cleoSpot = await itemPoint(cleo, doctor.id);
    await cleo.touchscreen.tap(cleoSpot.x, cleoSpot.y);
    await cleo.getByTestId('thread-panel').locator('[data-pictogram="online-only-appointment"]').tap();

    await waitFor(async () => {
      const counts = await projector
        .locator('[data-testid="thread-counts"] li')
        .evaluateAll((rows) =>
          rows.map((row) => [row.getAttribute('data-item'), row.getAttribute('data-count')]),
        );
      expect(counts).toEqual([
        [shop.id, '2'],
        [doctor.id, '1'],
      ]);
    });
    await waitFor(async () => {
      const difficulties = (await listedItems(projector)).filter((item) => item.kind === 'difficulty');
      expect(difficulties.map((item) => item.parent).sort()).toEqual([shop.id, shop.id, doctor.id].sort());
      const stored = difficulties.find((item) => item.text.includes('كلمة السر'));
      expect(stored?.text.startsWith('Mot de passe oublié\u00a0: كلمة السر 🔑')).toBe(true);
    });
    await imagesDrawn(ana);
    await screenshot(ana, 'fresco-tablet-thread');
    await imagesDrawn(projector);
    await screenshot(projector, 'fresco-projector-thread');
    expect(await seriousA11yViolations(ana)).toEqual([]);
  });

  test('an activity removed while its thread is open closes the thread calmly', async () => {
    const { facilitator, tablets, seats } = await open({
      phase: 'thread',
      residents: [CLEO],
      facilitator: true,
      seed: (board) => board.place(0, 'doctor', 'sat', 'morning', 'doctor'),
    });
    const cleo = tablets[0]!;
    const doctor = (await activitiesOf(cleo, seats[0]!)).find(
      (item) => item.text === 'Aller chez le médecin',
    )!;
    const cleoSpot = await itemPoint(cleo, doctor.id);
    await cleo.touchscreen.tap(cleoSpot.x, cleoSpot.y);
    await cleo.getByTestId('thread-panel').waitFor();
    await facilitator.getByTestId('fresco-canvas').scrollIntoViewIfNeeded();
    const spot = await itemPoint(facilitator, doctor.id);
    await facilitator.mouse.click(spot.x, spot.y);
    await facilitator.getByTestId('thread-remove-activity').click();
    const panel = cleo.getByTestId('thread-panel');
    await waitFor(async () => expect(await panel.getAttribute('data-gone')).toBe('true'));
    await cleo.getByTestId('thread-hint').waitFor();
    expect(await cleo.getByRole('alertdialog').count()).toBe(0);
  });

  test('proposals with dot votes; the facilitator groups duplicates; the projector ranks them', async () => {
    const { facilitator, projector, tablets } = await open({
      phase: 'thread',
      residents: [SAMIA, JO, CLEO],
      facilitator: true,
      projector: true,
      seed: (board) =>
        board
          .place(0, 'shopping', 'mon', 'morning', 'shop')
          .difficulty(0, 'shop', 'forgot-password', 'pwd')
          .difficulty(1, 'shop', 'language', 'lang'),
    });
    await facilitator.getByRole('button', { name: /Propositions/ }).click();
    await everyScreenIn([facilitator, projector, ...tablets], 'propose');
    const [ana, bob, cleo] = [tablets[0]!, tablets[1]!, tablets[2]!];
    const propose = async (page: Page, words: string, difficulty: string) => {
      await page.getByTestId('proposal-new').tap();
      const form = page.getByTestId('proposal-form');
      await form.locator('textarea').fill(words);
      await form.locator('[data-difficulty]', { hasText: difficulty }).first().tap();
      await form.getByRole('button', { name: 'Ajouter ma proposition' }).tap();
      await page.locator('[data-testid="proposal-card"]', { hasText: words }).waitFor();
    };
    await propose(ana, 'Atelier mots de passe à la médiathèque', 'Mot de passe oublié');
    await propose(bob, 'Aide pour les mots de passe', 'Mot de passe oublié');
    await propose(cleo, 'Interprète au guichet', 'Je parle peu le français');

    const card = (page: Page, words: string) =>
      page.locator('[data-testid="proposal-card"]', { hasText: words });
    for (let vote = 0; vote < 2; vote++)
      await card(ana, 'Atelier mots de passe').getByTestId('vote-plus').tap();
    await card(ana, 'Interprète').getByTestId('vote-plus').tap();
    await waitFor(async () =>
      expect(await ana.getByTestId('token-purse').getAttribute('data-left')).toBe('0'),
    );
    expect(await card(ana, 'Aide pour').getByTestId('vote-plus').isDisabled()).toBe(true);
    await card(bob, 'Aide pour').getByTestId('vote-plus').tap();
    await card(cleo, 'Atelier mots de passe').getByTestId('vote-plus').tap();
    await imagesDrawn(ana);
    await screenshot(ana, 'fresco-tablet-votes');

    await waitFor(async () =>
      expect(await card(facilitator, 'Aide pour').getAttribute('data-votes')).toBe('1'),
    );
    await card(facilitator, 'Aide pour').getByRole('button', { name: 'Regrouper' }).click();
    await card(facilitator, 'Atelier mots de passe').getByTestId('merge-into').click();
    await waitFor(async () => {
      const ranked = await projector
        .locator('[data-testid="proposal-card"]')
        .evaluateAll((cards) =>
          cards.map((node) => [node.querySelector('h3')?.textContent, node.getAttribute('data-votes')]),
        );
      expect(ranked).toEqual([
        ['Atelier mots de passe à la médiathèque', '4'],
        ['Interprète au guichet', '1'],
      ]);
    });
    await imagesDrawn(projector);
    await screenshot(projector, 'fresco-projector-proposals');
    expect(await seriousA11yViolations(ana)).toEqual([]);
  });

  test('the synthesis counts what was placed, and reads well', async () => {
    const { facilitator } = await open({
      phase: 'propose',
      residents: [SAMIA, JO, CLEO],
      tablets: false,
      facilitator: true,
      // The board as the residents left it in the tests above: two difficulties under the shopping,
      // three proposals, one grouped into another, every token spent.
      seed: (board) =>
        board
          .place(0, 'shopping', 'thu', 'evening', 'shop')
          .place(0, 'bus-tram', 'mon', 'morning', 'bus')
          .place(1, 'go-to-work', 'tue', 'afternoon', 'work')
          .difficulty(0, 'shop', 'forgot-password', 'pwd', 'كلمة السر 🔑')
          .difficulty(1, 'shop', 'language', 'lang')
          .propose(0, ['pwd'], 'Atelier mots de passe à la médiathèque', 'workshop')
          .propose(1, ['pwd'], 'Aide pour les mots de passe', 'help')
          .propose(2, ['lang'], 'Interprète au guichet', 'interpreter')
          .vote(0, 'workshop', 2)
          .vote(0, 'interpreter')
          .vote(1, 'help')
          .vote(2, 'workshop')
          .merge('help', 'workshop'),
    });
    await facilitator.getByTestId('synthesis-toggle').click();
    const synthesis = facilitator.getByTestId('synthesis');
    await synthesis.waitFor();
    const placed = (await listedItems(facilitator)).filter((item) => item.kind === 'activity').length;
    expect(Number(await synthesis.getByTestId('synthesis-summary').getAttribute('data-activities'))).toBe(
      placed,
    );
    expect(await synthesis.getByTestId('synthesis-summary').getAttribute('data-difficulties')).toBe('2');
    const cells = await synthesis
      .locator('[data-testid="heatmap"] tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) => [
          row.getAttribute('data-pictogram'),
          [...row.querySelectorAll('td[data-count]')]
            .map((cell) => cell.getAttribute('data-count'))
            .join(','),
        ]),
      );
    // Columns: forgot-password and language (one each, under shopping); last column is the total.
    expect(cells.find(([pictogram]) => pictogram === 'shopping')?.[1]).toBe('1,1,2');
    expect(cells.find(([pictogram]) => pictogram === 'bus-tram')?.[1]).toBe('0,0,0');
    const top = await synthesis
      .locator('[data-testid="top-proposals"] li')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-votes')));
    expect(top).toEqual(['4', '1']);
    await screenshot(facilitator, 'fresco-synthesis');
    expect(await seriousA11yViolations(facilitator)).toEqual([]);
  });
});
