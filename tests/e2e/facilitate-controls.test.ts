/**
 * Issue 3, items 4–6: the facilitator's hands on the room. The board lock and the timer's pause at zero
 * cover residents' tools; follow mode moves the projector with the facilitator; "bring everyone here"
 * moves the tablets once; the projector mode and the stakeholder screen show the phase.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { resetTimer, startTimer } from '../../shared/ops/control/timer';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import {
  laptopContext,
  projectorContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  tabletContext,
  waitFor,
} from '../helpers/e2e';
import { chooseAvatar, waitForPhase } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let workshop: CreateWorkshopResponse;
let facilitator: Page;
let projector: Page;
let stakeholder: Page;
const tablets: Page[] = [];

const link = (token: string) => `${e2e.server.url}/w/${workshop.id}#token=${token}`;

// Browsers on a shared 2-core machine: generous limits, the waits inside are event-driven.
beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier du jeudi', place: 'Maison de quartier' });
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  projector = await (await projectorContext(e2e.browser)).newPage();
  stakeholder = await (await laptopContext(e2e.browser)).newPage();
  await Promise.all([
    facilitator.goto(link(workshop.tokens.facilitator)),
    projector.goto(link(workshop.tokens.viewer)),
    stakeholder.goto(link(workshop.tokens.stakeholder)),
  ]);
  for (const [index, avatar] of ['Abeille', 'Papillon'].entries()) {
    const page = await (await tabletContext(e2e.browser, index === 0 ? 'landscape' : 'portrait')).newPage();
    await page.goto(link(workshop.tokens.participant));
    await chooseAvatar(page, { avatar, color: index === 0 ? 'Rouge' : 'Bleu canard' });
    tablets.push(page);
  }
}, 120_000);

async function camera(page: Page) {
  return page.evaluate(() => window.__frescoCamera?.() ?? null);
}

describe('the facilitator drives the room', { timeout: 60_000 }, () => {
  test('the participant link gave each tablet its own seat', async () => {
    await waitFor(async () => expect(await facilitator.locator('.seat-button').count()).toBe(2));
    const fragments = await Promise.all(tablets.map((page) => page.evaluate(() => location.hash)));
    expect(new Set(fragments).size).toBe(2);
    for (const fragment of fragments) expect(fragment).not.toContain(workshop.tokens.participant);
  });

  test('locking the board covers the tablets’ tools; unlocking frees them', async () => {
    await facilitator.getByTestId('lock-toggle').click();
    for (const page of tablets) await page.locator('[data-pause="locked"]').waitFor();
    await screenshot(tablets[0] as Page, 'tablet-board-locked');
    await facilitator.getByTestId('lock-toggle').click();
    for (const page of tablets) await page.getByTestId('pause-overlay').waitFor({ state: 'detached' });
  });

  test('at zero the timer rings on every screen and, if asked, pauses residents’ input', async () => {
    await facilitator.getByLabel('À zéro, mettre les tablettes en pause').check();
    // A two-second run, written as the facilitator's screen would (nobody waits minutes in a test).
    const control = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.facilitator);
    const origin = new UserOrigin('facilitator');
    resetTimer(control.doc, { ms: 2000 }, origin);
    startTimer(control.doc, { now: Date.now() }, origin);
    for (const page of [...tablets, projector, facilitator]) {
      await waitFor(async () =>
        expect(await page.getByRole('timer').first().getAttribute('data-state')).toBe('finished'),
      );
    }
    for (const page of tablets) await page.locator('[data-pause="timeUp"]').waitFor();
    expect(await projector.locator('.timer-ringing').count()).toBe(1);
    await screenshot(tablets[1] as Page, 'tablet-time-up-portrait');
    await screenshot(projector, 'projector-time-up');
    await facilitator.getByRole('button', { name: '+1 min' }).click();
    for (const page of tablets) await page.getByTestId('pause-overlay').waitFor({ state: 'detached' });
    control.destroy();
  });

  test('follow mode moves the projector with the facilitator; "bring everyone" moves the tablets once', async () => {
    await facilitator.getByRole('button', { name: /Exploration/ }).click();
    for (const page of [projector, ...tablets, stakeholder]) await waitForPhase(page, 'explore');
    await facilitator.getByTestId('follow-toggle').click();
    await facilitator.waitForFunction(() => window.__frescoCanvas !== undefined);
    await facilitator.evaluate(() => {
      const canvas = window.__frescoCanvas;
      if (!canvas) throw new Error('no fresco canvas');
      const view = canvas.camera();
      canvas.setCamera({ x: view.x - 300, y: view.y - 200, zoom: view.zoom * 2 });
    });
    await waitFor(async () => {
      const mine = await camera(facilitator);
      const shown = await camera(projector);
      expect(shown?.source).toBe('follow');
      expect(shown?.x).toBeCloseTo(mine?.x ?? Number.NaN, 3);
      expect(shown?.zoom).toBeCloseTo(mine?.zoom ?? Number.NaN, 3);
    });
    const before = await camera(tablets[0] as Page);
    expect(before?.source).not.toBe('follow');
    await facilitator.getByTestId('bring-everyone').click();
    await waitFor(async () => {
      const mine = await camera(facilitator);
      for (const page of tablets) {
        const shown = await camera(page);
        expect(shown?.source).toBe('follow');
        expect(shown?.x).toBeCloseTo(mine?.x ?? Number.NaN, 3);
      }
    });
    await screenshot(projector, 'projector-explore-followed');
    await facilitator.getByTestId('follow-toggle').click();
  });

  test('the facilitator’s projector mode and the stakeholder screen show the phase', async () => {
    await screenshot(stakeholder, 'stakeholder-explore');
    await facilitator.getByTestId('projector-mode').click();
    await facilitator.getByTestId('projector').waitFor();
    await screenshot(facilitator, 'facilitator-projector-mode');
    await facilitator.getByRole('button', { name: 'Quitter le mode projecteur' }).click();
    await facilitator.getByTestId('facilitator-screen').waitFor();
    expect(await seriousA11yViolations(stakeholder)).toEqual([]);
  });
});
