/**
 * PRODUCT.md §4 "Survey" through the real server: a concertation's lead makes street-survey sessions,
 * interviewers' phones trade the shared link for seats of their own, the lead sets the questionnaire,
 * and who may read, write or open what is written out as a table. Deleting a session or its
 * concertation erases its interviews.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { hashToken } from '../../server/auth/tokens';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import { UserOrigin } from '../../shared/ops/origin';
import { saveInterview } from '../../shared/ops/survey/interviews';
import type {
  ConcertationInfo,
  ConcertationWorkshopCreated,
  CreateConcertationResponse,
} from '../../shared/protocol/concertation';
import type { CreateSurveyResponse, SurveyInfo, SurveySeatResponse } from '../../shared/protocol/survey';
import { EMPTY_ANSWERS } from '../../shared/schema/survey';
import { call, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let lead: CreateConcertationResponse;
let other: CreateConcertationResponse;
let jas: ConcertationWorkshopCreated;
let resident: { token: string; seatId: string };
let session: CreateSurveyResponse;
let phone: SurveySeatResponse;
let elsewhere: CreateSurveyResponse;
let elsewherePhone: SurveySeatResponse;

/** The questions in their default order, written out (not imported) so a change of the contract shows. */
const QUESTIONS = [
  'ageBand',
  'neighbourhood',
  'equipment',
  'uses',
  'difficulties',
  'help',
  'wouldCome',
  'digitalFragility',
  'socialFragility',
];

async function createConcertation(title: string): Promise<CreateConcertationResponse> {
  const created = await call<CreateConcertationResponse>(server.url, 'POST', '/api/concertations', {
    body: { title, city: 'Aix-en-Provence' },
  });
  expect(created.status).toBe(201);
  return created.body;
}

async function createSession(
  concertation: CreateConcertationResponse,
  body: unknown,
  token = concertation.token,
) {
  return call<CreateSurveyResponse>(server.url, 'POST', `/api/concertations/${concertation.id}/surveys`, {
    token,
    body,
  });
}

