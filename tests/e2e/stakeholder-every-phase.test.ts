/**
 * The stakeholder link opens the plan in every phase (PRODUCT.md §3), with the residents' field return
 * beside it, live. Seeded during the exploration with twelve kinds of difficulty, two of them written
 * by another tool with pictogram ids the catalogue does not know (`password`, `ticket-machine`, under a
 * `bus` activity): the stakeholder's laptop shows the plan desk and creates an action; its field return
 * counts every difficulty (the rarest in a counted "Autres" column) and never shows a raw id; its
 * accessible list names the difficulties; the facilitator's synthesis shows all twelve columns.
 */
import { resolve } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { addProposal } from '../../shared/ops/board/proposals';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { readItems } from '../../shared/read/board';
import { readActions } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import { createWorkshop } from '../helpers/api';
import {
  laptopContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  waitFor,
} from '../helpers/e2e';
import { connectSynced, type SyncClient } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
const origin = new UserOrigin('facilitator');
const author = 'facilitator';
let workshop: CreateWorkshopResponse;
let board: SyncClient;
let plan: SyncClient;
let stakeholder: Page;
let facilitator: Page;
let busId = '';

/** Catalogue names of the ten shipped difficulties seeded, and the residents' words on the two foreign ones. */
const NAMES = ['Mot de passe oublié', 'Formulaire trop long', 'Code perdu', 'Automate en panne'] as const;
const RAW_IDS = /\bpassword\b|ticket-machine|\bbus\b|forgot-password|form-too-long/;

/** The text as a reader sees it (rendered layout, line breaks), not the raw DOM text. */
// biome-ignore lint/performance/useDomNodeTextContent: Playwright's rendered text is what a reader sees.
const shown = (locator: Locator) => locator.innerText();

const link = (token: string) => `${e2e.server.url}/w/${workshop.id}#token=${token}`;

async function seed(): Promise<void> {
  workshop = await createWorkshop(e2e.server.url, { title: 'Atelier du Jas', place: 'Centre social' });
  const token = workshop.tokens.facilitator;
  board = await connectSynced(e2e.server.url, workshop.id, 'board', token);
  plan = await connectSynced(e2e.server.url, workshop.id, 'plan', workshop.tokens.viewer);
  const control = await connectSynced(e2e.server.url, workshop.id, 'control', token);
  try {
    addParticipant(board.doc, { id: 'ana', name: 'Ana', avatar: 'fox', color: '#1f4fa8' }, origin);
    const place = (pictogram: string, label?: string) => {
      const id = placeActivity(
        board.doc,
        { pictogram, label, day: 'mon', period: 'morning', author },
        origin,
      );
      if (!id) throw new Error(`seed: activity ${pictogram} refused`);
      return id;
    };
    const caf = place('caf');
    const job = place('look-for-job');
    const bank = place('bank');
    busId = place('bus', 'Bus 12');
    place('music');
    const difficulty = (activityId: string, pictogram: string, label = '') => {
      const id = addDifficulty(board.doc, { activityId, pictogram, label, author }, origin);
      if (!id) throw new Error(`seed: difficulty ${pictogram} refused`);
      return id;
    };
    const pwd = difficulty(caf, 'forgot-password', 'je perds mes codes');
    difficulty(bank, 'forgot-password');
    difficulty(job, 'forgot-password');
    difficulty(caf, 'form-too-long');
    difficulty(caf, 'form-too-long');
    difficulty(busId, 'password', 'Code perdu');
    difficulty(busId, 'password', 'Code perdu');
    for (const pictogram of [
      'scan-document',
      'nobody-to-help',
      'too-complicated',
      'language',
      'data-plan-too-expensive',
      'no-email-address',
      'old-phone',
      'fear-of-mistakes',
    ]) {
      difficulty(job, pictogram);
    }
    // Rarest, and only under the bus: in a table cut to its first columns, the bus would look untroubled.
    difficulty(busId, 'ticket-machine', 'Automate en panne');
    addProposal(
      board.doc,
      { difficultyIds: [pwd], pictogram: 'digital-workshop', label: 'Atelier mots de passe', author },
      origin,
    );
    setPhase(control.doc, 'explore', origin);
    const check = await connectSynced(e2e.server.url, workshop.id, 'board', workshop.tokens.viewer);
    const checkControl = await connectSynced(e2e.server.url, workshop.id, 'control', workshop.tokens.viewer);
    try {
      await waitFor(() => {
        if (readItems(check.doc).length !== 5 + 16 + 1) throw new Error('board not stored yet');
        if (readWorkshop(checkControl.doc).phase !== 'explore') throw new Error('phase not stored yet');
      });
    } finally {
      check.destroy();
      checkControl.destroy();
    }
  } finally {
    control.destroy();
  }
}

beforeAll(async () => {
  await seed();
  const laptop = async () => {
    const page = await (await laptopContext(e2e.browser)).newPage();
    page.on('pageerror', (error) => console.error('[stakeholder page error]', error.message));
    return page;
  };
  [stakeholder, facilitator] = await Promise.all([laptop(), laptop()]);
  await Promise.all([
    stakeholder.goto(link(workshop.tokens.stakeholder)),
    facilitator.goto(link(workshop.tokens.facilitator)),
  ]);
}, 90_000);

afterAll(() => {
  board?.destroy();
  plan?.destroy();
});

