/**
 * The survey document's gate through the real server: a phone writes interviews as its own seat only,
 * each field of the interview's shape, and nothing else reaches the session (refused with 4422, nothing
 * stored or relayed). Each refusal's bytes and time to refusal are printed, as the board's attacks are.
 * A phone that syncs the same interviews twice, reloads and reconnects across a server restart has each
 * interview counted once in the concertation's field return.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import type { GateLimits } from '../../server/sync/gate/updateGate';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import { UserOrigin } from '../../shared/ops/origin';
import { removeInterview, saveInterview } from '../../shared/ops/survey/interviews';
import { CLOSE } from '../../shared/protocol/closeCodes';
import type { CreateConcertationResponse } from '../../shared/protocol/concertation';
import type { CreateSurveyResponse, SurveySeatResponse } from '../../shared/protocol/survey';
import { EMPTY_ANSWERS, type InterviewAnswers } from '../../shared/schema/survey';
import { call } from '../helpers/api';
import { seededClientId, seededRandom } from '../helpers/attacks';
import { startServer, type TestServer } from '../helpers/server';
import { connect, connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

const ANSWERS: InterviewAnswers = {
  ...EMPTY_ANSWERS,
  ageBand: '40to59',
  equipment: { smartphone: true, computer: false },
  uses: ['caf', 'messaging'],
  difficulties: ['forgot-password'],
  help: ['family'],
  wouldCome: true,
  digitalFragility: 2,
  socialFragility: 1,
};
const FIXED_TIME = Date.UTC(2027, 2, 2, 9, 30);

interface Setup {
  server: TestServer;
  concertation: CreateConcertationResponse;
  session: CreateSurveyResponse;
}

async function setUp(server: TestServer, place = 'Marché du Jas'): Promise<Setup> {
  const concertation = (
    await call<CreateConcertationResponse>(server.url, 'POST', '/api/concertations', {
      body: { title: 'Enquête de rue' },
    })
  ).body;
  const session = (
    await call<CreateSurveyResponse>(server.url, 'POST', `/api/concertations/${concertation.id}/surveys`, {
      token: concertation.token,
      body: { place },
    })
  ).body;
  return { server, concertation, session };
}

async function seat({ server, session }: Setup): Promise<SurveySeatResponse> {
  const result = await call<SurveySeatResponse>(server.url, 'POST', `/api/surveys/${session.id}/seat`, {
    token: session.token,
  });
  expect(result.status).toBe(200);
  return result.body;
}

/** The close reason of the last socket `sendUpdate` opened, for the printed table. */
let lastReason = '';

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

/**
 * Sends one sync update on a fresh socket, then asks for the server's state: messages are handled in
 * order, so the answer (`ok`) comes only once the update was applied and stored. A refused update closes
 * the socket first (its code); a token that may not write is told so (`denied`). With the time it took.
 */
