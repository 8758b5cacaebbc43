/**
 * A refusal on the plan, answered calmly and losing nothing: a stakeholder is writing a fiche when
 * another screen deletes it. Her screen says so in the plan's cue (a live region, no dialog), keeps
 * what the fiche held in place of it, and writes it again, words, scores and links, on one tap.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import { removeAction } from '../../shared/ops/plan/actions';
import { readActions } from '../../shared/read/plan';
import { laptopContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { type SeededWorkshop, seedPlanWorkshop } from './plan-seed';

const e2e = setUpE2eEnvironment();
let workshop: SeededWorkshop;
/** Another stakeholder's screen, through the stock client. */
let elsewhere: SyncClient;
let amina: Page;

beforeAll(async () => {
  workshop = await seedPlanWorkshop(e2e.server.url);
  elsewhere = await connectSynced(e2e.server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
  amina = await (await laptopContext(e2e.browser)).newPage();
  amina.on('pageerror', (error) => console.error('[plan page error]', error.message));
  await amina.goto(workshop.links.stakeholder);
  await amina.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
}, 90_000);

afterAll(() => {
  elsewhere?.destroy();
});

describe('a fiche deleted on another screen while it is being written', () => {
  test('is said calmly, kept on screen, and written again with everything it held', async () => {
    await amina.getByTestId('plan-tab-field').click();
    const card = amina.locator(
      `.field-card[data-proposal-id="${workshop.proposals['Atelier mots de passe']}"]`,
    );
    await card.getByRole('button', { name: 'Créer une action' }).click();
    const fiche = amina.getByTestId('fiche');
    await fiche.getByRole('heading', { name: /Atelier mots de passe/ }).waitFor();
    const id = (await fiche.getAttribute('data-action-id')) ?? '';
    await fiche.getByLabel(/^Objectifs/).fill('Que chacun retrouve ses mots de passe seul.');
    await fiche.getByLabel(/^Budget/).fill('environ 2 000 €');
    await waitFor(() =>
      expect(readActions(elsewhere.doc).find((a) => a.id === id)).toMatchObject({
        objectives: 'Que chacun retrouve ses mots de passe seul.',
        budget: 'environ 2 000 €',
      }),
    );

    removeAction(elsewhere.doc, { id }, new UserOrigin('stakeholder'));

    const cue = amina.getByTestId('plan-cue');
    await cue.waitFor({ timeout: 20_000 });
    expect(await cue.getAttribute('data-refusal')).toBe('gone');
    expect(await cue.textContent()).toContain('Cette fiche a été supprimée sur un autre écran.');
    expect(await amina.locator('.cue-region[aria-live="polite"]').count()).toBeGreaterThan(0);
    const removed = amina.getByTestId('fiche-removed');
    await removed.getByText('Que chacun retrouve ses mots de passe seul.').waitFor();
    await removed.getByText('environ 2 000 €').waitFor();
    await screenshot(amina, 'plan-fiche-removed');

    await removed.getByTestId('fiche-restore').click();
    await fiche.getByRole('heading', { name: /Atelier mots de passe/ }).waitFor();
    const again = (await fiche.getAttribute('data-action-id')) ?? '';
    expect(again).not.toBe(id);
    expect(await fiche.getByLabel(/^Objectifs/).inputValue()).toBe(
      'Que chacun retrouve ses mots de passe seul.',
    );
    await waitFor(() => {
      const restored = readActions(elsewhere.doc).find((a) => a.id === again);
      expect(restored).toMatchObject({
        title: 'Atelier mots de passe',
        objectives: 'Que chacun retrouve ses mots de passe seul.',
        budget: 'environ 2 000 €',
      });
      // Traced back to the board as before: the proposal and the difficulties it answers.
      expect(restored?.links).toContain(workshop.proposals['Atelier mots de passe']);
      expect(restored?.links).toHaveLength(3);
      expect(restored?.context).toContain('Mot de passe oublié\u00a0: 2 fois');
    });
    expect(await amina.getByTestId('fiche-removed').count()).toBe(0);
  }, 120_000);
});
