/**
 * Awareness identity comes from the server (PRODUCT.md §3): a socket speaks for one Yjs client id, the
 * first it used that no other live socket owns, and a seat's name, avatar and colour come from its record
 * in the board. Measured on main before this: an attacker that first spoke for the victim's client id
 * took the victim's presence over, with any name and colour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type WebSocket from 'ws';
import * as Y from 'yjs';
import { encodeAwarenessEntries } from '../../server/sync/awarenessFilter';
import { encodeAwarenessMessage } from '../../server/sync/messages';
import { addParticipant, updateParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { CLOSE } from '../../shared/protocol/closeCodes';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import type { DocName } from '../../shared/schema/roles';
import { call, createWorkshop, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connect, connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let workshop: CreateWorkshopResponse;
beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url);
});
afterAll(async () => {
  await server.dispose();
});

interface Seat {
  token: string;
  seatId: string;
}

/** A tablet's seat with its record in the board, as the tablet writes it when the resident picks. */
async function seatWithRecord(name: string, avatar: string, color: string): Promise<Seat> {
  const joined = await joinByCode(server.url, workshop.joinCode);
  const info = await call<{ seatId: string }>(server.url, 'GET', `/api/workshops/${workshop.id}`, {
    token: joined.body.token,
  });
  const seat = { token: joined.body.token, seatId: info.body.seatId };
  const board = await connectSynced(server.url, workshop.id, 'board', seat.token);
  addParticipant(board.doc, { id: seat.seatId, name, avatar, color }, new UserOrigin(seat.seatId));
  await server.rooms.durable(workshop.id, 'board');
  await waitFor(async () => {
    const room = await server.rooms.get(workshop.id, 'board');
    expect(room.doc.getMap('participants').has(seat.seatId)).toBe(true);
  });
  board.destroy();
  return seat;
}

function stateOf(client: SyncClient, clientId: number): Record<string, unknown> | undefined {
  return client.provider.awareness.getStates().get(clientId) as Record<string, unknown> | undefined;
}

let pings = 0;

/** Once the observer sees this ping from the writer, the server has fanned out everything before it. */
async function ping(writer: SyncClient, observer: SyncClient): Promise<Record<string, unknown>> {
  const mark = `ping-${++pings}`;
  writer.provider.awareness.setLocalStateField('editing', mark);
  return waitFor(() => {
    const state = stateOf(observer, writer.doc.clientID);
    if (state?.editing !== mark) throw new Error('ping not seen yet');
    return state;
  });
}

/** Resolves when the server has handled everything this socket sent before: it answers a query. */
function afterHandled(client: SyncClient): Promise<void> {
  const ws = client.provider.ws as unknown as WebSocket;
  return new Promise((resolve) => {
    ws.once('message', () => resolve());
    ws.send(Uint8Array.of(3));
  });
}

function rawAwareness(client: SyncClient, clientId: number, clock: number, state: unknown): void {
  const update = encodeAwarenessEntries([{ clientId, clock, state: state as Record<string, unknown> }]);
  (client.provider.ws as unknown as WebSocket).send(encodeAwarenessMessage(update));
}

async function openAs(docName: DocName, token: string, doc = new Y.Doc()): Promise<SyncClient> {
  const client = connect(server.url, workshop.id, docName, token, doc);
  await waitFor(() => {
    if (!client.provider.synced) throw new Error('not synced yet');
  });
  return client;
}

