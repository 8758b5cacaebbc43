/**
 * A room's awareness fan-out through its pacer. Before the pacer, every change waited for a fixed tick
 * (40 ms in production), so a cursor in a calm room was never on time; now it goes out at the end of
 * the turn it arrived in, and only a room spending past its budget merges.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../../server/log';
import { GroupCommit } from '../../../server/storage/groupCommit';
import { SqliteStore } from '../../../server/storage/sqliteStore';
import {
  type AwarenessEntry,
  decodeAwarenessUpdate,
  encodeAwarenessEntries,
} from '../../../server/sync/awarenessFilter';
import type { PacerPolicy } from '../../../server/sync/awarenessPacer';
import { MESSAGE_AWARENESS } from '../../../server/sync/messages';
import { Room, type RoomConnection } from '../../../server/sync/room';
import { waitFor } from '../../helpers/waitFor';

function screen(): RoomConnection & { awareness: AwarenessEntry[][] } {
  const awareness: AwarenessEntry[][] = [];
  return {
    awareness,
    seatId: null,
    send: (message) => {
      const decoder = decoding.createDecoder(message);
      if (decoding.readVarUint(decoder) !== MESSAGE_AWARENESS) return;
      awareness.push(decodeAwarenessUpdate(decoding.readVarUint8Array(decoder)));
    },
    close: () => undefined,
    noteStored: () => undefined,
  };
}

const endOfTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

function cursor(clock: number): Uint8Array {
  return encodeAwarenessEntries([{ clientId: 7, clock, state: { cursor: { x: clock, y: 0 } } }]);
}

let dir: string;
let store: SqliteStore;
const rooms: Room[] = [];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fresco-room-awareness-'));
  store = new SqliteStore(dir, 'normal');
});
afterEach(() => {
  for (const room of rooms.splice(0)) room.destroy();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function newRoom(awarenessPacing?: PacerPolicy): Room {
  const room = new Room('w1', 'board', store, new GroupCommit(store), createLogger('silent'), {
    compactAfter: 500,
    awarenessPacing,
  });
  room.load();
  rooms.push(room);
  return room;
}

describe('Room awareness', () => {
  it('relays a cursor in a calm room at the end of the turn it arrived in', async () => {
    const room = newRoom();
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    expect(bob.awareness).toHaveLength(0);
    await endOfTurn();
    expect(bob.awareness).toEqual([[{ clientId: 7, clock: 1, state: { cursor: { x: 1, y: 0 } } }]]);
  });

  it('merges what arrives in one turn into one fan-out', async () => {
    const room = newRoom();
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    room.applyAwareness(cursor(2), alice);
    await endOfTurn();
    expect(bob.awareness).toEqual([[{ clientId: 7, clock: 2, state: { cursor: { x: 2, y: 0 } } }]]);
  });

  it('holds and merges changes once the room has spent its budget, then sends the latest', async () => {
    // A budget of one fan-out to two screens: the second change has to wait for the longest wait.
    const room = newRoom({ sendsPerSecond: 1, burstSends: 2, maxWaitMs: 40 });
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    await endOfTurn();
    expect(bob.awareness).toHaveLength(1);
    room.applyAwareness(cursor(2), alice);
    await endOfTurn();
    room.applyAwareness(cursor(3), alice);
    await endOfTurn();
    expect(bob.awareness).toHaveLength(1);
    await waitFor(() => expect(bob.awareness).toHaveLength(2));
    expect(bob.awareness[1]).toEqual([{ clientId: 7, clock: 3, state: { cursor: { x: 3, y: 0 } } }]);
  });

  it('sends nothing after the room is destroyed', async () => {
    const room = newRoom();
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    room.destroy();
    await endOfTurn();
    expect(bob.awareness).toHaveLength(0);
  });
});
