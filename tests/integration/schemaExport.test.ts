/**
 * A concertation's schéma through the real server: two neighbourhoods' residents speak, a stakeholder
 * writes an action answering both (links `<workshopId>/<itemId>`, by the stock client), and the lead
 * downloads the schéma in every format; each is read back for the pooled counts, the residents' words
 * and where they were said.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction } from '../../shared/ops/plan/actions';
import type {
  ConcertationWorkshopCreated,
  CreateConcertationResponse,
} from '../../shared/protocol/concertation';
import { readPlan } from '../../shared/read/plan';
import {
  docxText,
  parseCsv,
  pdfContent,
  squash,
  unzip,
  utf8,
  xmlParagraphs,
} from '../fixtures/export/inspect';
import { call } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let concertation: CreateConcertationResponse;

async function addWorkshop(body: Record<string, unknown>): Promise<ConcertationWorkshopCreated> {
  const result = await call<ConcertationWorkshopCreated>(
    server.url,
    'POST',
    `/api/concertations/${concertation.id}/workshops`,
    { token: concertation.token, body },
  );
  expect(result.status).toBe(201);
  return result.body;
}

/** A resident of the workshop raises "mot de passe oublié" at the CAF, in their words; returns its id. */
async function residentSays(workshop: ConcertationWorkshopCreated, id: string, name: string, words: string) {
  const board = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  addParticipant(board.doc, { id, name, avatar: 'fox', color: '#1f4fa8' }, origin);
  const activity = placeActivity(
    board.doc,
    { pictogram: 'caf', day: 'mon', period: 'morning', author: id },
    origin,
  );
  const difficulty = addDifficulty(
    board.doc,
    { activityId: activity as string, pictogram: 'forgot-password', label: words, author: id },
    origin,
  ) as string;
  board.destroy();
  return difficulty;
}

async function download(format: string, token = concertation.token) {
  const response = await fetch(`${server.url}/api/concertations/${concertation.id}/export.${format}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  return {
    status: response.status,
    body: new Uint8Array(await response.arrayBuffer()),
    headers: response.headers,
  };
}

let stakeholders: ConcertationWorkshopCreated;

beforeAll(async () => {
  server = await startServer();
  concertation = (
    await call<CreateConcertationResponse>(server.url, 'POST', '/api/concertations', {
      body: { title: 'Schéma d’inclusion numérique', city: 'Aix-en-Provence' },
    })
  ).body;
  const jas = await addWorkshop({ title: 'Atelier Jas', place: 'Jas de Bouffan', kind: 'residents' });
  const enc = await addWorkshop({ title: 'Atelier Encagnane', place: 'Encagnane', kind: 'residents' });
  expect((await download('md')).status).toBe(409);
  stakeholders = await addWorkshop({ title: 'Atelier des partenaires', kind: 'stakeholders' });
  const jasItem = await residentSays(jas, 'ana', 'Ana', 'je note tout sur un papier');
  const encItem = await residentSays(enc, 'bilal', 'Bilal', 'mon fils le fait pour moi');
  const plan = await connectSynced(server.url, stakeholders.id, 'plan', stakeholders.tokens.stakeholder);
  createAction(
    plan.doc,
    {
      title: 'Ateliers mots de passe dans les deux quartiers',
      nature: 'new',
      start: '2027-01',
      end: '2027-06',
      links: [`${jas.id}/${jasItem}`, `${enc.id}/${encItem}`, `${enc.id}/gone-item`],
    },
    new UserOrigin('stakeholder'),
  );
  const check = await connectSynced(server.url, stakeholders.id, 'plan', stakeholders.tokens.viewer);
  await waitFor(() => expect(readPlan(check.doc).actions).toHaveLength(1));
  check.destroy();
  plan.destroy();
  await waitFor(async () => {
    const field = await call<{ difficulties: { count: number }[] }>(
      server.url,
      'GET',
      `/api/concertations/${concertation.id}/field-return.json`,
      { token: concertation.token },
    );
    expect(field.body.difficulties[0]?.count).toBe(2);
  });
}, 60_000);
afterAll(async () => {
  await server.dispose();
});

/** What every document format must say. */
function expectSchema(text: string) {
  // Markdown's bold marks and table bars aside, every format reads the same.
  const flat = squash(text.replace(/\*\*/g, ''));
  expect(flat).toContain('Schéma d’inclusion numérique');
  expect(flat).toContain('Jas de Bouffan, Encagnane');
  expect(flat).toContain('2 habitants');
  expect(flat).toContain('Retour du terrain, tous quartiers');
  expect(flat).toMatch(/Mot de passe oublié \| ?1 \| ?1 \| ?2|Mot de passe oublié 1 1 2/);
  expect(flat).toContain('Ateliers mots de passe dans les deux quartiers');
  expect(flat).toContain('Mot de passe oublié (Jas de Bouffan)');
  expect(flat).toContain('Mot de passe oublié (Encagnane)');
  expect(flat).toContain('je note tout sur un papier');
  expect(flat).toContain('mon fils le fait pour moi');
  expect(flat).toContain('1 lien mène à un élément supprimé');
  expect(flat).not.toMatch(/\bAna\b|Bilal/);
}

describe('the schéma export', { timeout: 60_000 }, () => {
  it('is the lead’s only, and needs a stakeholders’ workshop', async () => {
    expect((await download('md', stakeholders.tokens.facilitator)).status).toBe(403);
    expect((await download('docx', 'nope')).status).toBe(401);
    expect((await download('exe')).status).toBe(400);
  });

  it('in Markdown', async () => {
    const file = await download('md');
    expect(file.status).toBe(200);
    expect(file.headers.get('content-disposition')).toContain(
      'fresco-schema-schema-d-inclusion-numerique.md',
    );
    expectSchema(utf8(file.body));
  });

  it('in DOCX, read back with mammoth', async () => {
    expectSchema(await docxText((await download('docx')).body));
  });

  it('in ODT, read back from content.xml', async () => {
    const files = unzip((await download('odt')).body);
    expectSchema(xmlParagraphs(utf8(files['content.xml']), ['text:p', 'text:h']).join('\n'));
  });

  it('in PDF, read back with pdf.js', async () => {
    expectSchema((await pdfContent((await download('pdf')).body)).text);
  });

  it('in JSON, the stakeholders’ workshop with the concertation and its field return', async () => {
    const json = JSON.parse(utf8((await download('json')).body));
    expect(json.concertation).toMatchObject({ id: concertation.id, title: 'Schéma d’inclusion numérique' });
    expect(json.fieldReturn.difficulties[0]).toMatchObject({ pictogram: 'forgot-password', count: 2 });
    expect(json.actions ?? json.plan?.actions).toBeDefined();
  });

  it('in CSV, one row per action', async () => {
    const rows = parseCsv(utf8((await download('csv')).body), ';');
    expect(rows).toHaveLength(2);
    expect(rows[1]?.join(' ')).toContain('Ateliers mots de passe dans les deux quartiers');
  });
});
