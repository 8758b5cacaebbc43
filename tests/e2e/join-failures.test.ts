/**
 * Issue 3, item 9: every way joining or staying can fail gets a clear message with what to do next,
 * never a blank screen or an endless spinner; and "end my session" wipes the tablet.
 */
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { setDoorOpen } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { call, createWorkshop } from '../helpers/api';
import {
  laptopContext,
  launchBrowser,
  screenshot,
  seriousA11yViolations,
  startTestServer,
  type TestServer,
  tabletContext,
  waitFor,
} from '../helpers/e2e';
import { chooseAvatar, joinByCode, tapCode } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';

let server: TestServer;
let browser: Browser;
const contexts: BrowserContext[] = [];

// Browsers on a shared 2-core machine: generous limits, the waits inside are event-driven.
beforeAll(async () => {
  [server, browser] = await Promise.all([startTestServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function newTablet(): Promise<Page> {
  const context = await tabletContext(browser);
  contexts.push(context);
  return context.newPage();
}

const link = (workshop: { id: string }, token: string) => `${server.url}/w/${workshop.id}#token=${token}`;

async function failureShown(page: Page, failure: string): Promise<void> {
  await page.locator(`[data-failure="${failure}"]`).waitFor();
  expect(await page.getByRole('alert').count()).toBeGreaterThan(0);
}

async function seatedTablet(workshop: CreateWorkshopResponse, avatar = 'Renard'): Promise<Page> {
  const page = await newTablet();
  await joinByCode(page, server.url, workshop.joinCode);
  await chooseAvatar(page, { avatar, color: 'Bleu' });
  return page;
}

async function closeDoor(workshop: CreateWorkshopResponse): Promise<void> {
  const client = await connectSynced(server.url, workshop.id, 'control', workshop.tokens.facilitator);
  setDoorOpen(client.doc, false, new UserOrigin('facilitator'));
  // Stored once the server has echoed its state vector back after our write.
  await waitFor(async () => {
    const info = await call<{ error?: string }>(server.url, 'POST', '/api/join', {
      body: { code: workshop.joinCode },
    });
    expect(info.status).toBe(403);
  });
  client.destroy();
}

describe('when things go wrong on a tablet', { timeout: 60_000 }, () => {
  test('a wrong code says so and lets the resident type again', async () => {
    const page = await newTablet();
    await page.goto(`${server.url}/j`);
    await tapCode(page, '000000');
    const problem = page.locator('[data-problem="unknown_code"]');
    await problem.waitFor();
    expect(await problem.textContent()).toContain('Ce code n’ouvre aucun atelier');
    await screenshot(page, 'tablet-keypad-wrong-code');
    expect(await seriousA11yViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'English' }).tap();
    await page.getByRole('heading', { name: 'Type the workshop code' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Français' }).tap();
    await page.getByRole('heading', { name: 'Tapez le code de l’atelier' }).waitFor();
  });

  test('too many wrong codes from one tablet asks it to wait', async () => {
    const page = await newTablet();
    await page.goto(`${server.url}/j`);
    await page.getByTestId('join-screen').waitFor();
    const display = page.getByTestId('code-display');
    for (let attempt = 0; attempt < 11; attempt++) {
      await page.keyboard.type('999999');
      // The keypad empties once the server has answered: one attempt at a time.
      await waitFor(async () => expect(await display.getAttribute('aria-label')).toMatch(/^0 /));
    }
    await page.locator('[data-problem="too_many_attempts"]').waitFor();
  });

  test('a closed door is explained, by code and by the participant link', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Porte fermée' });
    await closeDoor(workshop);
    const page = await newTablet();
    await page.goto(`${server.url}/j`);
    await tapCode(page, workshop.joinCode);
    await page.locator('[data-problem="door_closed"]').waitFor();
    await page.goto(link(workshop, workshop.tokens.participant));
    await failureShown(page, 'door_closed');
    await screenshot(page, 'tablet-door-closed');
  });

  test('a token from another workshop is refused kindly', async () => {
    const a = await createWorkshop(server.url, { title: 'A' });
    const b = await createWorkshop(server.url, { title: 'B' });
    const page = await newTablet();
    await page.goto(link(a, b.tokens.participant));
    await failureShown(page, 'wrong_link');
    await screenshot(page, 'tablet-wrong-link');
  });

  test('a deleted workshop stops an open tablet and explains, also after a reload', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Supprimé' });
    const page = await seatedTablet(workshop);
    const deleted = await call(server.url, 'DELETE', `/api/workshops/${workshop.id}`, {
      token: workshop.tokens.facilitator,
    });
    expect(deleted.status).toBe(200);
    await failureShown(page, 'deleted');
    await page.reload();
    await failureShown(page, 'deleted');
    await screenshot(page, 'tablet-deleted');
  });

  test('an unreachable server is said plainly, and the tablet gets in once it answers', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Wifi' });
    const page = await newTablet();
    await page.route('**/api/workshops/**', (route) => route.abort('internetdisconnected'));
    await page.goto(link(workshop, workshop.tokens.participant));
    await failureShown(page, 'unreachable');
    await screenshot(page, 'tablet-unreachable');
    await page.unroute('**/api/workshops/**');
    await page.getByRole('button', { name: 'Réessayer' }).tap();
    await page.getByTestId('avatar-setup').waitFor();
  });

  test('a freed seat tells the resident to ask the facilitator, keeping their work', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Place libérée' });
    const page = await seatedTablet(workshop);
    const seatId = await page.evaluate((id) => {
      const kept = JSON.parse(localStorage.getItem(`fresco.session.${id}`) ?? '{}') as {
        participant?: { seatId: string };
      };
      return kept.participant?.seatId ?? '';
    }, workshop.id);
    expect(seatId).not.toBe('');
    const freed = await call(server.url, 'POST', `/api/workshops/${workshop.id}/seats/${seatId}/free`, {
      token: workshop.tokens.facilitator,
    });
    expect(freed.status).toBe(200);
    await failureShown(page, 'seat_freed');
    expect(await page.getByText('gardé sur cet appareil').count()).toBe(1);
    await screenshot(page, 'tablet-seat-freed');
  });

  test('a seat freed while the tablet was offline is noticed when the wifi comes back', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Hors ligne' });
    const page = await seatedTablet(workshop, 'Hérisson');
    const seatId = await page.evaluate((id) => {
      const kept = JSON.parse(localStorage.getItem(`fresco.session.${id}`) ?? '{}') as {
        participant?: { seatId: string };
      };
      return kept.participant?.seatId ?? '';
    }, workshop.id);
    await page.context().setOffline(true);
    await page.locator('.status-badge[data-state="offline"]').waitFor();
    await call(server.url, 'POST', `/api/workshops/${workshop.id}/seats/${seatId}/free`, {
      token: workshop.tokens.facilitator,
    });
    await page.context().setOffline(false);
    // The upgrade is refused with a 401 the browser cannot see: the tablet asks the API and stops.
    await page.locator('[data-failure="seat_freed"]').waitFor({ timeout: 15_000 });
  });

  test('the facilitator gives a seat to another tablet with a QR code; the old tablet is told', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Nouvelle tablette' });
    const old = await seatedTablet(workshop, 'Baleine');
    const laptop = await (await laptopContext(browser)).newPage();
    await laptop.goto(link(workshop, workshop.tokens.facilitator));
    await laptop.locator('.seat-button').first().click();
    await laptop.getByRole('button', { name: 'Donner cette place à une autre tablette' }).click();
    await laptop.getByRole('button', { name: 'Oui, donner la place' }).click();
    const newLink = (await laptop.getByTestId('reassigned-link').textContent())?.trim() ?? '';
    expect(newLink).toContain(`/w/${workshop.id}#token=`);
    await screenshot(laptop, 'facilitator-seat-reassigned');
    await failureShown(old, 'seat_freed');
    const replacement = await newTablet();
    await replacement.goto(newLink);
    await replacement.getByRole('button', { name: /Moi/ }).waitFor();
    expect(await replacement.getByTestId('avatar-setup').count()).toBe(0);
    await laptop.context().close();
  });

  test('"end my session" waits for the server, then wipes everything the tablet kept', async () => {
    const workshop = await createWorkshop(server.url, { title: 'Tablette partagée' });
    const page = await seatedTablet(workshop, 'Escargot');
    await page.getByRole('button', { name: /Moi/ }).tap();
    await page.getByRole('button', { name: 'Terminer ma session' }).tap();
    await screenshot(page, 'tablet-end-session-confirm');
    await page.getByRole('button', { name: 'Oui, terminer' }).tap();
    await page.getByTestId('goodbye').waitFor();
    await screenshot(page, 'tablet-goodbye');
    const kept = await page.evaluate(async (id) => {
      const keys = Object.keys(localStorage).filter((key) => key.includes(id));
      const databases = (await indexedDB.databases())
        .map((db) => db.name ?? '')
        .filter((name) => name.includes(id));
      return { keys, databases };
    }, workshop.id);
    expect(kept).toEqual({ keys: [], databases: [] });
    const board = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.facilitator);
    const seat = board.doc.getMap('participants');
    expect([...seat.values()].length).toBe(1);
    board.destroy();
  });
});
