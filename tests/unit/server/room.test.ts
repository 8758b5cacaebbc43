import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../../server/log';
import { GroupCommit } from '../../../server/storage/groupCommit';
import { SqliteStore } from '../../../server/storage/sqliteStore';
import type { UpdateEntry } from '../../../server/storage/store';
import { Room, type RoomConnection } from '../../../server/sync/room';
import { waitFor } from '../../helpers/waitFor';

/** Records the order of disk commits and socket sends in one timeline. */
class RecordingStore extends SqliteStore {
  constructor(
    dir: string,
    readonly timeline: string[],
  ) {
    super(dir, 'normal');
  }
  override appendUpdates(entries: UpdateEntry[]): number[] {
    this.timeline.push(`commit:${entries.length}`);
    return super.appendUpdates(entries);
  }
}

function recorder(name: string, timeline: string[]): RoomConnection & { received: Uint8Array[] } {
  const received: Uint8Array[] = [];
  return {
    received,
    seatId: null,
    send: (message) => {
      timeline.push(`send:${name}`);
      received.push(message);
    },
    close: () => timeline.push(`close:${name}`),
    noteStored: () => timeline.push(`stored:${name}`),
  };
}

let dir: string;
let store: RecordingStore;
let timeline: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'fresco-room-'));
  timeline = [];
  store = new RecordingStore(dir, timeline);
});
afterEach(() => {
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

function newRoom(): Room {
  const room = new Room('w1', 'board', store, new GroupCommit(store), createLogger('silent'), {
    compactAfter: 3,
  });
  room.load();
  return room;
}

function updateFrom(write: (doc: Y.Doc) => void): Uint8Array {
  const doc = new Y.Doc();
  write(doc);
  return Y.encodeStateAsUpdate(doc);
}

describe('Room', () => {
  it('stores a turn’s updates in one commit before relaying one merged update', async () => {
    const room = newRoom();
    const alice = recorder('alice', timeline);
    const bob = recorder('bob', timeline);
    room.addConnection(alice);
    room.addConnection(bob);
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('a', 1)),
      alice,
    );
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('b', 2)),
      alice,
    );
    expect(timeline).toEqual([]);
    await waitFor(() => expect(timeline).toContain('send:bob'));
    expect(timeline.indexOf('commit:1')).toBeLessThan(timeline.indexOf('send:bob'));
    // The writer is not sent its own updates back, only told what is stored.
    expect(timeline).not.toContain('send:alice');
    expect(timeline).toContain('stored:alice');
    expect(bob.received).toHaveLength(1);
    room.destroy();
  });

  it('holds a sync reply until the pending commit is done', async () => {
    const room = newRoom();
    const alice = recorder('alice', timeline);
    room.addConnection(alice);
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('a', 1)),
      alice,
    );
    room.whenDurable(() => timeline.push('reply'));
    expect(timeline).toEqual([]);
    await waitFor(() => expect(timeline).toContain('reply'));
    expect(timeline.indexOf('commit:1')).toBeLessThan(timeline.indexOf('reply'));
    room.destroy();
  });

  it('rebuilds the same document from its snapshot and log', async () => {
    const room = newRoom();
    const alice = recorder('alice', timeline);
    room.addConnection(alice);
    for (let i = 0; i < 7; i++) {
      Y.applyUpdate(
        room.doc,
        updateFrom((d) => d.getMap('items').set(`k${i}`, i)),
        alice,
      );
      await waitFor(() => expect(room.hasUnstoredChanges).toBe(false));
    }
    room.compact();
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('late', true)),
      alice,
    );
    await waitFor(() => expect(room.hasUnstoredChanges).toBe(false));
    const reloaded = newRoom();
    expect(reloaded.doc.getMap('items').toJSON()).toEqual(room.doc.getMap('items').toJSON());
    expect(store.loadDoc('w1', 'board').updates.length).toBeLessThanOrEqual(2);
    room.destroy();
    reloaded.destroy();
  });

  it('relays one merged message to everyone when several wrote in the same turn', async () => {
    const room = newRoom();
    const alice = recorder('alice', timeline);
    const bob = recorder('bob', timeline);
    const carol = recorder('carol', timeline);
    for (const connection of [alice, bob, carol]) room.addConnection(connection);
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('a', 1)),
      alice,
    );
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('b', 2)),
      bob,
    );
    await waitFor(() => expect(carol.received).toHaveLength(1));
    expect(alice.received).toEqual(carol.received);
    expect(bob.received).toEqual(carol.received);
    room.destroy();
  });

  it('encodes the whole document once for every client that joins with nothing, until it changes', async () => {
    const room = newRoom();
    const alice = recorder('alice', timeline);
    room.addConnection(alice);
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('a', 1)),
      alice,
    );
    await waitFor(() => expect(room.hasUnstoredChanges).toBe(false));
    const first = room.fullStateUpdate();
    expect(room.fullStateUpdate()).toBe(first);
    Y.applyUpdate(
      room.doc,
      updateFrom((d) => d.getMap('items').set('b', 2)),
      alice,
    );
    const second = room.fullStateUpdate();
    expect(second).not.toBe(first);
    const joiner = new Y.Doc();
    Y.applyUpdate(joiner, second);
    expect(joiner.getMap('items').toJSON()).toEqual({ a: 1, b: 2 });
    room.destroy();
  });
});
