/**
 * The attacks of the hardening issue, sent as a participant's tablet would (a seat token, raw frames on
 * the real server), while another workshop goes on: each crafted update is refused with 4422, leaves
 * the attacked board as it was (nothing pending, no new root), and the other workshop's edits keep
 * arriving. The figures against the stock server are in the bench's attack section.
 */
import * as encoding from 'lib0/encoding';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { CLOSE } from '../../shared/protocol/closeCodes';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop, joinByCode } from '../helpers/api';
import { futureStructs, hugeTextWithDeletes, pendingDeletes, unknownRoot } from '../helpers/attacks';
import { vandalism } from '../helpers/boardVandalism';
import { itemLabel, putItem } from '../helpers/docProbe';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let attacked: CreateWorkshopResponse;
let other: CreateWorkshopResponse;
let writer: SyncClient;
let reader: SyncClient;

beforeAll(async () => {
  // No reconnect penalty here: one attacker's token sends every attack in turn (the penalty has its own test).
  server = await startServer({ refusals: { windowMs: 60_000, secondWaitMs: 0, laterWaitMs: 0 } });
  attacked = await createWorkshop(server.url, { title: 'Attaqué' });
  other = await createWorkshop(server.url, { title: 'Voisin' });
  writer = await connectSynced(server.url, other.id, 'board', other.tokens.facilitator);
  reader = await connectSynced(server.url, other.id, 'board', other.tokens.viewer);
});
afterAll(async () => {
  writer.destroy();
  reader.destroy();
  await server.dispose();
});

async function seat(workshop: CreateWorkshopResponse): Promise<{ token: string; seatId: string }> {
  const joined = await joinByCode(server.url, workshop.joinCode, `device-${Math.random()}`);
  expect(joined.status).toBe(200);
  return joined.body;
}

/** Sends one sync update on a fresh socket of `token` and resolves with the close code. */
function sendUpdate(
  token: string,
  update: Uint8Array,
  target: TestServer = server,
  workshop: CreateWorkshopResponse = attacked,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(
      `${target.url.replace('http', 'ws')}/sync/${workshop.id}/board?token=${token}`,
    );
    socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      encoding.writeVarUint(encoder, 2);
      encoding.writeVarUint8Array(encoder, update);
      socket.send(encoding.toUint8Array(encoder));
    });
    socket.on('close', (code) => resolve(code));
    socket.on('error', reject);
  });
}

/** The other workshop's edit reaches its reader, and how long it took. */
async function otherWorkshopEdit(label: string): Promise<number> {
  const started = performance.now();
  putItem(writer.doc, label, label);
  await waitFor(() => expect(itemLabel(reader.doc, label)).toBe(label), { timeoutMs: 5_000 });
  return performance.now() - started;
}

describe('crafted updates from a participant', () => {
  const attacks: Array<[string, () => Uint8Array]> = [
    ['a 330,000-character text cut by 165,000 delete ranges', () => hugeTextWithDeletes()],
    ['deletions on clients nobody has', () => pendingDeletes()],
    ['structs far ahead of their client clock', () => futureStructs()],
    ['a root the schema does not have', () => unknownRoot()],
  ];
  for (const [what, build] of attacks) {
    it(`refuses ${what}, and the other workshop goes on`, async () => {
      const { token } = await seat(attacked);
      const room = await server.rooms.get(attacked.id, 'board');
      const before = Y.encodeStateAsUpdate(room.doc);
      const latencies: number[] = [];
      const attack = build();
      for (let i = 0; i < 2; i++) {
        const [code, latency] = await Promise.all([
          sendUpdate(token, attack),
          otherWorkshopEdit(`${what}-${i}`),
        ]);
        expect(code).toBe(CLOSE.refusedUpdate);
        latencies.push(latency);
      }
      expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
      expect(room.doc.store.pendingStructs).toBeNull();
      expect(room.doc.store.pendingDs).toBeNull();
      for (const root of room.doc.share.keys())
        expect(['items', 'meta', 'participants', 'votes']).toContain(root);
      // Generous for a loaded CI machine; the bench's attack section has the figures.
      expect(Math.max(...latencies)).toBeLessThan(2_000);
    });
  }

  it("refuses every vandalism of another resident's contribution, and the victim's item stays", async () => {
    const victim = await seat(attacked);
    const attacker = await seat(attacked);
    const victimClient = await connectSynced(server.url, attacked.id, 'board', victim.token);
    const seatFields = { name: 'Samia', avatar: 'cat', color: '#336699' };
    addParticipant(victimClient.doc, { id: victim.seatId, ...seatFields }, new UserOrigin(victim.seatId));
    putItem(victimClient.doc, 'victim-item', 'mon marché', victim.seatId);
    const proposal = 'victim-proposal';
    victimClient.doc.transact(() => {
      putItem(victimClient.doc, proposal, 'une idée', victim.seatId);
      victimClient.doc.getMap('votes').set(proposal, new Y.Map());
    });
    const room = await server.rooms.get(attacked.id, 'board');
    await waitFor(() => expect(itemLabel(room.doc, 'victim-item')).toBe('mon marché'));
    const attacks = vandalism({
      board: Y.encodeStateAsUpdate(room.doc),
      attacker: attacker.seatId,
      victim: victim.seatId,
      victimItem: 'victim-item',
      proposal,
    });
    const before = Y.encodeStateAsUpdate(room.doc);
    const codes: Record<string, number> = {};
    for (const [name, update] of Object.entries(attacks))
      codes[name] = await sendUpdate(attacker.token, update);
    expect(Object.values(codes).every((code) => code === CLOSE.refusedUpdate || code === 1009)).toBe(true);
    expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
    expect(itemLabel(room.doc, 'victim-item')).toBe('mon marché');
    victimClient.destroy();
  });

  it('makes a token that keeps being refused wait before it opens a socket again', async () => {
    const strict = await startServer();
    try {
      const workshop = await createWorkshop(strict.url, { title: 'Pénalité' });
      const joined = await joinByCode(strict.url, workshop.joinCode);
      const send = (update: Uint8Array) => sendUpdate(joined.body.token, update, strict, workshop);
      expect(await send(unknownRoot())).toBe(CLOSE.refusedUpdate);
      expect(await send(unknownRoot())).toBe(CLOSE.refusedUpdate);
      // The upgrade itself is refused now: the socket never opens.
      await expect(send(unknownRoot())).rejects.toThrow(/429/);
    } finally {
      await strict.dispose();
    }
  });
});
