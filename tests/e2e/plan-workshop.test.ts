/**
 * The stakeholders' workshop end to end: two remote stakeholders and the facilitator start actions
 * from residents' proposals, place them on the chronological fresco (move, resize, change lane), write
 * the same objectives at the same time, score the capability radar; a resident's tablet and the
 * projector see the plan without any editing control. The plan document is checked through the stock
 * y-websocket client, as another tool would read it.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readActions } from '../../shared/read/plan';
import type { Action } from '../../shared/schema/plan';
import {
  laptopContext,
  projectorContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  tabletContext,
  waitFor,
} from '../helpers/e2e';
import { chooseAvatar } from '../helpers/e2ePages';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { type SeededWorkshop, seedPlanWorkshop } from './plan-seed';

type Rect = { x: number; y: number; width: number; height: number; visible: boolean };

const e2e = setUpE2eEnvironment();
let workshop: SeededWorkshop;
let plan: SyncClient;
let amina: Page;
let bruno: Page;
let facilitator: Page;
const ids = { passwords: '', caf: '', scanner: '' };

function actionsNow(): Action[] {
  return readActions(plan.doc);
}

function action(id: string): Action {
  const found = actionsNow().find((a) => a.id === id);
  if (!found) throw new Error(`no action ${id} in the plan document`);
  return found;
}

async function openPlan(page: Page, link: string, name?: string): Promise<void> {
  await page.goto(link);
  await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
  if (name) await page.getByLabel('Votre nom ou structure').fill(name);
}

async function startFromProposal(page: Page, label: string): Promise<string> {
  await page.getByTestId('plan-tab-field').click();
  const card = page.locator(`.field-card[data-proposal-id="${workshop.proposals[label]}"]`);
  await card.getByRole('button', { name: 'Créer une action' }).click();
  const fiche = page.getByTestId('fiche');
  await fiche.getByRole('heading', { name: new RegExp(label) }).waitFor();
  return (await fiche.getAttribute('data-action-id')) ?? '';
}

async function cardRect(page: Page, id: string): Promise<Rect> {
  return waitFor(async () => {
    const rect = await page.evaluate((actionId) => window.__planCanvas?.cardRects()[actionId], id);
    if (!rect?.visible) throw new Error(`card ${id} not drawn`);
    return rect as Rect;
  });
}

/** A real mouse drag in small steps, as a person does it. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y);
  await page.mouse.down();
  await page.mouse.move(to.x, to.y, { steps: 12 });
  const rendersDuringDrag = await page.evaluate(() => window.__planCanvas?.renders() ?? -1);
  await page.mouse.move(to.x + 1, to.y, { steps: 4 });
  const rendersAfterMoves = await page.evaluate(() => window.__planCanvas?.renders() ?? -1);
  await page.mouse.up();
  return { rendersDuringDrag, rendersAfterMoves };
}

/** The fiche scrolls inside its panel: unroll it for the picture, so the screenshot shows all of it. */
async function screenshotWholeFiche(page: Page, name: string): Promise<void> {
  // Set through the CSSOM, which the page's Content-Security-Policy allows (a <style> tag it refuses).
  const unroll = { position: 'static', maxHeight: 'none', overflow: 'visible' };
  const saved = await page.locator('.fiche').evaluate((element, style) => {
    const { cssText } = (element as HTMLElement).style;
    Object.assign((element as HTMLElement).style, style);
    return cssText;
  }, unroll);
  await screenshot(page, name);
  await page.locator('.fiche').evaluate((element, cssText) => {
    (element as HTMLElement).style.cssText = cssText;
  }, saved);
}

beforeAll(async () => {
  workshop = await seedPlanWorkshop(e2e.server.url);
  plan = await connectSynced(e2e.server.url, workshop.id, 'plan', workshop.tokens.viewer);
  const laptop = async () => {
    const page = await (await laptopContext(e2e.browser)).newPage();
    page.on('pageerror', (error) => console.error('[plan page error]', error.message));
    return page;
  };
  amina = await laptop();
  bruno = await laptop();
  facilitator = await laptop();
  await Promise.all([
    openPlan(amina, workshop.links.stakeholder, 'Amina (CCAS)'),
    openPlan(bruno, workshop.links.stakeholder, 'Bruno (CAF)'),
    openPlan(facilitator, workshop.links.facilitator),
  ]);
}, 60_000);

afterAll(async () => {
  plan?.destroy();
});