function sendUpdate(
  { server, session }: Setup,
  token: string,
  update: Uint8Array,
): Promise<{ code: number | 'ok' | 'denied'; ms: number }> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/sync/${session.id}/survey?token=${token}`,
    );
    let started = 0;
    const settle = (code: number | 'ok' | 'denied') => {
      resolve({ code, ms: performance.now() - started });
      socket.close();
    };
    socket.on('open', () => {
      started = performance.now();
      socket.send(syncFrame(2, update));
      socket.send(syncFrame(0, Y.encodeStateVector(new Y.Doc())));
    });
    socket.on('message', (data: Buffer) => {
      if (data[0] === 2) settle('denied');
      else if (data[0] === 0 && data[1] === 1) settle('ok');
    });
    socket.on('close', (code, reason) => {
      lastReason = reason.toString();
      settle(code);
    });
    socket.on('error', reject);
  });
}

async function fieldReturn({ server, concertation }: Setup, etag?: string) {
  const response = await fetch(`${server.url}/api/concertations/${concertation.id}/field-return.json`, {
    headers: { authorization: `Bearer ${concertation.token}`, ...(etag ? { 'if-none-match': etag } : {}) },
  });
  const text = await response.text();
  return {
    status: response.status,
    etag: response.headers.get('etag') ?? '',
    body: (text ? JSON.parse(text) : {}) as FieldReturn,
  };
}

async function roomDoc({ server, session }: Setup): Promise<Y.Doc> {
  return (await server.rooms.get(session.id, 'survey')).doc;
}

async function waitForInterview(setup: Setup, id: string): Promise<void> {
  const doc = await roomDoc(setup);
  await waitFor(() => expect(doc.getMap('interviews').has(id)).toBe(true));
  await setup.server.rooms.durable(setup.session.id, 'survey');
}

/**
 * A valid interview written directly into the Y.Maps, as a hostile phone would, then spoiled once in
 * the document (a Y.Map not yet in a document reads nothing back).
 */
function put(
  interviews: Y.Map<unknown>,
  id: string,
  author: string,
  spoil: (record: Y.Map<unknown>, equipment: Y.Map<unknown>) => void = () => undefined,
): void {
  const record = new Y.Map<unknown>();
  const equipment = new Y.Map<unknown>();
  interviews.set(id, record);
  record.set('ageBand', '25to39');
  record.set('neighbourhood', null);
  record.set('equipment', equipment);
  equipment.set('smartphone', true);
  record.set('uses', Y.Array.from(['caf']));
  record.set('difficulties', Y.Array.from(['forgot-password']));
  record.set('help', Y.Array.from(['family']));
  record.set('wouldCome', null);
  record.set('digitalFragility', 1);
  record.set('socialFragility', null);
  record.set('author', author);
  record.set('createdAt', FIXED_TIME);
  spoil(record, equipment);
}

/** The change made on a copy of the room's document by a fresh client, as the bytes it would send. */
function craft(
  room: Y.Doc,
  seed: number,
  change: (doc: Y.Doc, interviews: Y.Map<unknown>) => void,
  clientID = seededClientId(seededRandom(seed)),
): Uint8Array {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.encodeStateAsUpdate(room));
  // After the room's state: Yjs takes a new id when a received update holds structs under its own.
  doc.clientID = clientID;
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc, doc.getMap('interviews')));
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

function recordIn(interviews: Y.Map<unknown>, id: string): Y.Map<unknown> {
  const found = interviews.get(id);
  if (!(found instanceof Y.Map)) throw new Error(`no interview ${id}`);
  return found;
}

let server: TestServer;
let setup: Setup;
let phoneA: SurveySeatResponse;
let phoneB: SurveySeatResponse;
let clientA: SyncClient;
let clientB: SyncClient;
let leadReader: SyncClient;

beforeAll(async () => {
  // No reconnect penalty: one phone's token sends every attack in turn.
  server = await startServer({ refusals: { windowMs: 60_000, secondWaitMs: 0, laterWaitMs: 0 } });
  setup = await setUp(server);
  phoneA = await seat(setup);
  phoneB = await seat(setup);
  clientA = await connectSynced(server.url, setup.session.id, 'survey', phoneA.token);
  clientB = await connectSynced(server.url, setup.session.id, 'survey', phoneB.token);
  leadReader = await connectSynced(server.url, setup.session.id, 'survey', setup.concertation.token);
});
afterAll(async () => {
  clientA.destroy();
  clientB.destroy();
  leadReader.destroy();
  await server.dispose();
});

describe('an interviewer’s phone', () => {
  it('saves an interview as its own seat: stored, and relayed to the other phones and the lead', async () => {
    saveInterview(clientA.doc, { answers: ANSWERS, author: phoneA.seatId, id: 'a-1' }, new UserOrigin('a'));
    saveInterview(clientB.doc, { answers: ANSWERS, author: phoneB.seatId, id: 'b-1' }, new UserOrigin('b'));
    await waitForInterview(setup, 'a-1');
    await waitForInterview(setup, 'b-1');
    await waitFor(() => expect(leadReader.doc.getMap('interviews').size).toBe(2));
    await waitFor(() => expect(clientB.doc.getMap('interviews').has('a-1')).toBe(true));
    const stored = new Y.Doc();
    for (const update of server.store.loadDoc(setup.session.id, 'survey').updates)
      Y.applyUpdate(stored, update);
    expect([...stored.getMap('interviews').keys()].sort()).toEqual(['a-1', 'b-1']);
  });

  it('removes its own interview', async () => {
    saveInterview(
      clientA.doc,
      { answers: ANSWERS, author: phoneA.seatId, id: 'a-mistake' },
      new UserOrigin('a'),
    );
    await waitForInterview(setup, 'a-mistake');
    expect(removeInterview(clientA.doc, 'a-mistake', new UserOrigin('a'))).toBe(true);
    const doc = await roomDoc(setup);
    await waitFor(() => expect(doc.getMap('interviews').has('a-mistake')).toBe(false));
  });

  it('with the shared link, or the lead’s, writes nothing', async () => {
    const doc = await roomDoc(setup);
    const before = Y.encodeStateAsUpdate(doc);
    const interview = craft(doc, 40, (_doc, interviews) => put(interviews, 'shared-1', phoneA.seatId));
    const shared = await sendUpdate(setup, setup.session.token, interview);
    expect(shared.code).toBe(CLOSE.refusedUpdate);
    const asLead = await sendUpdate(setup, setup.concertation.token, interview);
    expect(asLead.code).toBe('denied');
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
    console.log(
      `survey gate: shared link refused in ${shared.ms.toFixed(1)} ms, lead's write dropped in ${asLead.ms.toFixed(1)} ms (${interview.byteLength} B)`,
    );
  });
});

