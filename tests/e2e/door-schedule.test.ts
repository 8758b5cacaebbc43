/**
 * The door closes by itself at a time the facilitator chose, on every screen and on the server; and the
 * facilitator is told when someone guesses join codes on the server.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { setDoor } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop, joinByCode } from '../helpers/api';
import { laptopContext, projectorContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let workshop: CreateWorkshopResponse;
let facilitator: Page;
let projector: Page;

const link = (token: string) => `${e2e.server.url}/w/${workshop.id}#token=${token}`;

beforeAll(async () => {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier du mardi', place: 'Centre social' });
  facilitator = await (await laptopContext(e2e.browser)).newPage();
  projector = await (await projectorContext(e2e.browser)).newPage();
  await Promise.all([
    facilitator.goto(link(workshop.tokens.facilitator)),
    projector.goto(link(workshop.tokens.viewer)),
  ]);
  await projector.getByTestId('join-code').waitFor();
}, 120_000);

describe('the door on a timer', { timeout: 60_000 }, () => {
  test('the facilitator chooses "close in 30 min", sees when, and can keep the door open', async () => {
    await facilitator.getByRole('button', { name: '30 min' }).last().click();
    const schedule = facilitator.getByTestId('door-schedule');
    await waitFor(async () => expect(await schedule.textContent()).toContain('La porte se fermera à'));
    expect(await schedule.textContent()).toContain('dans 30 minutes');
    await screenshot(facilitator, 'facilitator-door-schedule');
    await facilitator.getByRole('button', { name: 'Laisser la porte ouverte' }).click();
    await waitFor(async () => expect(await schedule.textContent()).toContain('Fermer la porte dans'));
  });

  test('at the chosen time the code disappears from the projector and the server refuses it', async () => {
    const control = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.facilitator);
    // A closing two seconds away, written as the facilitator's screen would (nobody waits 15 min here).
    setDoor(control.doc, { open: true, closesAt: Date.now() + 2000 }, new UserOrigin('facilitator'));
    await projector.getByTestId('join-closed').waitFor({ timeout: 10_000 });
    await waitFor(async () =>
      expect(await facilitator.getByTestId('door-toggle').textContent()).toContain('Porte fermée'),
    );
    expect((await joinByCode(e2e.server.url, workshop.joinCode, 'late-tablet')).status).toBe(403);

    await facilitator.getByTestId('door-toggle').click();
    await projector.getByTestId('join-code').waitFor();
    expect((await joinByCode(e2e.server.url, workshop.joinCode, 'late-tablet')).status).toBe(200);
    control.destroy();
  });

  test('the facilitator is told when many wrong codes are tried on the server', async () => {
    for (let i = 0; i < 45; i++)
      await joinByCode(e2e.server.url, workshop.joinCode === '000000' ? '000001' : '000000', `guess-${i}`);
    await facilitator.reload();
    const notice = facilitator.getByTestId('join-guess-notice');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Quelqu’un essaie beaucoup de codes faux\u00a0: 45 essais');
    await screenshot(facilitator, 'facilitator-guess-notice');
  });
});