describe('the action fresco', () => {
  test('two remote stakeholders and the facilitator start actions from residents’ proposals', async () => {
    ids.passwords = await startFromProposal(amina, 'Atelier mots de passe');
    ids.caf = await startFromProposal(bruno, 'Permanence pour les dossiers CAF');
    ids.scanner = await startFromProposal(facilitator, 'Scanner en libre accès');

    await waitFor(() => expect(actionsNow()).toHaveLength(3));
    const passwords = action(ids.passwords);
    // Traced back to the board: the proposal and the difficulties it answers.
    expect(passwords.links).toContain(workshop.proposals['Atelier mots de passe']);
    expect(passwords.links).toHaveLength(3);
    // The context starts with the residents' difficulties, counted, in their own words.
    expect(passwords.context).toContain('Mot de passe oublié\u00a0: 2 fois');
    expect(passwords.context).toContain('«\u00a0je note tout sur un papier et je le perds\u00a0»');
    expect(passwords.context).toContain('(3 votes)');
    await amina.getByTestId('linked-items').getByText('je note tout sur un papier et je le perds').waitFor();

    // Natures are chosen in the fiche; the counts per nature follow on every screen.
    await bruno.getByTestId('fiche').getByRole('radio', { name: 'À poursuivre' }).check();
    await facilitator.getByTestId('fiche').getByRole('radio', { name: 'À renforcer' }).check();
    await waitFor(() => {
      expect(action(ids.caf).nature).toBe('continue');
      expect(action(ids.scanner).nature).toBe('reinforce');
    });

    // Every screen lists the three actions; the field return says which proposal is already taken up.
    for (const page of [amina, bruno, facilitator]) {
      await page.getByTestId('plan-tab-timeline').click();
      await waitFor(async () => expect(await page.locator('.action-row').count()).toBe(3));
    }
    await waitFor(async () =>
      expect(await amina.getByTestId('nature-counts').textContent()).toMatch(
        /3 actions.*1 à poursuivre.*1 à renforcer.*1 nouvelle/,
      ),
    );
    await bruno.getByTestId('plan-tab-field').click();
    await bruno
      .locator(`.field-card[data-proposal-id="${workshop.proposals['Atelier mots de passe']}"]`)
      .getByText('Déjà reprise dans')
      .waitFor();
    await bruno.getByTestId('plan-tab-timeline').click();
  });

  test('presence shows who has which fiche open', async () => {
    // Amina's fiche is open on her screen: Bruno sees her name on the card's row.
    await bruno
      .locator(`.action-row[data-action-id="${ids.passwords}"]`)
      .getByText('Ouverte par Amina (CCAS)')
      .waitFor();
  });

  test('a lead actor puts the card in its lane; cards move, resize and change lane by dragging', async () => {
    const fiche = amina.getByTestId('fiche');
    await fiche.getByLabel(/^Porteur/).fill('CCAS');
    await waitFor(() => expect(action(ids.passwords).owner).toBe('CCAS'));
    expect(action(ids.passwords)).toMatchObject({ start: '2027-01', end: '2027-12' });

    // Move six months to the right.
    const month = await amina.evaluate(() => 26 * (window.__planCanvas?.camera().zoom ?? 1));
    let rect = await cardRect(amina, ids.passwords);
    const centre = { x: rect.x + rect.width / 2, y: rect.y + rect.height / 2 };
    const renders = await drag(amina, centre, { x: centre.x + 6 * month, y: centre.y });
    // No React render per pointer move: the canvas moved Konva nodes only.
    expect(renders.rendersAfterMoves).toBe(renders.rendersDuringDrag);
    await waitFor(() => expect(action(ids.passwords)).toMatchObject({ start: '2027-07', end: '2028-06' }));

    // Pull the right edge three months further, once the card is drawn at its new place.
    await waitFor(async () => {
      rect = await cardRect(amina, ids.passwords);
      expect(rect.x + rect.width / 2).toBeGreaterThan(centre.x + 5 * month);
    });
    const edge = { x: rect.x + rect.width - 3, y: rect.y + rect.height / 2 };
    await drag(amina, edge, { x: edge.x + 3 * month, y: edge.y });
    await waitFor(() => expect(action(ids.passwords)).toMatchObject({ start: '2027-07', end: '2028-09' }));

    // Bruno drags his card (no lead yet) into the CCAS lane: its lead becomes CCAS, its months stay.
    const lanes = await waitFor(async () => {
      const found = await bruno.evaluate(() => window.__planCanvas?.laneRects());
      if (!found?.CCAS) throw new Error('CCAS lane not drawn yet');
      return found;
    });
    const ccas = lanes.CCAS as Rect;
    const caf = await cardRect(bruno, ids.caf);
    await drag(
      bruno,
      { x: caf.x + 20, y: caf.y + caf.height / 2 },
      { x: caf.x + 20, y: ccas.y + ccas.height / 2 },
    );
    await waitFor(() =>
      expect(action(ids.caf)).toMatchObject({ owner: 'CCAS', start: '2027-01', end: '2027-12' }),
    );
    await waitFor(async () =>
      expect(await facilitator.locator('.action-list-lane[data-lane="CCAS"] .action-row').count()).toBe(2),
    );
    // Lanes by theme: nobody gave a theme yet, so one lane; then back to lanes by lead.
    await amina.getByTestId('lanes-theme').click();
    await waitFor(async () =>
      expect(await amina.locator('.action-list-lane h3').allTextContents()).toEqual([
        expect.stringContaining('Sans thème'),
      ]),
    );
    await amina.getByTestId('lanes-owner').click();
    await amina.locator('.action-list-lane[data-lane="CCAS"]').waitFor();
    await screenshot(amina, 'plan-timeline');
  });

  test('two stakeholders write the same objectives at the same time and both texts survive', async () => {
    await bruno.locator(`.action-row[data-action-id="${ids.passwords}"] .action-row-open`).click();
    const aminaField = amina.getByTestId('fiche').getByLabel(/^Objectifs/);
    const brunoField = bruno.getByTestId('fiche').getByLabel(/^Objectifs/);
    await aminaField.click();
    await brunoField.click();
    const aminaText = 'Apprendre à créer un mot de passe.';
    const brunoText = 'Débloquer son compte CAF.';
    await Promise.all([
      aminaField.pressSequentially(aminaText, { delay: 10 }),
      brunoField.pressSequentially(brunoText, { delay: 10 }),
    ]);
    await waitFor(() => {
      const objectives = action(ids.passwords).objectives;
      expect(objectives).toContain(aminaText);
      expect(objectives).toContain(brunoText);
    });
    const stored = action(ids.passwords).objectives;
    await waitFor(async () => {
      expect(await aminaField.inputValue()).toBe(stored);
      expect(await brunoField.inputValue()).toBe(stored);
    });
    // Amina's caret stays in her words while Bruno writes before them.
    const afterVerb = stored.indexOf('Apprendre') + 'Apprendre'.length;
    await aminaField.evaluate(
      (element, at) => (element as HTMLTextAreaElement).setSelectionRange(at, at),
      afterVerb,
    );
    await brunoField.press('Control+Home');
    await brunoField.pressSequentially('But : ');
    await waitFor(async () => expect(await aminaField.inputValue()).toMatch(/^But : /));
    await aminaField.pressSequentially(' vite');
    await waitFor(() => expect(action(ids.passwords).objectives).toContain('Apprendre vite à créer'));
    expect(action(ids.passwords).objectives).toMatch(/^But : /);
  }, 45_000);

  test('the capability radar is scored by clicking it and with the keyboard', async () => {
    const fiche = amina.getByTestId('fiche');
    // Keyboard: the "Accès aux droits" steps are radio buttons; pick level 3.
    const rights = fiche.locator('.score-axis[data-axis="rights"]');
    await rights.getByLabel('3 : beaucoup').check();
    await waitFor(() => expect(action(ids.passwords).capabilities.rights).toBe(3));
    await rights.getByLabel('3 : beaucoup').press('ArrowRight');
    await waitFor(() => expect(action(ids.passwords).capabilities.rights).toBe(4));

    // Pointing: the top spoke is the first axis (work); halfway out is level 2 (viewBox 420×330, centre
    // 210,169, radius 105). Playwright checks the click lands on the radar itself.
    const radar = fiche.getByTestId('capability-radar');
    await radar.scrollIntoViewIfNeeded();
    const box = await radar.boundingBox();
    if (!box) throw new Error('radar not on screen');
    const scale = box.width / 420;
    await radar.click({ position: { x: 210 * scale, y: (169 - 52.5) * scale } });
    await waitFor(() => expect(action(ids.passwords).capabilities.work).toBe(2));
    await fiche.locator('.score-axis[data-axis="work"] .score-now', { hasText: '2 : moyennement' }).waitFor();
    await screenshotWholeFiche(amina, 'plan-fiche-open');

    // The facilitator's synthesis radar counts it, against the residents' difficulties.
    await facilitator.getByRole('button', { name: 'Fermer la fiche' }).click();
    await facilitator.getByTestId('plan-tab-synthesis').click();
    const table = facilitator.getByTestId('synthesis-radar');
    await waitFor(async () =>
      expect(await table.locator('tr[data-axis="rights"] td').first().textContent()).toBe('3'),
    );
    await waitFor(async () =>
      expect(await table.locator('tr[data-axis="rights"] td').nth(1).textContent()).toBe('4'),
    );
    await screenshot(facilitator, 'plan-synthesis-radar');
    await facilitator.getByTestId('plan-tab-timeline').click();
  });

  test('the facilitator sets the plan’s period and the radar’s axes for everyone', async () => {
    await facilitator.getByTestId('plan-settings').click();
    const dialog = facilitator.getByRole('dialog', { name: 'Réglages du plan' });
    await dialog.getByLabel('Nom de l’axe 1').fill('Emploi et insertion');
    await dialog.getByLabel('Nom de l’axe 1').press('Tab');
    await dialog.getByPlaceholder('Nouvel axe').fill('Mobilité');
    await dialog.getByRole('button', { name: 'Ajouter l’axe' }).click();
    await dialog.getByLabel('Fin (mois)').fill('2029-12');
    await dialog.getByRole('button', { name: 'Enregistrer la période' }).click();
    await dialog.getByRole('button', { name: 'Fermer' }).click();

    const fiche = amina.getByTestId('fiche');
    await fiche.locator('.score-axis legend', { hasText: 'Emploi et insertion' }).waitFor();
    await waitFor(async () => expect(await fiche.locator('.score-axis').count()).toBe(6));
    await fiche.getByText('La frise va de 2027-01 à 2029-12').waitFor();
    // The scores given on the renamed axis are kept (same axis id).
    expect(action(ids.passwords).capabilities.work).toBe(2);
  });

  test('odd input is said at the field and kept as typed', async () => {
    const fiche = bruno.getByTestId('fiche');
    await bruno.locator(`.action-row[data-action-id="${ids.caf}"] .action-row-open`).click();
    await fiche.getByLabel(/^Fin/).fill('2026-05');
    await fiche.getByLabel(/^Budget/).fill('environ 5 000 €');
    await fiche.getByText('La fin est avant le début').waitFor();
    await fiche.getByText('Ce budget n’est pas un nombre').waitFor();
    await waitFor(() => expect(action(ids.caf)).toMatchObject({ end: '2026-05', budget: 'environ 5 000 €' }));
    await bruno.locator(`.action-row[data-action-id="${ids.caf}"] .action-row-problem`).waitFor();
  });

  test('a resident’s tablet and the projector show the plan with no editing control', async () => {
    const tablet = await (await tabletContext(e2e.browser)).newPage();
    await tablet.goto(workshop.links.participant);
    await chooseAvatar(tablet, { avatar: 'Tortue', color: 'Bleu' });
    await tablet.getByTestId('plan-screen').waitFor();
    await waitFor(async () => expect(await tablet.locator('.action-row').count()).toBe(3));
    expect(await tablet.getByTestId('plan-screen').getAttribute('data-editable')).toBe('false');
    expect(await tablet.getByTestId('new-action').count()).toBe(0);
    await tablet.locator(`.action-row[data-action-id="${ids.passwords}"] .action-row-open`).click();
    const fiche = tablet.getByTestId('fiche');
    await fiche.getByText(/Débloquer son compte CAF\./).waitFor();
    expect(await fiche.locator('input, textarea, select').count()).toBe(0);
    expect(await fiche.getByRole('button', { name: /Supprimer|Retirer|Lier/ }).count()).toBe(0);

    const projector = await (await projectorContext(e2e.browser)).newPage();
    await projector.goto(workshop.links.viewer);
    await projector.getByTestId('plan-projector').waitFor();
    await waitFor(async () =>
      expect(
        Object.keys((await projector.evaluate(() => window.__planCanvas?.cardRects())) ?? {}),
      ).toHaveLength(3),
    );
    expect(await projector.locator('input, textarea').count()).toBe(0);
    await screenshot(projector, 'plan-projector');
    await tablet.context().close();
    await projector.context().close();
  }, 60_000);

  test('the plan screen has no serious accessibility violation', async () => {
    await amina.locator(`.action-row[data-action-id="${ids.passwords}"] .action-row-open`).click();
    expect(await seriousA11yViolations(amina)).toEqual([]);
    await amina.getByTestId('plan-tab-field').click();
    expect(await seriousA11yViolations(amina)).toEqual([]);
  });
});