async function takeSeat(surveyId: string, token: string) {
  return call<SurveySeatResponse>(server.url, 'POST', `/api/surveys/${surveyId}/seat`, { token });
}

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(path: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`);
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

/** One interview saved on a phone's own document and synced; resolves once the server holds it. */
async function interview(surveyId: string, seat: SurveySeatResponse, id: string): Promise<void> {
  const client = await connectSynced(server.url, surveyId, 'survey', seat.token);
  saveInterview(
    client.doc,
    { answers: { ...EMPTY_ANSWERS, equipment: { smartphone: true } }, author: seat.seatId, id },
    new UserOrigin(seat.seatId),
  );
  const room = await server.rooms.get(surveyId, 'survey');
  await waitFor(() => expect(room.doc.getMap('interviews').has(id)).toBe(true));
  await server.rooms.durable(surveyId, 'survey');
  client.destroy();
}

beforeAll(async () => {
  server = await startServer();
  lead = await createConcertation('Schéma d’inclusion numérique');
  other = await createConcertation('Une autre ville');
  const added = await call<ConcertationWorkshopCreated>(
    server.url,
    'POST',
    `/api/concertations/${lead.id}/workshops`,
    { token: lead.token, body: { title: 'Atelier Jas', place: 'Jas de Bouffan', kind: 'residents' } },
  );
  jas = added.body;
  const joined = await joinByCode(server.url, jas.joinCode);
  resident = { token: joined.body.token, seatId: joined.body.seatId };
  session = (await createSession(lead, { place: 'Marché du Jas', date: '2027-03-02' })).body;
  phone = (await takeSeat(session.id, session.token)).body;
  elsewhere = (await createSession(other, { place: 'Sortie d’école' })).body;
  elsewherePhone = (await takeSeat(elsewhere.id, elsewhere.token)).body;
});
afterAll(async () => {
  await server.dispose();
});

describe('a survey session', () => {
  it('is made by the lead for a place and a day, with one interviewer link', () => {
    expect(session.id).toMatch(/^[\w-]{8,}$/);
    expect(Buffer.from(session.token, 'base64url').byteLength).toBeGreaterThanOrEqual(16);
    expect(phone.seatId).toMatch(/^s-/);
    expect(phone.token).not.toBe(session.token);
  });

  it('takes today when no date is given', async () => {
    const info = await call<SurveyInfo>(server.url, 'GET', `/api/surveys/${elsewhere.id}`, {
      token: other.token,
    });
    expect(info.body.date).toBe(new Date().toISOString().slice(0, 10));
  });

  it('refuses a session without a place, with a bad date, or from anyone but the lead', async () => {
    const status = async (body: unknown, token?: string) => (await createSession(lead, body, token)).status;
    expect(await status({})).toBe(400);
    expect(await status({ place: '   ' })).toBe(400);
    expect(await status({ place: 'x'.repeat(121) })).toBe(400);
    expect(await status({ place: 'Marché', date: '2027-02-30' })).toBe(400);
    expect(await status({ place: 'Marché', date: 20270302 })).toBe(400);
    expect(await status({ place: 'Marché' }, jas.tokens.facilitator)).toBe(403);
    expect(await status({ place: 'Marché' }, other.token)).toBe(401);
    expect(await status({ place: 'Marché' }, session.token)).toBe(401);
    expect(await status({ place: 'Marché' }, 'not-a-token')).toBe(401);
    const unknown = await call(server.url, 'POST', '/api/concertations/nope/surveys', {
      token: lead.token,
      body: { place: 'Marché' },
    });
    expect(unknown.status).toBe(404);
    const broken = await fetch(`${server.url}/api/concertations/${lead.id}/surveys`, {
      method: 'POST',
      headers: { authorization: `Bearer ${lead.token}`, 'content-type': 'application/json' },
      body: '{"place": ',
    });
    expect(broken.status).toBe(400);
    expect(await broken.json()).toMatchObject({ error: 'bad_json' });
  });

  it('tells a phone everything it needs offline: the questionnaire and the neighbourhoods', async () => {
    const info = await call<SurveyInfo>(server.url, 'GET', `/api/surveys/${session.id}`, {
      token: session.token,
    });
    expect(info.status).toBe(200);
    expect(info.body).toEqual({
      id: session.id,
      concertationId: lead.id,
      concertationTitle: 'Schéma d’inclusion numérique',
      city: 'Aix-en-Provence',
      place: 'Marché du Jas',
      date: '2027-03-02',
      questionnaire: QUESTIONS.map((id) => ({ id, enabled: true })),
      neighbourhoods: ['Jas de Bouffan'],
      role: 'interviewer',
    });
  });

  it('keeps the interviewer link sealed on disk: a copy of the database opens no session', async () => {
    server.store.checkpoint();
    const files = ['fresco.db', 'fresco.db-wal'].map((name) => {
      try {
        return readFileSync(`${server.dataDir}/${name}`).toString('latin1');
      } catch {
        return '';
      }
    });
    for (const token of [session.token, phone.token])
      for (const file of files) expect(file).not.toContain(token);
  });
});

describe('who may read a session (GET /api/surveys/:id)', () => {
  it('answers the lead, the shared interviewer link and a phone’s seat, and nobody else', async () => {
    const answer = async (token?: string) => {
      const result = await call<SurveyInfo>(server.url, 'GET', `/api/surveys/${session.id}`, { token });
      return [result.status, result.body.role ?? null, result.body.seatId ?? null];
    };
    expect(await answer(lead.token)).toEqual([200, 'lead', null]);
    expect(await answer(session.token)).toEqual([200, 'interviewer', null]);
    expect(await answer(phone.token)).toEqual([200, 'interviewer', phone.seatId]);
    expect(await answer(resident.token)).toEqual([401, null, null]);
    expect(await answer(jas.tokens.facilitator)).toEqual([401, null, null]);
    expect(await answer(jas.tokens.stakeholder)).toEqual([401, null, null]);
    expect(await answer(other.token)).toEqual([401, null, null]);
    expect(await answer(elsewhere.token)).toEqual([401, null, null]);
    expect(await answer(elsewherePhone.token)).toEqual([401, null, null]);
    expect(await answer()).toEqual([401, null, null]);
    const broken = await call(server.url, 'GET', '/api/surveys/%E0%A4%A', { token: lead.token });
    expect(broken.status).toBe(400);
    expect(broken.body).toMatchObject({ error: 'bad_path' });
    const wrongMethod = await call(server.url, 'PATCH', `/api/surveys/${session.id}`, { token: lead.token });
    expect(wrongMethod.status).toBe(405);
    const unknown = await call(server.url, 'GET', '/api/surveys/nope', { token: lead.token });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'unknown_survey' });
  });

  it('gives an interviewer token nothing of a workshop, and a workshop token nothing of a session', async () => {
    for (const token of [session.token, phone.token]) {
      const info = await call(server.url, 'GET', `/api/workshops/${jas.id}`, { token });
      expect(info.status).toBe(401);
      const concertation = await call(server.url, 'GET', `/api/concertations/${lead.id}`, { token });
      expect(concertation.status).toBe(401);
      const field = await call(server.url, 'GET', `/api/concertations/${lead.id}/field-return.json`, {
        token,
      });
      expect(field.status).toBe(401);
    }
  });
});

describe('seats', () => {
  it('are opened only with the shared interviewer link', async () => {
    expect((await takeSeat(session.id, phone.token)).status).toBe(403);
    expect((await takeSeat(session.id, lead.token)).status).toBe(403);
    expect((await takeSeat(session.id, resident.token)).status).toBe(401);
    expect((await takeSeat(session.id, elsewhere.token)).status).toBe(401);
    expect((await takeSeat('nope', session.token)).status).toBe(404);
    const second = await takeSeat(session.id, session.token);
    expect(second.status).toBe(200);
    expect(second.body.seatId).not.toBe(phone.seatId);
  });

  it('are capped at 100 phones a session', async () => {
    const crowded = (await createSession(lead, { place: 'Lien partagé partout' })).body;
    for (let index = 0; index < 100; index++)
      expect((await takeSeat(crowded.id, crowded.token)).status).toBe(200);
    const refused = await takeSeat(crowded.id, crowded.token);
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ error: 'too_many_seats' });
  });
});

describe('who may open the survey document (/sync/<surveyId>/survey)', () => {
  it('opens for the session’s interviewer tokens and its lead, and for no other token', async () => {
    const path = (token: string) => `/sync/${session.id}/survey?token=${encodeURIComponent(token)}`;
    expect(await upgradeStatus(path(phone.token))).toBe(101);
    expect(await upgradeStatus(path(session.token))).toBe(101);
    expect(await upgradeStatus(path(lead.token))).toBe(101);
    expect(await upgradeStatus(path(other.token))).toBe(401);
    expect(await upgradeStatus(path(elsewhere.token))).toBe(401);
    expect(await upgradeStatus(path(elsewherePhone.token))).toBe(401);
    expect(await upgradeStatus(path(resident.token))).toBe(401);
    expect(await upgradeStatus(path(jas.tokens.facilitator))).toBe(401);
    expect(await upgradeStatus(`/sync/${session.id}/survey`)).toBe(401);
  });

  it('answers 404 for a survey document of a workshop, or a workshop document of a session', async () => {
    expect(await upgradeStatus(`/sync/${jas.id}/survey?token=${jas.tokens.facilitator}`)).toBe(404);
    for (const doc of ['control', 'board', 'plan'])
      expect(await upgradeStatus(`/sync/${session.id}/${doc}?token=${phone.token}`)).toBe(404);
    expect(await upgradeStatus(`/sync/nope/survey?token=${phone.token}`)).toBe(404);
  });

  it('never opens a workshop’s documents to an interviewer token', async () => {
    for (const doc of ['control', 'board', 'plan']) {
      expect(await upgradeStatus(`/sync/${jas.id}/${doc}?token=${phone.token}`)).toBe(401);
      expect(await upgradeStatus(`/sync/${jas.id}/${doc}?token=${session.token}`)).toBe(401);
    }
  });
});

describe('the questionnaire', () => {
  const put = (body: unknown, token = lead.token, surveyId = session.id, concertationId = lead.id) =>
    call<SurveyInfo>(
      server.url,
      'PUT',
      `/api/concertations/${concertationId}/surveys/${surveyId}/questionnaire`,
      {
        token,
        body,
      },
    );

  it('is reordered and questions turned off by the lead', async () => {
    const questionnaire = [...QUESTIONS].reverse().map((id) => ({ id, enabled: id !== 'ageBand' }));
    const result = await put({ questionnaire });
    expect(result.status).toBe(200);
    expect(result.body.questionnaire).toEqual(questionnaire);
    const info = await call<SurveyInfo>(server.url, 'GET', `/api/surveys/${session.id}`, {
      token: phone.token,
    });
    expect(info.body.questionnaire).toEqual(questionnaire);
    await put({ questionnaire: QUESTIONS.map((id) => ({ id, enabled: true })) });
  });

  it('keeps every question exactly once', async () => {
    const all = QUESTIONS.map((id) => ({ id, enabled: true }));
    const refused = async (body: unknown) => {
      const result = await put(body);
      expect(result.body).toMatchObject({ error: expect.any(String), message: expect.any(String) });
      return result.status;
    };
    expect(await refused({ questionnaire: all.slice(1) })).toBe(400);
    expect(await refused({ questionnaire: [...all, all[0]] })).toBe(400);
    expect(await refused({ questionnaire: [...all.slice(1), { id: 'phoneNumber', enabled: true }] })).toBe(
      400,
    );
    expect(await refused({ questionnaire: all.map((q) => ({ ...q, enabled: 'yes' })) })).toBe(400);
    expect(await refused({ questionnaire: 'ageBand' })).toBe(400);
    expect(await refused({ questionnaire: [null, ...all.slice(1)] })).toBe(400);
    expect(await refused({})).toBe(400);
  });

  it('is set by the lead only, for its own sessions', async () => {
    const body = { questionnaire: QUESTIONS.map((id) => ({ id, enabled: true })) };
    expect((await put(body, session.token)).status).toBe(401);
    expect((await put(body, phone.token)).status).toBe(401);
    expect((await put(body, jas.tokens.facilitator)).status).toBe(403);
    expect((await put(body, other.token)).status).toBe(401);
    expect((await put(body, lead.token, elsewhere.id)).status).toBe(404);
    expect((await put(body, lead.token, 'nope')).status).toBe(404);
  });
});

describe('the concertation lists its sessions', () => {
  it('with their interviews, and the interviewer link for the lead only', async () => {
    await interview(session.id, phone, 'listed-1');
    const asLead = await call<ConcertationInfo>(server.url, 'GET', `/api/concertations/${lead.id}`, {
      token: lead.token,
    });
    const listed = asLead.body.surveys.find((entry) => entry.id === session.id);
    expect(listed).toMatchObject({
      place: 'Marché du Jas',
      date: '2027-03-02',
      interviews: 1,
      token: session.token,
    });
    const asMember = await call<ConcertationInfo>(server.url, 'GET', `/api/concertations/${lead.id}`, {
      token: jas.tokens.facilitator,
    });
    expect(asMember.body.surveys.find((entry) => entry.id === session.id)).toMatchObject({ interviews: 1 });
    expect(JSON.stringify(asMember.body.surveys)).not.toContain(session.token);
    expect(JSON.stringify(asMember.body.surveys)).not.toContain('"token"');
  });
});

describe('the field return', () => {
  it('gains the sessions’ interviews, read again only when a session changed', async () => {
    const path = `/api/concertations/${lead.id}/field-return.json`;
    const get = (etag?: string) =>
      fetch(server.url + path, {
        headers: { authorization: `Bearer ${lead.token}`, ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const first = await get();
    const etag = first.headers.get('etag') ?? '';
    const counted = ((await first.json()) as FieldReturn).survey?.interviews ?? 0;
    const cache = server.concertations.surveys?.interviews;
    const reads = cache?.read ?? -1;
    expect((await get(etag)).status).toBe(304);
    expect(cache?.read).toBe(reads);
    await interview(session.id, phone, `field-${counted}`);
    const after = await get(etag);
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as FieldReturn).survey?.interviews).toBe(counted + 1);
    // One session changed: it alone is read again.
    expect(cache?.read).toBe(reads + 1);
  });
});

describe('deleting', () => {
  it('a session erases its interviews and closes its phones; only the lead may', async () => {
    const doomed = (await createSession(lead, { place: 'Arrêt de bus' })).body;
    const seat = (await takeSeat(doomed.id, doomed.token)).body;
    await interview(doomed.id, seat, 'doomed-1');
    expect(server.store.loadDoc(doomed.id, 'survey').updates.length).toBeGreaterThan(0);
    const open = await connectSynced(server.url, doomed.id, 'survey', seat.token);
    const closed = new Promise<number>((resolve) =>
      open.provider.ws?.addEventListener('close', (e) => resolve(e.code)),
    );
    const path = `/api/concertations/${lead.id}/surveys/${doomed.id}`;
    expect((await call(server.url, 'DELETE', path, { token: jas.tokens.facilitator })).status).toBe(403);
    expect((await call(server.url, 'DELETE', path, { token: seat.token })).status).toBe(401);
    expect(
      (
        await call(server.url, 'DELETE', `/api/concertations/${other.id}/surveys/${doomed.id}`, {
          token: other.token,
        })
      ).status,
    ).toBe(404);
    expect((await call(server.url, 'DELETE', path, { token: lead.token })).status).toBe(204);
    expect(await closed).toBe(4410);
    open.destroy();
    expect(server.store.loadDoc(doomed.id, 'survey').updates).toEqual([]);
    expect((await call(server.url, 'GET', `/api/surveys/${doomed.id}`, { token: lead.token })).status).toBe(
      404,
    );
    expect(await upgradeStatus(`/sync/${doomed.id}/survey?token=${seat.token}`)).toBe(404);
    expect((await call(server.url, 'DELETE', path, { token: lead.token })).status).toBe(404);
  });

  it('a concertation erases its sessions too', async () => {
    const doomed = await createConcertation('Éphémère');
    const made = (await createSession(doomed, { place: 'Place du marché' })).body;
    const seat = (await takeSeat(made.id, made.token)).body;
    await interview(made.id, seat, 'gone-1');
    expect(
      (await call(server.url, 'DELETE', `/api/concertations/${doomed.id}`, { token: doomed.token })).status,
    ).toBe(200);
    expect(server.store.surveys.get(made.id)).toBeNull();
    expect(server.store.loadDoc(made.id, 'survey').updates).toEqual([]);
    expect(server.store.findToken(hashToken(seat.token))).toBeNull();
  });
});

describe('across a restart', () => {
  it('a session’s interviews stay: its document is not taken for a deleted workshop’s', async () => {
    const own = await startServer();
    try {
      const concertation = (
        await call<CreateConcertationResponse>(own.url, 'POST', '/api/concertations', {
          body: { title: 'Redémarrage' },
        })
      ).body;
      const made = (
        await call<CreateSurveyResponse>(own.url, 'POST', `/api/concertations/${concertation.id}/surveys`, {
          token: concertation.token,
          body: { place: 'Marché' },
        })
      ).body;
      const seat = (
        await call<SurveySeatResponse>(own.url, 'POST', `/api/surveys/${made.id}/seat`, { token: made.token })
      ).body;
      const client = await connectSynced(own.url, made.id, 'survey', seat.token);
      saveInterview(
        client.doc,
        { answers: EMPTY_ANSWERS, author: seat.seatId, id: 'kept-1' },
        new UserOrigin('phone'),
      );
      const room = await own.rooms.get(made.id, 'survey');
      await waitFor(() => expect(room.doc.getMap('interviews').has('kept-1')).toBe(true));
      await own.rooms.durable(made.id, 'survey');
      client.destroy();
      await own.close();
      const again = await startServer({ dataDir: own.dataDir });
      try {
        // The eraser runs as the server starts: give it its pass, then read what is stored.
        await waitFor(async () => {
          const field = await call<FieldReturn>(
            again.url,
            'GET',
            `/api/concertations/${concertation.id}/field-return.json`,
            {
              token: concertation.token,
            },
          );
          expect(field.body.survey?.interviews).toBe(1);
        });
        expect(again.store.loadDoc(made.id, 'survey').updates.length).toBeGreaterThan(0);
      } finally {
        await again.close();
      }
    } finally {
      await own.dispose().catch(() => undefined);
    }
  });
});
