/**
 * A workshop moved to another Fresco as one file, through two real servers: the facilitator downloads
 * the archive, another server imports it as a new workshop (new id, join code and tokens) where every
 * record, seat and custom pictogram is back and each resident's work is still theirs, while no old link
 * opens it. Archives built to hurt (not a zip, unknown entries, zip bombs, crafted Yjs updates) are refused
 * with a 400 that says why, and leave no workshop behind.
 */
import { strToU8, unzipSync, zipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addParticipant } from '../../shared/ops/board/participants';
import { addCustomPictogram } from '../../shared/ops/control/customPictograms';
import { UserOrigin } from '../../shared/ops/origin';
import { itemsMap, participantsMap } from '../../shared/ops/roots';
import type { ImportWorkshopResponse } from '../../shared/protocol/archive';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { readWorkshop } from '../../shared/read/workshop';
import { call, createWorkshop, joinByCode } from '../helpers/api';
import { readProbe, writeProbe } from '../helpers/docProbe';
import { rawRequest } from '../helpers/rawHttp';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let origin: TestServer;
let destination: TestServer;
let workshop: CreateWorkshopResponse;
let seatId: string;
const by = new UserOrigin('test');

beforeAll(async () => {
  origin = await startServer();
  destination = await startServer();
  workshop = await createWorkshop(origin.url, {
    title: 'Atelier du Jas',
    place: 'Centre social',
    date: '2027-03-04',
  });
  const seat = await joinByCode(origin.url, workshop.joinCode);
  seatId = seat.body.seatId;
  const token = workshop.tokens.facilitator;
  const [control, plan] = await Promise.all([
    connectSynced(origin.url, workshop.id, 'control', token),
    connectSynced(origin.url, workshop.id, 'plan', token),
  ]);
  const resident = await connectSynced(origin.url, workshop.id, 'board', seat.body.token);
  addCustomPictogram(
    control.doc,
    { id: 'picto-maison', kind: 'activity', label: 'Maison de quartier', pictogram: 'association' },
    by,
  );
  addParticipant(resident.doc, { id: seatId, name: 'Amina', avatar: 'sun', color: '#ff8800' }, by);
  writeProbe(resident.doc, 'board', 'item-amina', 'Courses au marché', seatId);
  writeProbe(plan.doc, 'plan', 'action-1', 'Permanence numérique');
  const observer = await connectSynced(origin.url, workshop.id, 'board', token);
  await waitFor(() => expect(readProbe(observer.doc, 'board', 'item-amina')).toBe('Courses au marché'));
  await waitFor(() => expect(participantsMap(observer.doc).has(seatId)).toBe(true));
  for (const client of [control, plan, resident, observer]) client.destroy();
});
afterAll(async () => {
  await origin.dispose();
  await destination.dispose();
});

