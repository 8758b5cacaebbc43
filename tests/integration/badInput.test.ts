import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/protocol/closeCodes';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { itemLabel, putItem } from '../helpers/docProbe';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let victim: CreateWorkshopResponse;
let bystander: CreateWorkshopResponse;
let writer: SyncClient;
let reader: SyncClient;

beforeAll(async () => {
  server = await startServer({ limits: { burst: 50, perSecond: 25 } });
  victim = await createWorkshop(server.url, { title: 'Cible' });
  bystander = await createWorkshop(server.url, { title: 'Voisin' });
  writer = await connectSynced(server.url, bystander.id, 'board', bystander.tokens.facilitator);
  reader = await connectSynced(server.url, bystander.id, 'board', bystander.tokens.viewer);
});
afterAll(async () => {
  writer.destroy();
  reader.destroy();
  await server.dispose();
});

function rawSocket(workshop: CreateWorkshopResponse): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/sync/${workshop.id}/board?token=${workshop.tokens.participant}`,
    );
    socket.on('open', () => resolve(socket));
    socket.on('error', reject);
  });
}

function closeCode(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.on('close', (code) => resolve(code)));
}

function frame(write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  write(encoder);
  return encoding.toUint8Array(encoder);
}

/** The bystander room keeps syncing at normal speed while the victim room is attacked. */
async function bystanderStillSyncs(label: string): Promise<void> {
  const started = performance.now();
  putItem(writer.doc, label, label);
  await waitFor(() => expect(itemLabel(reader.doc, label)).toBe(label), { timeoutMs: 2000 });
  expect(performance.now() - started).toBeLessThan(1000);
}

describe('bad input closes only the offending socket', () => {
  const cases: Array<[string, Uint8Array | string, number]> = [
    ['an unknown message kind', frame((e) => encoding.writeVarUint(e, 99)), CLOSE.malformed],
    ['a truncated sync message', Uint8Array.of(0, 2, 50, 1, 2), CLOSE.malformed],
    [
      'an unknown sync step',
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 9);
        encoding.writeVarUint8Array(e, Uint8Array.of(0));
      }),
      CLOSE.malformed,
    ],
    [
      // Read by the update gate, which refuses it whole: Fresco's client then starts again from the server.
      'a garbage Yjs update',
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, Uint8Array.of(5, 255, 255, 255, 255, 1, 7));
      }),
      CLOSE.refusedUpdate,
    ],
    [
      'awareness that is not JSON',
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(
          e,
          frame((a) => {
            encoding.writeVarUint(a, 1);
            encoding.writeVarUint(a, 1);
            encoding.writeVarUint(a, 1);
            encoding.writeVarString(a, '{oops');
          }),
        );
      }),
      CLOSE.malformed,
    ],
    ['a text frame', 'hello', CLOSE.malformed],
    [
      'an oversize awareness message',
      frame((e) => {
        encoding.writeVarUint(e, 1);
        encoding.writeVarUint8Array(e, new Uint8Array(100 * 1024));
      }),
      CLOSE.tooLarge,
    ],
    ['a frame over 1 MiB', new Uint8Array(1024 * 1024 + 10), 1009],
  ];
  for (const [label, payload, expected] of cases) {
    it(`closes on ${label}`, async () => {
      const socket = await rawSocket(victim);
      const closed = closeCode(socket);
      socket.send(payload);
      expect(await closed).toBe(expected);
      await bystanderStillSyncs(label);
    });
  }

  it('closes a socket that floods messages', async () => {
    const socket = await rawSocket(victim);
    const closed = closeCode(socket);
    const query = frame((e) => encoding.writeVarUint(e, 3));
    for (let i = 0; i < 200; i++) socket.send(query);
    expect(await closed).toBe(CLOSE.rateLimited);
    await bystanderStillSyncs('flood');
  });

  it('never applies a garbage update to the room', async () => {
    const room = await server.rooms.get(victim.id, 'board');
    const before = Y.encodeStateVector(room.doc);
    const socket = await rawSocket(victim);
    const closed = closeCode(socket);
    socket.send(
      frame((e) => {
        encoding.writeVarUint(e, 0);
        encoding.writeVarUint(e, 2);
        encoding.writeVarUint8Array(e, Uint8Array.of(1, 1, 200, 1, 0, 40, 0, 1));
      }),
    );
    await closed;
    expect(Y.encodeStateVector(room.doc)).toEqual(before);
  });
});
