/**
 * A room's awareness fan-out through its pacer. Before the pacer, every change waited for a fixed tick
 * (40 ms in production), so a cursor in a calm room was never on time; now it goes out as it arrives,
 * and only a room spending past its budget merges.
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
  it('relays a cursor in a calm room as it arrives', () => {
    const room = newRoom();
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    expect(bob.awareness).toEqual([[{ clientId: 7, clock: 1, state: { cursor: { x: 1, y: 0 } } }]]);
  });

  it('holds and merges changes once the room has spent its budget, then sends the latest', async () => {
    // A budget of one fan-out to two screens: the second change has to wait for the longest wait, long
    // enough here that two turns surely pass before it ends, even on a loaded machine.
    const room = newRoom({ sendsPerSecond: 1, burstSends: 2, maxWaitMs: 500 });
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    expect(bob.awareness).toHaveLength(1);
    room.applyAwareness(cursor(2), alice);
    await endOfTurn();
    room.applyAwareness(cursor(3), alice);
    await endOfTurn();
    expect(bob.awareness).toHaveLength(1);
    await waitFor(() => expect(bob.awareness).toHaveLength(2));
    expect(bob.awareness[1]).toEqual([{ clientId: 7, clock: 3, state: { cursor: { x: 3, y: 0 } } }]);
  });

  it('sends nothing once the room is destroyed, even what was waiting', async () => {
    const policy = { sendsPerSecond: 1, burstSends: 2, maxWaitMs: 5 };
    const room = newRoom(policy);
    const alice = screen();
    const bob = screen();
    room.addConnection(alice);
    room.addConnection(bob);
    room.applyAwareness(cursor(1), alice);
    room.applyAwareness(cursor(2), alice);
    room.destroy();
    // A room left running, its change queued after the destroyed room's: once it has sent, the destroyed
    // room's wait would have ended too.
    const witness = newRoom(policy);
    const carol = screen();
    witness.addConnection(carol);
    witness.addConnection(screen());
    witness.applyAwareness(cursor(1), carol);
    witness.applyAwareness(cursor(2), carol);
    await waitFor(() => expect(carol.awareness).toHaveLength(2));
    expect(bob.awareness).toHaveLength(1);
  });
});