describe('the gate refuses', () => {
  /** Each written by phone A against the room as it is (A's `a-1` and B's `b-1` in it). */
  type Attack = (doc: Y.Doc, interviews: Y.Map<unknown>) => void;
  const spoilt =
    (id: string, spoil: (record: Y.Map<unknown>, equipment: Y.Map<unknown>) => void): Attack =>
    (_doc, interviews) =>
      put(interviews, id, phoneA.seatId, spoil);
  const ids = (count: number, prefix: string) => Array.from({ length: count }, (_, i) => `${prefix}${i}`);
  const attacks: Array<[string, Attack]> = [
    ['an age band not in the list', spoilt('x-enum', (r) => r.set('ageBand', 'ancient'))],
    ['a help key not in the list', spoilt('x-help', (r) => r.set('help', Y.Array.from(['priest'])))],
    ['a fragility of 7', spoilt('x-frag', (r) => r.set('digitalFragility', 7))],
    ['a fragility of 1.5', spoilt('x-frag2', (r) => r.set('socialFragility', 1.5))],
    ['a field the interview does not have', spoilt('x-field', (r) => r.set('phoneNumber', '0612345678'))],
    ['an equipment key not in the list', spoilt('x-eq', (_r, e) => e.set('car', true))],
    ['an equipment that is not yes or no', spoilt('x-eq2', (_r, e) => e.set('smartphone', 'yes'))],
    [
      'types nested deeper than the schema',
      spoilt('x-deep', (_r, e) => {
        const deeper = new Y.Map<unknown>();
        const deep = new Y.Map<unknown>();
        e.set('smartphone', deep);
        deep.set('deep', deeper);
        deeper.set('deeper', true);
      }),
    ],
    ['a list of 201 pictograms', spoilt('x-list', (r) => r.set('uses', Y.Array.from(ids(201, 'p'))))],
    [
      'a list grown past 200 by several pushes',
      spoilt('x-list2', (r) => {
        const uses = new Y.Array<string>();
        r.set('uses', uses);
        for (let i = 0; i < 5; i++) uses.insert(0, ids(50, `p${i}-`));
      }),
    ],
    [
      'a help list longer than its keys',
      spoilt('x-help2', (r) => r.set('help', Y.Array.from(Array(5).fill('family')))),
    ],
    ['a neighbourhood of 121 characters', spoilt('x-long', (r) => r.set('neighbourhood', 'x'.repeat(121)))],
    ['an interview written in another seat’s name', (_d, m) => put(m, 'x-author', phoneB.seatId)],
    ['a value where an interview belongs', (_d, m) => m.set('x-plain', 'not a record')],
    ['a part of the document the schema does not have', (d) => put(d.getMap('items'), 'x', phoneA.seatId)],
    ['a change to another seat’s interview', (_d, m) => recordIn(m, 'b-1').set('ageBand', 'under25')],
    [
      'a change to another seat’s answers list',
      (_d, m) => (recordIn(m, 'b-1').get('uses') as Y.Array<string>).push(['bank']),
    ],
    ['deleting another seat’s interview', (_d, m) => m.delete('b-1')],
    ['replacing another seat’s interview', (_d, m) => put(m, 'b-1', phoneA.seatId)],
    ['giving its own interview to another seat', (_d, m) => recordIn(m, 'a-1').set('author', phoneB.seatId)],
  ];
  const costs: Array<[string, number, number, string]> = [];

  for (const [index, [what, change]] of attacks.entries()) {
    it(`${what}: nothing stored or relayed`, async () => {
      const doc = await roomDoc(setup);
      const before = Y.encodeStateAsUpdate(doc);
      const storedBefore = server.store.loadDoc(setup.session.id, 'survey').updates.length;
      const update = craft(doc, 100 + index, change);
      const { code, ms } = await sendUpdate(setup, phoneA.token, update);
      expect(code).toBe(CLOSE.refusedUpdate);
      expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
      expect(doc.store.pendingStructs).toBeNull();
      expect([...doc.share.keys()]).toEqual(['interviews']);
      expect(server.store.loadDoc(setup.session.id, 'survey').updates.length).toBe(storedBefore);
      expect(clientB.doc.getMap('interviews').get('b-1')).toBeInstanceOf(Y.Map);
      // Generous for a loaded machine; the figures are printed below.
      expect(ms).toBeLessThan(2_000);
      costs.push([what, update.byteLength, ms, lastReason]);
    });
  }

  afterAll(() => {
    console.log(
      `survey gate refusals (bytes, ms to refusal):\n${costs
        .map(([what, bytes, ms, reason]) => `  ${what}: ${bytes} B, ${ms.toFixed(1)} ms (${reason})`)
        .join('\n')}`,
    );
  });

  it('an interview of its own written under another phone’s Yjs client id', async () => {
    const doc = await roomDoc(setup);
    const before = Y.encodeStateAsUpdate(doc);
    // Structs under phone A's client would make A's next edits look already known: Yjs would drop them.
    const update = craft(doc, 0, (_d, m) => put(m, 'b-posing', phoneB.seatId), clientA.doc.clientID);
    const { code } = await sendUpdate(setup, phoneB.token, update);
    expect([code, lastReason]).toEqual([CLOSE.refusedUpdate, "refused: writes under another device's id"]);
    expect(Y.encodeStateAsUpdate(doc)).toEqual(before);
  });

  it('and the phone’s next honest interview still goes in', async () => {
    const again = connect(server.url, setup.session.id, 'survey', phoneA.token);
    saveInterview(again.doc, { answers: ANSWERS, author: phoneA.seatId, id: 'a-after' }, new UserOrigin('a'));
    await waitForInterview(setup, 'a-after');
    again.destroy();
  });
});