describe('awareness identity from the server', () => {
  it('keeps the victim’s seat name and colour when another seat speaks for its client id', async () => {
    const victimSeat = await seatWithRecord('Ana', 'cat', '#135492');
    const attackerSeat = await seatWithRecord('Bob', 'owl', '#AB232D');
    const observer = await openAs('board', workshop.tokens.viewer);
    const victim = await openAs('board', victimSeat.token);
    victim.provider.awareness.setLocalStateField('user', { name: 'Ana', avatar: 'cat', color: '#135492' });
    await ping(victim, observer);

    // The attacker's doc (and so its awareness) uses the victim's client id from its first message on.
    const forged = new Y.Doc();
    forged.clientID = victim.doc.clientID;
    const attacker = await openAs('board', attackerSeat.token, forged);
    for (let i = 0; i < 5; i++) {
      attacker.provider.awareness.setLocalStateField('user', {
        name: `Facilitator ${i}`,
        avatar: 'rocket',
        color: '#ff0000',
      });
    }
    rawAwareness(attacker, victim.doc.clientID, 1_000, { user: { name: 'Pirate', color: '#000000' } });
    await afterHandled(attacker);

    const seen = await ping(victim, observer);
    expect(seen.user).toEqual({ name: 'Ana', avatar: 'cat', color: '#135492' });
    expect(seen.identity).toEqual({ role: 'participant', seatId: victimSeat.seatId });
    const room = await server.rooms.get(workshop.id, 'board');
    const onServer = room.awareness.getStates().get(victim.doc.clientID) as { user?: { name?: string } };
    expect(onServer.user?.name).toBe('Ana');
    attacker.destroy();
    victim.destroy();
    observer.destroy();
  });

  it('closes a socket that keeps claiming another socket’s client id', async () => {
    const victimSeat = await seatWithRecord('Chloé', 'fox', '#0E682C');
    const attackerSeat = await seatWithRecord('Dan', 'bee', '#6133B8');
    const victim = await openAs('board', victimSeat.token);
    const attacker = await openAs('board', attackerSeat.token);
    const observer = await openAs('board', workshop.tokens.viewer);
    await ping(victim, observer);
    await ping(attacker, observer);
    const closed = new Promise<number>((resolve) =>
      attacker.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
    );
    for (let clock = 100; clock < 130; clock++) {
      rawAwareness(attacker, victim.doc.clientID, clock, { user: { name: 'Pirate' } });
    }
    expect(await closed).toBe(CLOSE.malformed);
    expect((await ping(victim, observer)).user).toEqual({ name: 'Chloé', avatar: 'fox', color: '#0E682C' });
    attacker.destroy();
    victim.destroy();
    observer.destroy();
  });

  it('shows a seat’s record on the control document too, and follows a rename', async () => {
    const seat = await seatWithRecord('Emma', 'turtle', '#137F78');
    const observer = await openAs('control', workshop.tokens.viewer);
    const tablet = await openAs('control', seat.token);
    tablet.provider.awareness.setLocalStateField('user', { name: 'Zorro', avatar: 'owl', color: '#ff00ff' });
    expect((await ping(tablet, observer)).user).toEqual({ name: 'Emma', avatar: 'turtle', color: '#137F78' });

    const board = await openAs('board', seat.token);
    updateParticipant(board.doc, { id: seat.seatId, name: 'Emma B.' }, new UserOrigin(seat.seatId));
    // The tablet publishes nothing new: the server re-stamps its control presence itself.
    await waitFor(() =>
      expect(stateOf(observer, tablet.doc.clientID)?.user).toMatchObject({ name: 'Emma B.' }),
    );
    board.destroy();
    tablet.destroy();
    observer.destroy();
  });

  it('bounds a facilitator’s name and colour and drops fields no screen publishes', async () => {
    const observer = await openAs('plan', workshop.tokens.viewer);
    const laptop = await openAs('plan', workshop.tokens.facilitator);
    laptop.provider.awareness.setLocalState({
      user: { name: `Animatrice\u0007${'é'.repeat(60)}`, avatar: 'nope', color: 'url(javascript:x)' },
      payload: 'x'.repeat(30_000),
      cursor: { x: Number.MAX_VALUE, y: 2 },
    });
    const seen = await ping(laptop, observer);
    expect(seen.user).toEqual({ name: `Animatrice${'é'.repeat(30)}`, avatar: '', color: '#5b6170' });
    expect(seen).not.toHaveProperty('payload');
    expect(seen).not.toHaveProperty('cursor');
    laptop.destroy();
    observer.destroy();
  });
});
