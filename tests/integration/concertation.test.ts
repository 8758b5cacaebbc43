/**
 * PRODUCT.md §4 "Concertation" through the real server: a lead creates it and its workshops, sees
 * them all with their links, reads the field return pooled from the residents' workshops (written by
 * the stock y-websocket client), and erases everything. A lone workshop keeps working as before.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import type {
  ConcertationInfo,
  ConcertationWorkshopCreated,
  CreateConcertationResponse,
} from '../../shared/protocol/concertation';
import { call, createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let concertation: CreateConcertationResponse;
let jas: ConcertationWorkshopCreated;
let encagnane: ConcertationWorkshopCreated;
let stakeholders: ConcertationWorkshopCreated;

async function addWorkshop(body: Record<string, unknown>, token = concertation.token) {
  return call<ConcertationWorkshopCreated>(
    server.url,
    'POST',
    `/api/concertations/${concertation.id}/workshops`,
    {
      token,
      body,
    },
  );
}

/** One resident per call, with an activity and a difficulty carrying their words. */
async function residentSays(
  workshop: ConcertationWorkshopCreated,
  resident: { id: string; name: string },
  words: string,
) {
  const board = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  addParticipant(
    board.doc,
    { id: resident.id, name: resident.name, avatar: 'fox', color: '#1f4fa8' },
    origin,
  );
  const activity = placeActivity(
    board.doc,
    { pictogram: 'caf', day: 'mon', period: 'morning', author: resident.id },
    origin,
  ) as string;
  addDifficulty(
    board.doc,
    { activityId: activity, pictogram: 'forgot-password', label: words, author: resident.id },
    origin,
  );
  board.destroy();
}

/** The field return once `ready` holds: the server stores an update before its rooms show it. */
async function fieldReturnWhen(token: string, ready: (pooled: FieldReturn) => boolean): Promise<FieldReturn> {
  let pooled: FieldReturn | null = null;
  await waitFor(async () => {
    pooled = await fieldReturn(token);
    if (!ready(pooled)) throw new Error(`not pooled yet: ${JSON.stringify(pooled.difficulties)}`);
  });
  return pooled as unknown as FieldReturn;
}

async function fieldReturn(token: string): Promise<FieldReturn> {
  const result = await call<FieldReturn>(
    server.url,
    'GET',
    `/api/concertations/${concertation.id}/field-return.json`,
    {
      token,
    },
  );
  expect(result.status).toBe(200);
  return result.body;
}

beforeAll(async () => {
  server = await startServer();
  const created = await call<CreateConcertationResponse>(server.url, 'POST', '/api/concertations', {
    body: { title: 'Schéma d’inclusion numérique', city: 'Aix-en-Provence' },
  });
  expect(created.status).toBe(201);
  concertation = created.body;
  jas = (
    await addWorkshop({
      title: 'Atelier Jas de Bouffan',
      place: 'Jas de Bouffan',
      date: '2027-03-14',
      kind: 'residents',
    })
  ).body;
  encagnane = (await addWorkshop({ title: 'Atelier Encagnane', place: 'Encagnane', kind: 'residents' })).body;
  stakeholders = (await addWorkshop({ title: 'Atelier des partenaires', kind: 'stakeholders' })).body;
});
afterAll(async () => {
  await server.dispose();
});