describe('caps', () => {
  /** A session on a server of its own with `limits`; `write` sends one whole interview, as a phone would. */
  async function capped(limits: Partial<GateLimits>) {
    const strict = await startServer({
      refusals: { windowMs: 60_000, secondWaitMs: 0, laterWaitMs: 0 },
      gateLimits: limits,
    });
    const own = await setUp(strict);
    const doc = await roomDoc(own);
    let seed = 200;
    const write = async (phone: SurveySeatResponse, id: string) => {
      const sent = await sendUpdate(
        own,
        phone.token,
        craft(doc, seed++, (_d, m) => put(m, id, phone.seatId)),
      );
      return sent.code === 'ok' ? 'ok' : lastReason;
    };
    return { strict, own, doc, write };
  }

  it('refuse a phone’s interviews past its share, and the session’s past its size', async () => {
    const { strict, own, doc, write } = await capped({ maxInterviewsPerSeat: 3, maxInterviews: 5 });
    try {
      const [first, second] = [await seat(own), await seat(own)];
      for (let i = 0; i < 3; i++) expect(await write(first, `f-${i}`)).toBe('ok');
      expect(await write(first, 'f-3')).toBe('refused: more interviews than one phone gathers');
      expect(await write(second, 's-0')).toBe('ok');
      expect(await write(second, 's-1')).toBe('ok');
      expect(await write(second, 's-2')).toBe('refused: the survey session is full');
      expect(doc.getMap('interviews').size).toBe(5);
    } finally {
      await strict.dispose();
    }
  });

  it('refuse writes to a full document, and a phone writing more than a person does', async () => {
    const full = await capped({ maxDocBytes: 1_500 });
    try {
      const phone = await seat(full.own);
      const outcomes: string[] = [];
      for (let i = 0; i < 6; i++) outcomes.push(await full.write(phone, `d-${i}`));
      // About 370 bytes an interview: the fifth no longer fits.
      expect(outcomes).toEqual(['ok', 'ok', 'ok', 'ok', ...Array(2).fill('refused: this document is full')]);
    } finally {
      await full.strict.dispose();
    }
    const greedy = await capped({ writerBurstBytes: 1_000, writerBytesPerSecond: 1 });
    try {
      const phone = await seat(greedy.own);
      expect(await greedy.write(phone, 'g-0')).toBe('ok');
      expect(await greedy.write(phone, 'g-1')).toBe('ok');
      expect(await greedy.write(phone, 'g-2')).toBe('refused: more written than a person writes');
      // Another phone has a budget of its own.
      expect(await greedy.write(await seat(greedy.own), 'g-3')).toBe('ok');
    } finally {
      await greedy.strict.dispose();
    }
  });
});

