/**
 * The lead (pilote) of a concertation, on a laptop: creates it from the home page, adds a residents'
 * workshop per neighbourhood and the stakeholders' one, sees each with its state and links, and reads
 * the field return pooled across neighbourhoods (residents' words with the place they were said, never
 * a name) as residents write in their workshops.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, test } from 'vitest';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import type { ConcertationInfo } from '../../shared/protocol/concertation';
import { call } from '../helpers/api';
import {
  laptopContext,
  screenshot,
  seriousA11yViolations,
  setUpE2eEnvironment,
  waitFor,
} from '../helpers/e2e';
import { connectSynced } from '../helpers/syncClient';

const e2e = setUpE2eEnvironment();
let lead: Page;

function leadToken(page: Page): { id: string; token: string } {
  const url = new URL(page.url());
  return {
    id: decodeURIComponent(url.pathname.split('/')[2] ?? ''),
    token: new URLSearchParams(url.hash.slice(1)).get('token') ?? '',
  };
}

async function addWorkshop(page: Page, kind: 'residents' | 'stakeholders', title: string, place: string) {
  const form = page.locator('form[aria-labelledby="add-workshop-title"]');
  await form
    .getByRole('radio', {
      name: kind === 'residents' ? 'Les habitants d’un quartier' : 'Les partenaires (fiches action)',
    })
    .check();
  await form.locator('input[name="workshop-title"]').fill(title);
  await form.locator('input[name="workshop-place"]').fill(place);
  await form.getByTestId('add-concertation-workshop').click();
  await page.locator('.workshop-card h3', { hasText: title }).waitFor();
}

beforeAll(async () => {
  lead = await (await laptopContext(e2e.browser)).newPage();
  await lead.goto(`${e2e.server.url}/`);
  await lead.locator('input[name="concertation-title"]').fill('Schéma d’inclusion numérique 2027');
  await lead.locator('input[name="city"]').fill('Aix-en-Provence');
  await lead.getByTestId('create-concertation').click();
  await lead.getByTestId('concertation-screen').waitFor();
}, 120_000);

describe('the lead’s page', { timeout: 90_000 }, () => {
  test('opens on the new concertation, and the home page keeps a way back to it', async () => {
    expect(await lead.locator('h1').textContent()).toBe('Schéma d’inclusion numérique 2027');
    expect(lead.url()).toMatch(/\/c\/[^/#]+#token=/);
    await lead.goto(`${e2e.server.url}/`);
    await lead.getByTestId('open-concertation').click();
    await lead.getByTestId('concertation-screen').waitFor();
  });

  test('adds one workshop per neighbourhood and the stakeholders’ one, each with its state and links', async () => {
    await addWorkshop(lead, 'residents', 'Atelier Jas de Bouffan', 'Jas de Bouffan');
    await addWorkshop(lead, 'residents', 'Atelier Encagnane', 'Encagnane');
    await addWorkshop(lead, 'stakeholders', 'Atelier des partenaires', 'Mairie');
    expect(await lead.getByTestId('residents-workshops').locator('> li').count()).toBe(2);
    expect(await lead.getByTestId('stakeholders-workshops').locator('> li').count()).toBe(1);
    const state = lead.getByTestId('residents-workshops').getByTestId('workshop-state').first();
    expect(await state.textContent()).toContain('Étape\u00a0: Accueil');
    expect(await state.textContent()).toContain('0 habitant');
    await lead
      .getByTestId('residents-workshops')
      .getByRole('button', { name: 'Liens et code' })
      .first()
      .click();
    await lead.getByTestId('links-panel').waitFor();
    expect(await lead.getByTestId('links-panel').locator('[data-role]').count()).toBe(4);
    expect(await seriousA11yViolations(lead)).toEqual([]);
  });

  test('pools what residents say in each neighbourhood, with the place of each word and no name', async () => {
    const { id, token } = leadToken(lead);
    const info = await call<ConcertationInfo>(e2e.server.url, 'GET', `/api/concertations/${id}`, { token });
    const residents = info.body.workshops.filter((w) => w.kind === 'residents');
    const words = ['je note tout sur un papier', 'mon fils le fait pour moi'];
    for (const [index, workshop] of residents.entries()) {
      const board = await connectSynced(
        e2e.server.url,
        workshop.id,
        'board',
        workshop.tokens?.facilitator ?? '',
      );
      const origin = new UserOrigin('facilitator');
      const resident = index === 0 ? 'Ana' : 'Bilal';
      addParticipant(board.doc, { id: `r${index}`, name: resident, avatar: 'fox', color: '#1f4fa8' }, origin);
      const activity = placeActivity(
        board.doc,
        { pictogram: 'caf', day: 'mon', period: 'morning', author: `r${index}` },
        origin,
      );
      addDifficulty(
        board.doc,
        {
          activityId: activity as string,
          pictogram: 'forgot-password',
          label: words[index] as string,
          author: `r${index}`,
        },
        origin,
      );
      await waitFor(async () => {
        const stored = await call<{ difficulties: unknown[] }>(
          e2e.server.url,
          'GET',
          `/api/concertations/${id}/field-return.json`,
          { token },
        );
        expect(JSON.stringify(stored.body)).toContain(words[index] as string);
      });
      board.destroy();
    }
    await lead.getByRole('button', { name: 'Actualiser' }).click();
    const table = lead.getByTestId('pooled-difficulties');
    await waitFor(
      async () =>
        expect(await table.locator('tbody tr').first().locator('.pooled-total').textContent()).toBe('2'),
      {
        timeoutMs: 15_000,
      },
    );
    const cells = await table.locator('tbody tr').first().locator('td[data-workshop]').allTextContents();
    expect(cells).toEqual(['1', '1']);
    const said = await lead.getByTestId('pooled-words').textContent();
    expect(said).toContain('je note tout sur un papier');
    expect(said).toContain('dit à Jas de Bouffan');
    expect(said).toContain('dit à Encagnane');
    const page = await lead.getByTestId('concertation-field').textContent();
    expect(page).not.toMatch(/Ana|Bilal/);
    await waitFor(
      async () =>
        expect(await lead.getByTestId('workshop-state').first().textContent()).toContain('1 habitant'),
      {
        timeoutMs: 15_000,
      },
    );
    await screenshot(lead, 'concertation-lead');
  });

  test('downloads the schéma from the page, named after the concertation', async () => {
    const [download] = await Promise.all([
      lead.waitForEvent('download'),
      lead.getByTestId('schema-md').click(),
    ]);
    expect(download.suggestedFilename()).toBe('fresco-schema-schema-d-inclusion-numerique-2027.md');
    const path = await download.path();
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path, 'utf8');
    expect(text).toContain('Retour du terrain, tous quartiers');
    expect(text).toContain('je note tout sur un papier');
    expect(text).toContain('(Jas de Bouffan)');
  });

  test('erases the concertation and its workshops after saying what is lost', async () => {
    const { id, token } = leadToken(lead);
    await lead.getByRole('button', { name: 'Supprimer la concertation' }).click();
    await lead.getByTestId('confirm-delete-concertation').click();
    await lead.waitForURL(`${e2e.server.url}/`);
    expect((await call(e2e.server.url, 'GET', `/api/concertations/${id}`, { token })).status).toBe(404);
    expect(await lead.getByTestId('open-concertation').count()).toBe(0);
  });
});