describe('the stakeholder link in a residents’ phase', () => {
  test('opens the plan desk, with the phase and the field return beside it', async () => {
    await stakeholder.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
    await waitFor(async () =>
      expect(await stakeholder.getByTestId('stakeholder-phase').getAttribute('data-phase')).toBe('explore'),
    );
    expect(await stakeholder.getByTestId('plan-screen').getAttribute('data-editable')).toBe('true');
    const beside = stakeholder.getByTestId('field-beside');
    await beside.getByTestId('field-return').waitFor();
    await screenshot(stakeholder, 'stakeholder-explore-plan');
  });

  test('beside the plan, every difficulty is counted, the rarest under “Autres” in view, no raw id', async () => {
    const beside = stakeholder.getByTestId('field-beside');
    const matrix = beside.getByTestId('field-matrix');
    await matrix.waitFor();
    // The panel is narrow: as many columns as fit, the rest folded, and "Autres" seen without scrolling.
    const others = matrix.getByTestId('matrix-others');
    const folded = Number((await shown(others)).match(/^Autres \((\d+) difficultés\)$/)?.[1]);
    expect(folded).toBeGreaterThan(1);
    expect((await matrix.locator('thead th[data-pictogram]').count()) + folded).toBe(12);
    const scroller = await beside.locator('.matrix-scroll').boundingBox();
    const column = await others.boundingBox();
    expect(column && scroller && column.x + column.width <= scroller.x + scroller.width + 1).toBe(true);
    // The bus: "Automate en panne", the rarest, met only there, is counted and named in its "Autres" cell.
    const bus = matrix.locator('tbody tr[data-pictogram="bus"]');
    expect(await shown(bus.locator('th'))).toBe('Bus 12');
    expect(await bus.locator('td').last().textContent()).toContain('Automate en panne (1)');
    const text = await shown(beside);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).not.toMatch(RAW_IDS);
    await beside.locator('section[aria-labelledby="field-matrix"]').screenshot({
      path: resolve('test-results/screenshots/synthesis-autres.png'),
    });
  });

  test('in its own tab, the field return has eight columns, "Autres" holding the five rarest', async () => {
    await stakeholder.getByTestId('plan-tab-field').click();
    const matrix = stakeholder.getByTestId('field-matrix');
    await waitFor(async () => expect(await matrix.locator('thead th').count()).toBe(1 + 7 + 1));
    const others = matrix.getByTestId('matrix-others');
    expect(await others.getAttribute('data-count')).toBe('5');
    expect(await shown(others)).toBe('Autres (5 difficultés)');
    const bus = await matrix.locator('tbody tr[data-pictogram="bus"] td').allInnerTexts();
    // "Code perdu" twice in its own column; "Automate en panne" once, in "Autres", which names it.
    expect(bus.slice(0, 7)).toEqual(['', '', '2', '', '', '', '']);
    expect(bus[7]).toMatch(/^1\s*: Automate en panne \(1\)$/);
    expect(await shown(matrix)).not.toMatch(RAW_IDS);
    await stakeholder.getByTestId('plan-tab-timeline').click();
    await stakeholder.getByTestId('field-beside').waitFor();
  });

  test('the accessible list names every difficulty with its count, and follows the residents live', async () => {
    const list = stakeholder.getByTestId('field-beside').locator('.field-list').last();
    const row = (pictogram: string) => list.locator(`[data-difficulty="${pictogram}"]`);
    expect(await list.locator('[data-difficulty]').count()).toBe(12);
    expect(await shown(row('forgot-password'))).toContain('Mot de passe oublié 3 fois');
    expect(await shown(row('password'))).toContain('Code perdu 2 fois');
    expect(await shown(row('ticket-machine'))).toContain('Automate en panne 1 fois');
    // A resident adds one more while the stakeholder writes.
    addDifficulty(board.doc, { activityId: busId, pictogram: 'ticket-machine', label: '', author }, origin);
    await waitFor(async () =>
      expect(await shown(row('ticket-machine'))).toContain('Automate en panne 2 fois'),
    );
    const proposals = await shown(stakeholder.getByTestId('field-beside'));
    expect(proposals).toContain('Atelier mots de passe');
  });

  test('creates an action in the exploration phase; the plan keeps it and lists it by lane', async () => {
    await stakeholder.getByTestId('new-action').click();
    const fiche = stakeholder.getByTestId('fiche');
    await fiche.waitFor();
    const id = (await fiche.getAttribute('data-action-id')) ?? '';
    await waitFor(() => expect(readActions(plan.doc).map((a) => a.id)).toContain(id));
    await fiche.getByRole('button', { name: 'Fermer la fiche' }).click();
    const list = stakeholder.getByTestId('action-list');
    await waitFor(async () => expect(await shown(list.locator('h2'))).toBe('Liste des actions (1)'));
    expect(await list.locator('.action-list-lane').count()).toBeGreaterThan(0);
    expect(await seriousA11yViolations(stakeholder)).toEqual([]);
  });
});

describe('the facilitator’s synthesis', () => {
  test('shows every difficulty as a column of its own, named, never by its raw id', async () => {
    await facilitator.getByTestId('synthesis-toggle').click({ timeout: 30_000 });
    const heatmap = facilitator.getByTestId('heatmap');
    await heatmap.waitFor();
    // Activity, 12 difficulties, total.
    expect(await heatmap.locator('thead th').count()).toBe(1 + 12 + 1);
    const text = await shown(heatmap);
    for (const name of NAMES) expect(text).toContain(name);
    expect(text).toContain('Bus 12');
    expect(text).not.toMatch(RAW_IDS);
    const bus = heatmap.locator('tbody tr[data-pictogram="bus"]');
    expect(await bus.locator('td[data-count="2"]').count()).toBeGreaterThan(0);
  });
});
