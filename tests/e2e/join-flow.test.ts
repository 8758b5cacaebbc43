/**
 * Issue 3, item 11: a facilitator creates a workshop, a projector opens the viewer link, three tablets
 * join by code with touch and choose avatars; phases and the timer reach every screen; a tablet goes
 * offline, edits, comes back; a reload keeps the seat; the door closes; axe finds nothing serious.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import {
  laptopContext,
  projectorContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  tabletContext,
  waitFor,
} from '../helpers/e2e';
import {
  type CreatedWorkshop,
  chooseAvatar,
  createWorkshopFromHome,
  joinByCode,
  rosterSeats,
  statusOf,
  waitForPhase,
} from '../helpers/e2ePages';

const e2e = setUpE2eEnvironment();
let facilitator: Page;
let projector: Page;
const tablets: Array<{ context: BrowserContext; page: Page }> = [];
let workshop: CreatedWorkshop;

// Browsers on a shared 2-core machine: generous limits, the waits inside are event-driven.
beforeAll(async () => {
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  projector = await (await projectorContext(e2e.browser)).newPage();
  for (const orientation of ['landscape', 'portrait', 'landscape'] as const) {
    const context = await tabletContext(e2e.browser, orientation);
    tablets.push({ context, page: await context.newPage() });
  }
});

const tablet = (index: number) => tablets[index]?.page as Page;

describe('join and facilitate, end to end', { timeout: 60_000 }, () => {
  test('the facilitator creates a workshop from the home page and opens it', async () => {
    workshop = await createWorkshopFromHome(facilitator, e2e.server.url, 'Atelier Jas de Bouffan');
    await screenshot(facilitator, 'home-created');
    expect(await seriousA11yViolations(facilitator)).toEqual([]);
    await facilitator.getByTestId('open-workshop').click();
    await facilitator.getByTestId('facilitator-screen').waitFor();
    await facilitator.getByTestId('join-panel').waitFor();
    expect(((await facilitator.getByTestId('join-code').textContent()) ?? '').replace(/\s/g, '')).toContain(
      workshop.joinCode,
    );
  });

  test('the projector shows the QR code and the join code', async () => {
    await projector.goto(workshop.links.viewer);
    await projector.getByTestId('projector').waitFor();
    const code = projector.getByTestId('join-code');
    await code.waitFor();
    expect(((await code.textContent()) ?? '').replace(/\s/g, '')).toContain(workshop.joinCode);
    // The QR code is drawn once its library has loaded: wait for the drawn code, not the empty frame.
    const qr = projector.locator('svg.qr-code[data-qr-text]');
    await qr.waitFor();
    expect(await qr.getAttribute('data-qr-text')).toBe(workshop.links.participant);
  });

  test('three tablets join by code with touch, choose avatars, and appear on the projector', async () => {
    const people = [
      { avatar: 'Renard', color: 'Bleu', name: 'Samia' },
      { avatar: 'Tortue', color: 'Vert sapin' },
      { avatar: 'Chouette', color: 'Violet', name: 'Jo' },
    ];
    await tablet(0).goto(`${e2e.server.url}/j`);
    await tablet(0).getByTestId('join-screen').waitFor();
    await screenshot(tablet(0), 'tablet-keypad');
    for (const [index, person] of people.entries()) {
      await joinByCode(tablet(index), e2e.server.url, workshop.joinCode);
      if (index === 1) await screenshot(tablet(index), 'tablet-avatar-setup-portrait');
      if (index === 0) await screenshot(tablet(index), 'tablet-avatar-setup');
      await chooseAvatar(tablet(index), person);
    }
    await waitFor(async () => expect(await rosterSeats(projector)).toHaveLength(3));
    await projector.getByText('Samia').waitFor();
    await tablet(0).getByTestId('welcome-tablet').waitFor();
    await screenshot(tablet(0), 'tablet-welcome');
    await screenshot(projector, 'projector-welcome');
    await screenshot(facilitator, 'facilitator-welcome');
  });

  test('phase changes reach every screen', async () => {
    await facilitator.getByRole('button', { name: /Exploration/ }).click();
    for (const page of [projector, tablet(0), tablet(1), tablet(2)]) await waitForPhase(page, 'explore');
    await facilitator.getByRole('button', { name: /Tirer le fil/ }).click();
    for (const page of [projector, tablet(0), tablet(1), tablet(2)]) await waitForPhase(page, 'thread');
  });

  test('the timer reaches every screen as a pie with digits', async () => {
    await facilitator.getByRole('button', { name: '5 min', exact: true }).click();
    await facilitator.getByRole('button', { name: 'Démarrer' }).click();
    for (const page of [projector, tablet(0), tablet(1), tablet(2)]) {
      await waitFor(async () => {
        const pie = page.getByRole('timer');
        expect(await pie.getAttribute('data-state')).toBe('running');
        const remaining = Number(await pie.getAttribute('data-remaining-ms'));
        expect(remaining).toBeGreaterThan(4 * 60_000);
        expect(remaining).toBeLessThanOrEqual(5 * 60_000);
      });
    }
    await screenshot(tablet(2), 'tablet-thread-timer');
    await screenshot(projector, 'projector-thread-timer');
    await facilitator.getByRole('button', { name: 'Pause' }).click();
    await waitFor(async () =>
      expect(await tablet(1).getByRole('timer').getAttribute('data-state')).toBe('paused'),
    );
  });

  test('an offline tablet keeps working and its edit reaches the projector when it comes back', async () => {
    // Back to the welcome phase, where the projector lists every resident by name.
    await facilitator.getByRole('button', { name: /Accueil/ }).click();
    await waitForPhase(projector, 'welcome');
    const { context, page } = tablets[1] as { context: BrowserContext; page: Page };
    await waitFor(async () => expect(await statusOf(page)).toBe('saved'));
    await context.setOffline(true);
    await waitFor(async () => expect(await statusOf(page)).toBe('offline'));
    await page.getByRole('button', { name: /Moi/ }).tap();
    await page.getByRole('button', { name: 'Changer mon prénom' }).tap();
    await page.getByLabel('Prénom ou surnom').fill('Nadia');
    await page.getByRole('button', { name: 'Valider' }).tap();
    await screenshot(page, 'tablet-offline');
    expect(await projector.getByText('Nadia').count()).toBe(0);
    await context.setOffline(false);
    await projector.getByText('Nadia').waitFor({ timeout: 15_000 });
    await waitFor(async () => expect(await statusOf(page)).toBe('saved'), { timeoutMs: 15_000 });
  });

  test('a reload keeps the seat', async () => {
    const page = tablet(0);
    const before = await rosterSeats(projector);
    await page.reload();
    await page.getByTestId('tablet-screen').waitFor();
    await page.getByRole('button', { name: /Moi/ }).waitFor();
    expect(await page.getByTestId('avatar-setup').count()).toBe(0);
    expect(await rosterSeats(projector)).toEqual(before);
  });

  test('closing the door hides the code on the projector', async () => {
    await facilitator.getByTestId('door-toggle').click();
    await projector.getByTestId('join-closed').waitFor();
    expect(await projector.getByTestId('join-code').count()).toBe(0);
    await screenshot(projector, 'projector-door-closed');
  });

  test('home, tablet and projector have no serious accessibility violation', async () => {
    expect(await seriousA11yViolations(tablet(0))).toEqual([]);
    expect(await seriousA11yViolations(projector)).toEqual([]);
    expect(await seriousA11yViolations(facilitator)).toEqual([]);
  });

  test('the help screen gives the pictogram credit and the facilitator’s guide', async () => {
    await facilitator.getByRole('link', { name: 'Aide et guide' }).click();
    await facilitator.getByTestId('pictogram-credit').waitFor();
    expect(await facilitator.getByTestId('pictogram-credit').textContent()).toContain('OpenMoji');
    await facilitator.getByRole('heading', { name: 'Le matériel' }).waitFor();
    await screenshot(facilitator, 'help');
    expect(await seriousA11yViolations(facilitator)).toEqual([]);
  });

  test('the home list opens the door again, then deletes the workshop after a clear confirmation', async () => {
    await facilitator.goto(`${e2e.server.url}/`);
    const card = facilitator.locator('.workshop-card', { hasText: 'Atelier Jas de Bouffan' });
    await card.getByRole('button', { name: 'Gérer' }).click();
    const door = card.getByTestId('home-door');
    await waitFor(async () => expect(await door.getAttribute('aria-pressed')).toBe('false'));
    await door.click();
    await projector.getByTestId('join-closed').waitFor({ state: 'detached' });
    await card.getByRole('button', { name: 'Supprimer l’atelier' }).click();
    const dialog = facilitator.getByRole('dialog');
    expect(await dialog.textContent()).toContain('On ne pourra pas revenir en arrière');
    await screenshot(facilitator, 'home-delete-confirm');
    await dialog.getByTestId('confirm-delete').click();
    await card.waitFor({ state: 'detached' });
    await projector.locator('[data-failure="deleted"]').waitFor();
    await tablet(0).locator('[data-failure="deleted"]').waitFor();
  });
});
