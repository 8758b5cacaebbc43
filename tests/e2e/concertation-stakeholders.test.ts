/**
 * A concertation's stakeholders' workshop in Chromium: residents of two neighbourhoods speak in their
 * own workshops; a stakeholder on a laptop sees their words pooled beside the plan, live, starts an
 * action answering both neighbourhoods at once, and the lead's schéma says where each word was said.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import type * as Y from 'yjs';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import { buildHtml } from '../../shared/export/html';
import { buildExportModel } from '../../shared/export/model/buildExportModel';
import type { LinkedBoard } from '../../shared/export/model/crossLinks';
import { schemaOutline, underConcertation } from '../../shared/export/model/schemaOutline';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import type {
  ConcertationWorkshopCreated,
  CreateConcertationResponse,
} from '../../shared/protocol/concertation';
import { readBoard } from '../../shared/read/board';
import { readPlan } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import { call } from '../helpers/api';
import { laptopContext, screenshot, setUpE2eEnvironment, waitFor } from '../helpers/e2e';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let concertation: CreateConcertationResponse;
let jas: ConcertationWorkshopCreated;
let enc: ConcertationWorkshopCreated;
let stakeholders: ConcertationWorkshopCreated;
let page: Page;

async function addWorkshop(body: Record<string, unknown>): Promise<ConcertationWorkshopCreated> {
  const path = `/api/concertations/${concertation.id}/workshops`;
  return (
    await call<ConcertationWorkshopCreated>(e2e.server.url, 'POST', path, { token: concertation.token, body })
  ).body;
}

async function residentSays(workshop: ConcertationWorkshopCreated, id: string, words: string): Promise<void> {
  const board = await connectSynced(e2e.server.url, workshop.id, 'board', workshop.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  addParticipant(board.doc, { id, name: `Zoé ${id}`, avatar: 'fox', color: '#1f4fa8' }, origin);
  const activity = placeActivity(
    board.doc,
    { pictogram: 'caf', day: 'mon', period: 'morning', author: id },
    origin,
  );
  addDifficulty(
    board.doc,
    { activityId: activity as string, pictogram: 'forgot-password', label: words, author: id },
    origin,
  );
  board.destroy();
}

/** The schéma as the HTML writer draws it, from what the public API and the stock client read. */
async function schemaHtml(): Promise<string> {
  const read = async (workshop: ConcertationWorkshopCreated) => {
    const docs = await Promise.all(
      (['control', 'board', 'plan'] as const).map((name) =>
        connectSynced(e2e.server.url, workshop.id, name, workshop.tokens.viewer),
      ),
    );
    const [control, board, plan] = docs.map((client) => client.doc) as [Y.Doc, Y.Doc, Y.Doc];
    const input = { workshop: readWorkshop(control), board: readBoard(board), plan: readPlan(plan) };
    for (const client of docs) client.destroy();
    return input;
  };
  const linked = new Map<string, LinkedBoard>();
  for (const workshop of [jas, enc]) {
    const { workshop: settings, board } = await read(workshop);
    linked.set(workshop.id, { place: settings.place, board, custom: settings.customPictograms });
  }
  const field = (
    await call<FieldReturn>(
      e2e.server.url,
      'GET',
      `/api/concertations/${concertation.id}/field-return.json`,
      { token: concertation.token },
    )
  ).body;
  const input = underConcertation(await read(stakeholders), {
    title: 'Schéma d’inclusion numérique',
    city: 'Aix-en-Provence',
  });
  const model = buildExportModel(input, { linked });
  return buildHtml(model, { pictures: false }, schemaOutline(model, field));
}

const pooledTotal = () =>
  page.getByTestId('pooled-difficulties').locator('tbody tr[data-pictogram="forgot-password"] .pooled-total');

beforeAll(async () => {
  concertation = (
    await call<CreateConcertationResponse>(e2e.server.url, 'POST', '/api/concertations', {
      body: { title: 'Schéma d’inclusion numérique', city: 'Aix-en-Provence' },
    })
  ).body;
  jas = await addWorkshop({ title: 'Atelier Jas', place: 'Jas de Bouffan', kind: 'residents' });
  enc = await addWorkshop({ title: 'Atelier Encagnane', place: 'Encagnane', kind: 'residents' });
  stakeholders = await addWorkshop({ title: 'Atelier des partenaires', kind: 'stakeholders' });
  await residentSays(jas, 'a', 'je note tout sur un papier');
  await residentSays(enc, 'b', 'mon fils le fait pour moi');
  page = await (await laptopContext(e2e.browser)).newPage();
  await page.goto(`${e2e.server.url}/w/${stakeholders.id}#token=${stakeholders.tokens.stakeholder}`);
  await page.getByTestId('plan-screen').waitFor({ timeout: 30_000 });
  await page.getByLabel('Votre nom ou structure').fill('CCAS');
}, 120_000);

describe('the stakeholders’ workshop of a concertation', { timeout: 60_000 }, () => {
  test('shows the field return of every neighbourhood beside the plan, without names', async () => {
    if (await page.getByTestId('plan-tab-field').isVisible())
      await page.getByTestId('plan-tab-field').click();
    await page.getByTestId('concertation-field').waitFor();
    await waitFor(async () => expect(await pooledTotal().textContent()).toBe('2'), { timeoutMs: 15_000 });
    const said = await page.getByTestId('pooled-words').textContent();
    expect(said).toContain('dit à Jas de Bouffan');
    expect(said).toContain('dit à Encagnane');
    expect(await page.getByTestId('concertation-field').textContent()).not.toContain('Zoé');
  });

  test('follows a new word in a neighbourhood within seconds', async () => {
    await residentSays(jas, 'c', 'trop de codes');
    await waitFor(async () => expect(await pooledTotal().textContent()).toBe('3'), { timeoutMs: 10_000 });
  });

  test('starts one action answering residents of both neighbourhoods, and the schéma says where', async () => {
    await page
      .getByTestId('pooled-difficulties')
      .locator('tbody tr[data-pictogram="forgot-password"]')
      .getByRole('button', { name: 'Créer une action' })
      .click();
    const fiche = page.getByTestId('fiche');
    await fiche.waitFor();
    const links = fiche.getByTestId('pooled-links');
    await waitFor(async () => expect(await links.textContent()).toContain('Jas de Bouffan, Encagnane'));
    expect(await links.textContent()).toContain('mon fils le fait pour moi');
    expect(await fiche.getByTestId('linked-items').textContent()).not.toContain('supprimé');
    await screenshot(page, 'concertation-stakeholders');
    const md = await waitFor(async () => {
      const response = await fetch(`${e2e.server.url}/api/concertations/${concertation.id}/export.md`, {
        headers: { authorization: `Bearer ${concertation.token}` },
      });
      const text = (await response.text()).replace(/\*\*/g, '');
      expect(text).toContain('Mot de passe oublié (Jas de Bouffan)\u00a0: citée 2 fois');
      return text;
    });
    expect(md).toContain('Mot de passe oublié (Encagnane)\u00a0: citée 1 fois');
    expect(md).toContain('«\u00a0trop de codes\u00a0»');
  });

  test('the schéma’s fiche, as a city reads it', async () => {
    const html = await schemaHtml();
    const reader = await (await laptopContext(e2e.browser)).newPage();
    await reader.setContent(html);
    const sheet = reader.locator('section.sheet').first();
    expect(await sheet.textContent()).toContain('(Jas de Bouffan)');
    await sheet.scrollIntoViewIfNeeded();
    await screenshot(reader, 'concertation-schema-fiche');
    await reader.close();
  });
});