async function download(server: TestServer, id: string, token?: string): Promise<Response> {
  return fetch(`${server.url}/api/workshops/${id}/archive`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
}

async function upload(
  server: TestServer,
  body: Uint8Array | string,
): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${server.url}/api/workshops/import`, {
    method: 'POST',
    headers: { 'content-type': 'application/zip' },
    body: body as BodyInit,
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

describe('a workshop moves to another Fresco', () => {
  let archive: Uint8Array;

  it('downloads as one zip for the facilitator only', async () => {
    for (const role of ['participant', 'stakeholder', 'viewer'] as const) {
      expect((await download(origin, workshop.id, workshop.tokens[role])).status, role).toBe(403);
    }
    expect((await download(origin, workshop.id)).status).toBe(401);
    expect((await download(origin, 'nope', workshop.tokens.facilitator)).status).toBe(404);
    const response = await download(origin, workshop.id, workshop.tokens.facilitator);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="fresco-atelier-atelier-du-jas-2027-03-04.zip"',
    );
    archive = new Uint8Array(await response.arrayBuffer());
    const files = unzipSync(archive);
    expect(Object.keys(files).sort()).toEqual(['board.yjs', 'control.yjs', 'manifest.json', 'plan.yjs']);
    const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));
    expect(manifest).toMatchObject({
      format: 'fresco-workshop-archive',
      formatVersion: 1,
      title: 'Atelier du Jas',
      seats: [seatId],
      docs: ['control', 'board', 'plan'],
    });
    // No secret travels in the file.
    const text = new TextDecoder('latin1').decode(archive);
    for (const token of Object.values(workshop.tokens)) expect(text).not.toContain(token);
  });

  it('imports with new links, every record, and residents still owning their work', async () => {
    const imported = await upload(destination, archive);
    expect(imported.status).toBe(201);
    const created = imported.body as unknown as ImportWorkshopResponse;
    expect(created.title).toBe('Atelier du Jas');
    expect(created.seats).toBe(1);
    expect(created.id).not.toBe(workshop.id);
    expect(created.joinCode).toMatch(/^\d{6}$/);
    for (const role of ['facilitator', 'participant', 'stakeholder', 'viewer'] as const)
      expect(created.tokens[role]).not.toBe(workshop.tokens[role]);

    const token = created.tokens.facilitator;
    const [control, board, plan] = await Promise.all(
      (['control', 'board', 'plan'] as const).map((doc) =>
        connectSynced(destination.url, created.id, doc, token),
      ),
    );
    const settings = readWorkshop(control!.doc);
    expect(settings).toMatchObject({ title: 'Atelier du Jas', place: 'Centre social', date: '2027-03-04' });
    expect(settings.customPictograms).toEqual([
      { id: 'picto-maison', kind: 'activity', label: 'Maison de quartier', pictogram: 'association' },
    ]);
    expect(readProbe(board!.doc, 'board', 'item-amina')).toBe('Courses au marché');
    const item = itemsMap(board!.doc).get('item-amina') as Y.Map<unknown>;
    expect(item.get('author')).toBe(seatId);
    expect((participantsMap(board!.doc).get(seatId) as Y.Map<unknown>).get('name')).toBe('Amina');
    expect(readProbe(plan!.doc, 'plan', 'action-1')).toBe('Permanence numérique');
    for (const client of [control, board, plan]) client?.destroy();

    // The facilitator hands the seat to a tablet again: it is Amina's seat, with her item.
    const reassigned = await call<{ token: string; seatId: string }>(
      destination.url,
      'POST',
      `/api/workshops/${created.id}/seats/${seatId}/reassign`,
      { token },
    );
    expect(reassigned.status).toBe(200);
    const info = await call(destination.url, 'GET', `/api/workshops/${created.id}`, {
      token: reassigned.body.token,
    });
    expect(info.body).toMatchObject({ role: 'participant', seatId });
  });

  it('opens for no old link, and a copy on the same server is a separate workshop', async () => {
    const copy = await upload(origin, archive);
    expect(copy.status).toBe(201);
    const id = copy.body.id as string;
    expect(id).not.toBe(workshop.id);
    for (const role of ['facilitator', 'participant', 'viewer'] as const) {
      const answer = await call(origin.url, 'GET', `/api/workshops/${id}`, { token: workshop.tokens[role] });
      expect(answer.status, role).toBe(401);
    }
    // The original is untouched and still opens with its own links.
    const original = await call(origin.url, 'GET', `/api/workshops/${workshop.id}`, {
      token: workshop.tokens.viewer,
    });
    expect(original.status).toBe(200);
  });

  it('asks for the admin token on a server that has one', async () => {
    const guarded = await startServer({ adminToken: 'admin-secret' });
    try {
      expect((await upload(guarded, archive)).status).toBe(401);
      const response = await fetch(`${guarded.url}/api/workshops/import`, {
        method: 'POST',
        headers: { authorization: 'Bearer admin-secret' },
        body: archive as BodyInit,
      });
      expect(response.status).toBe(201);
    } finally {
      await guarded.dispose();
    }
  });
});

/** A zip of the format with some parts replaced: a valid archive of an empty workshop by default. */
function craft(
  overrides: Record<string, Uint8Array | null> = {},
  manifest: Record<string, unknown> = {},
): Uint8Array {
  const files: Record<string, Uint8Array> = {
    'manifest.json': strToU8(
      JSON.stringify({ format: 'fresco-workshop-archive', formatVersion: 1, title: 'x', ...manifest }),
    ),
    'control.yjs': Y.encodeStateAsUpdate(new Y.Doc()),
    'board.yjs': Y.encodeStateAsUpdate(new Y.Doc()),
    'plan.yjs': Y.encodeStateAsUpdate(new Y.Doc()),
  };
  for (const [name, bytes] of Object.entries(overrides)) {
    if (bytes === null) delete files[name];
    else files[name] = bytes;
  }
  return zipSync(files);
}

function updateOf(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
}

/** Sets the uncompressed size every central-directory record declares (a zip bomb's lie, or its truth). */
function declareSizes(zip: Uint8Array, size: number, only?: string): Uint8Array {
  const copy = zip.slice();
  const view = new DataView(copy.buffer);
  for (let offset = 0; offset + 46 <= copy.byteLength; offset++) {
    if (view.getUint32(offset, true) !== 0x02014b50) continue;
    const name = new TextDecoder().decode(
      copy.subarray(offset + 46, offset + 46 + view.getUint16(offset + 28, true)),
    );
    if (only === undefined || name === only) view.setUint32(offset + 24, size, true);
  }
  return copy;
}

describe('hostile archives', () => {
  // Built before the requests: a request after a few idle seconds may meet a keep-alive socket the server
  // just closed (undici then fails with ECONNRESET), which says nothing about archives.
  const many = zipSync(Object.fromEntries(Array.from({ length: 3000 }, (_, i) => [`f${i}`, strToU8('x')])));
  const bomb = zipSync(
    { 'manifest.json': strToU8('{}'), 'board.yjs': new Uint8Array(70 * 1024 * 1024) },
    { level: 1 },
  );
  const cases: Array<[string, () => Uint8Array | string, string]> = [
    ['not a zip', () => 'bonjour', 'not a zip archive'],
    [
      'random bytes',
      () => new Uint8Array(4000).map((_, i) => (i * 7919) % 256),
      'not a readable zip archive',
    ],
    [
      'an unknown entry',
      () => craft({ '../../etc/cron.d/evil': strToU8('x') }),
      'unexpected entry "../../etc/cron.d/evil"',
    ],
    ['no manifest', () => craft({ 'manifest.json': null }), 'no manifest.json'],
    [
      'a manifest that is not JSON',
      () => craft({ 'manifest.json': strToU8('{') }),
      'manifest.json is not valid JSON',
    ],
    ['another format', () => craft({}, { format: 'other' }), 'not a Fresco workshop archive'],
    ['a newer format', () => craft({}, { formatVersion: 2 }), 'comes from a newer Fresco (format 2)'],
    ['a missing document', () => craft({ 'plan.yjs': null }), 'lacks the plan document'],
    ['a document over its cap (a real bomb: 70 MB of zeros)', () => bomb, 'entry "board.yjs" is too large'],
    ['a document declaring 4 GB', () => declareSizes(craft(), 0xfffffff0), 'is too large'],
    [
      'a document lying small (cut when inflated)',
      () =>
        declareSizes(
          craft({ 'board.yjs': updateOf((doc) => writeProbe(doc, 'board', 'a', 'b')) }),
          3,
          'board.yjs',
        ),
      'the board document',
    ],
    ['thousands of entries', () => many, 'unexpected entry'],
    [
      'bytes that are not a Yjs update',
      () => craft({ 'board.yjs': strToU8('not yjs at all, not at all') }),
      'the board document',
    ],
    [
      'a root the schema does not have',
      () => craft({ 'board.yjs': updateOf((doc) => doc.getMap('evil').set('x', 1)) }),
      'the board document was refused',
    ],
    [
      'an item of a kind that does not exist',
      () =>
        craft({
          'board.yjs': updateOf((doc) => {
            const record = new Y.Map<unknown>();
            doc.getMap('items').set('i1', record);
            record.set('kind', 'virus');
          }),
        }),
      'the board document was refused',
    ],
    [
      'a title of a million characters',
      () =>
        craft({
          'control.yjs': updateOf((doc) => doc.getMap('workshop').set('title', 'x'.repeat(1_000_000))),
        }),
      'the control document was refused',
    ],
    [
      'an update that waits for structs it does not hold',
      () => {
        const doc = new Y.Doc();
        writeProbe(doc, 'board', 'a', 'first');
        const before = Y.encodeStateVector(doc);
        writeProbe(doc, 'board', 'b', 'second');
        return craft({ 'board.yjs': Y.encodeStateAsUpdate(doc, before) });
      },
      'the board document was refused',
    ],
  ];
  it.each(cases)('%s: 400 bad_archive, nothing created', async (_, make, reason) => {
    const answer = await upload(destination, make());
    expect(answer.status).toBe(400);
    expect(answer.body.error).toBe('bad_archive');
    expect(answer.body.message).toContain('This file cannot be imported: ');
    expect(answer.body.message).toContain(reason);
  });

  it('refuses a body over 32 MB before reading it', async () => {
    const answer = await rawRequest(
      destination.port,
      'POST /api/workshops/import HTTP/1.1\r\nHost: localhost\r\nContent-Length: 40000000\r\nConnection: close\r\n\r\n',
    );
    expect(answer.status).toBe(413);
  });

  it('still imports a good archive afterwards', async () => {
    expect((await upload(destination, craft())).status).toBe(201);
  });
});