describe('a phone that syncs twice, reloads and reconnects', () => {
  it('has each interview counted once in the field return', async () => {
    const own = await startServer();
    let restarted: TestServer | null = null;
    try {
      const first = await setUp(own, 'Sortie d’école');
      const phone = await seat(first);
      // Two interviews sent on the centre's wifi.
      const morning = await connectSynced(own.url, first.session.id, 'survey', phone.token);
      for (const id of ['m-1', 'm-2'])
        saveInterview(morning.doc, { answers: ANSWERS, author: phone.seatId, id }, new UserOrigin('phone'));
      await waitForInterview(first, 'm-2');
      const before = await fieldReturn(first);
      expect(before.body.survey?.interviews).toBe(2);
      expect((await fieldReturn(first, before.etag)).status).toBe(304);
      // On the pavement: two more, kept on the phone only.
      morning.provider.disconnect();
      for (const id of ['m-3', 'm-4'])
        saveInterview(morning.doc, { answers: ANSWERS, author: phone.seatId, id }, new UserOrigin('phone'));
      const kept = Y.encodeStateAsUpdate(morning.doc);
      morning.destroy();
      // The server restarts meanwhile; the page is reloaded from what the phone kept (a new Yjs client).
      await own.close();
      restarted = await startServer({ dataDir: own.dataDir });
      const again: Setup = { ...first, server: restarted };
      const reloaded = new Y.Doc();
      Y.applyUpdate(reloaded, kept);
      const back = connect(restarted.url, first.session.id, 'survey', phone.token, reloaded);
      await waitForInterview(again, 'm-4');
      // The same interviews sent once more, whole, on a second socket (a second tab, a retry).
      const twice = await sendUpdate(again, phone.token, kept);
      expect(twice.code).toBe('ok');
      back.destroy();
      const second = connect(restarted.url, first.session.id, 'survey', phone.token, reloaded);
      await waitFor(() => expect(second.provider.synced).toBe(true));
      const after = await fieldReturn(again);
      expect(after.status).toBe(200);
      expect(after.etag).not.toBe(before.etag);
      expect(after.body.survey).toMatchObject({
        interviews: 4,
        byPlace: { 'Sortie d’école': 4 },
        equipment: { smartphone: 1, computer: 0 },
        digitalFragility: [0, 0, 4, 0],
        socialFragility: [0, 4, 0, 0],
        help: { family: 4, neighbours: 0, professionals: 0, nobody: 0 },
      });
      expect(after.body.survey?.uses).toEqual([
        { pictogram: 'caf', count: 4 },
        { pictogram: 'messaging', count: 4 },
      ]);
      second.destroy();
      reloaded.destroy();
    } finally {
      await restarted?.close();
      await own.dispose().catch(() => undefined);
    }
  });
});