describe('a concertation', () => {
  it('is created with a lead token, and its workshops with the same body as a workshop', () => {
    expect(concertation.id).toMatch(/^[\w-]{8,}$/);
    expect(Buffer.from(concertation.token, 'base64url').byteLength).toBeGreaterThanOrEqual(16);
    expect(jas).toMatchObject({ concertationId: concertation.id, kind: 'residents' });
    expect(jas.joinCode).toMatch(/^\d{6}$/);
    expect(Object.keys(jas.tokens).sort()).toEqual(['facilitator', 'participant', 'stakeholder', 'viewer']);
    expect(stakeholders.kind).toBe('stakeholders');
  });

  it('tells each of its workshops which concertation it belongs to, and a lone workshop nothing', async () => {
    const info = await call(server.url, 'GET', `/api/workshops/${stakeholders.id}`, {
      token: stakeholders.tokens.stakeholder,
    });
    expect(info.body).toMatchObject({ concertationId: concertation.id, kind: 'stakeholders' });
    const lone = await createWorkshop(server.url);
    const loneInfo = await call(server.url, 'GET', `/api/workshops/${lone.id}`, {
      token: lone.tokens.viewer,
    });
    expect(loneInfo.body).not.toHaveProperty('concertationId');
  });

  it('refuses a workshop without a kind, or from anyone but the lead', async () => {
    expect((await addWorkshop({ title: 'Sans genre' })).status).toBe(400);
    expect((await addWorkshop({ title: 'x', kind: 'council' })).status).toBe(400);
    expect((await addWorkshop({ title: 'x', kind: 'residents' }, jas.tokens.facilitator)).status).toBe(403);
    expect((await addWorkshop({ title: 'x', kind: 'residents' }, 'not-a-token')).status).toBe(401);
    const unknown = await call(server.url, 'POST', '/api/concertations/nope/workshops', {
      token: concertation.token,
      body: { title: 'x', kind: 'residents' },
    });
    expect(unknown.status).toBe(404);
  });

  it('shows the lead every workshop with its links and state', async () => {
    const info = await call<ConcertationInfo>(server.url, 'GET', `/api/concertations/${concertation.id}`, {
      token: concertation.token,
    });
    expect(info.status).toBe(200);
    expect(info.body).toMatchObject({
      id: concertation.id,
      title: 'Schéma d’inclusion numérique',
      city: 'Aix-en-Provence',
      role: 'lead',
    });
    expect(info.body.workshops.map((w) => [w.id, w.title, w.place, w.kind])).toEqual([
      [jas.id, 'Atelier Jas de Bouffan', 'Jas de Bouffan', 'residents'],
      [encagnane.id, 'Atelier Encagnane', 'Encagnane', 'residents'],
      [stakeholders.id, 'Atelier des partenaires', '', 'stakeholders'],
    ]);
    expect(info.body.workshops[0]?.tokens).toEqual(jas.tokens);
    expect(info.body.workshops[0]?.state).toMatchObject({ phase: 'welcome' });
  });

  it('shows a member workshop’s facilitator or stakeholder the list, without any token', async () => {
    for (const token of [stakeholders.tokens.stakeholder, jas.tokens.facilitator]) {
      const info = await call<ConcertationInfo>(server.url, 'GET', `/api/concertations/${concertation.id}`, {
        token,
      });
      expect(info.status).toBe(200);
      expect(info.body.role).toBe('member');
      expect(JSON.stringify(info.body)).not.toMatch(/tokens|joinCode/);
    }
  });

  it('refuses residents’ and viewers’ links, and workshops of elsewhere', async () => {
    const lone = await createWorkshop(server.url);
    const path = `/api/concertations/${concertation.id}`;
    expect((await call(server.url, 'GET', path, { token: jas.tokens.participant })).status).toBe(403);
    expect((await call(server.url, 'GET', path, { token: jas.tokens.viewer })).status).toBe(403);
    expect((await call(server.url, 'GET', path, { token: lone.tokens.facilitator })).status).toBe(401);
    expect(
      (await call(server.url, 'GET', `${path}/field-return.json`, { token: lone.tokens.facilitator })).status,
    ).toBe(401);
    expect((await call(server.url, 'GET', path)).status).toBe(401);
  });

  it('keeps the workshops’ tokens sealed on disk', async () => {
    server.store.checkpoint();
    const files = ['fresco.db', 'fresco.db-wal'].map((name) => {
      try {
        return readFileSync(`${server.dataDir}/${name}`).toString('latin1');
      } catch {
        return '';
      }
    });
    for (const token of [concertation.token, ...Object.values(jas.tokens)]) {
      for (const file of files) expect(file).not.toContain(token);
    }
  });

  it('pools the residents’ workshops into one field return, words with their place, no names', async () => {
    await residentSays(jas, { id: 'ana', name: 'Ana' }, 'je note tout sur un papier');
    await residentSays(encagnane, { id: 'bilal', name: 'Bilal' }, 'mon fils le fait pour moi');
    const pooled = await fieldReturnWhen(
      stakeholders.tokens.stakeholder,
      (p) => p.difficulties[0]?.count === 2,
    );
    expect(pooled.workshops).toEqual([
      { id: jas.id, place: 'Jas de Bouffan', date: '2027-03-14', residents: 1 },
      { id: encagnane.id, place: 'Encagnane', date: '', residents: 1 },
    ]);
    expect(pooled.activities[0]).toMatchObject({
      pictogram: 'caf',
      count: 2,
      byWorkshop: { [jas.id]: 1, [encagnane.id]: 1 },
    });
    expect(pooled.difficulties[0]).toMatchObject({ pictogram: 'forgot-password', count: 2 });
    expect(pooled.difficulties[0]?.words).toEqual([
      { workshopId: jas.id, text: 'je note tout sur un papier' },
      { workshopId: encagnane.id, text: 'mon fils le fait pour moi' },
    ]);
    expect(JSON.stringify(pooled)).not.toMatch(/Ana|Bilal|fox|avatar/);
  });

  it('follows the workshops live: a new word counts at once', async () => {
    await residentSays(encagnane, { id: 'chloe', name: 'Chloé' }, 'trop de codes');
    const pooled = await fieldReturnWhen(concertation.token, (p) => p.difficulties[0]?.count === 3);
    expect(pooled.difficulties[0]?.byWorkshop).toEqual({ [jas.id]: 1, [encagnane.id]: 2 });
  });

  it('answers an unchanged field return with 304, and recomputes only the workshop that changed', async () => {
    const path = `/api/concertations/${concertation.id}/field-return.json`;
    const first = await fetch(server.url + path, {
      headers: { authorization: `Bearer ${concertation.token}` },
    });
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    const again = await fetch(server.url + path, {
      headers: { authorization: `Bearer ${concertation.token}`, 'if-none-match': etag },
    });
    expect(again.status).toBe(304);
    const computed = server.concertations.contributions.computed;
    await residentSays(jas, { id: 'dora', name: 'Dora' }, 'je n’ai pas d’ordinateur');
    await fieldReturnWhen(concertation.token, (p) => p.difficulties[0]?.count === 4);
    expect(server.concertations.contributions.computed - computed).toBeGreaterThanOrEqual(1);
    const settled = server.concertations.contributions.computed;
    await fieldReturn(concertation.token);
    expect(server.concertations.contributions.computed).toBe(settled);
  });

  it('leaves a deleted workshop out of the field return', async () => {
    const extra = (await addWorkshop({ title: 'Atelier Corsy', place: 'Corsy', kind: 'residents' })).body;
    await residentSays(extra, { id: 'eve', name: 'Eve' }, 'pas de wifi');
    await fieldReturnWhen(
      concertation.token,
      (p) => p.workshops.length === 3 && p.difficulties[0]?.count === 5,
    );
    expect(
      (await call(server.url, 'DELETE', `/api/workshops/${extra.id}`, { token: extra.tokens.facilitator }))
        .status,
    ).toBe(200);
    const pooled = await fieldReturn(concertation.token);
    expect(pooled.workshops.map((w) => w.place)).toEqual(['Jas de Bouffan', 'Encagnane']);
    expect(JSON.stringify(pooled)).not.toContain('pas de wifi');
  });

  it('erases itself and all its workshops for the lead only, leaving a lone workshop alone', async () => {
    const lone = await createWorkshop(server.url);
    const path = `/api/concertations/${concertation.id}`;
    expect((await call(server.url, 'DELETE', path, { token: jas.tokens.facilitator })).status).toBe(403);
    expect((await call(server.url, 'DELETE', path, { token: concertation.token })).status).toBe(200);
    expect((await call(server.url, 'GET', path, { token: concertation.token })).status).toBe(404);
    for (const workshop of [jas, encagnane, stakeholders]) {
      const gone = await call(server.url, 'GET', `/api/workshops/${workshop.id}`, {
        token: workshop.tokens.facilitator,
      });
      expect(gone.status).toBe(404);
    }
    const kept = await call(server.url, 'GET', `/api/workshops/${lone.id}`, {
      token: lone.tokens.facilitator,
    });
    expect(kept.status).toBe(200);
  });
});

describe('a server with an admin token', () => {
  it('asks for it to create a concertation, as for a workshop', async () => {
    const guarded = await startServer({ adminToken: 'admin-secret' });
    try {
      const body = { title: 'Concertation' };
      expect((await call(guarded.url, 'POST', '/api/concertations', { body })).status).toBe(401);
      expect(
        (await call(guarded.url, 'POST', '/api/concertations', { body, token: 'admin-secret' })).status,
      ).toBe(201);
      expect(
        (
          await call(guarded.url, 'POST', '/api/concertations', {
            body: { title: '' },
            token: 'admin-secret',
          })
        ).status,
      ).toBe(400);
    } finally {
      await guarded.dispose();
    }
  });
});
