/**
 * The group commit's window: a quiet server stores each turn's updates in that turn; a busy one waits a
 * few milliseconds for more, so the disk writes one block per batch instead of one per update. Nothing
 * is told "committed" (and so relayed) before the store returned.
 */
import { describe, expect, it } from 'vitest';
import { type CommitParticipant, type CommitPolicy, GroupCommit } from '../../../server/storage/groupCommit';
import type { Store, UpdateEntry } from '../../../server/storage/store';
import { waitFor } from '../../helpers/waitFor';

const POLICY: CommitPolicy = { busyArrivals: 4, busyWindowMs: 1000, maxDelayMs: 60, batchBytes: 500 };

/** Counts commits; a fake store is enough here, the real one is covered by the room and integration tests. */
function countingStore(): { store: Store; commits: number[] } {
  const commits: number[] = [];
  let seq = 0;
  const store = {
    appendUpdates(entries: UpdateEntry[]) {
      commits.push(entries.length);
      return entries.map(() => ++seq);
    },
  } as unknown as Store;
  return { store, commits };
}

function participant(): CommitParticipant & { pending: number; stored: number[] } {
  return {
    pending: 0,
    stored: [],
    takePending() {
      if (this.pending === 0) return null;
      this.pending = 0;
      return { workshopId: 'w', doc: 'board', update: new Uint8Array([1]) };
    },
    committed(seq: number) {
      this.stored.push(seq);
    },
    commitFailed() {},
  };
}

const turn = () => new Promise((resolve) => setImmediate(resolve));

describe('GroupCommit', () => {
  it('stores a quiet server’s update in the same turn', async () => {
    const { store, commits } = countingStore();
    const group = new GroupCommit(store, POLICY);
    const room = participant();
    for (let i = 0; i < 3; i++) {
      room.pending += 1;
      group.schedule(room, 70);
      await turn();
      expect(commits).toHaveLength(i + 1);
    }
  });

  it('holds a busy server’s updates for the window, then stores them in one commit', async () => {
    const { store, commits } = countingStore();
    const group = new GroupCommit(store, POLICY);
    const room = participant();
    // Four arrivals inside the busy window: the fourth's turn commits nothing yet.
    for (let i = 0; i < 3; i++) {
      room.pending += 1;
      group.schedule(room, 70);
      await turn();
    }
    expect(commits).toEqual([1, 1, 1]);
    room.pending += 1;
    group.schedule(room, 70);
    const held = performance.now();
    await turn();
    expect(commits).toEqual([1, 1, 1]);
    expect(room.stored).toEqual([1, 2, 3]);
    room.pending += 1;
    group.schedule(room, 70);
    await waitFor(() => expect(commits).toEqual([1, 1, 1, 1]));
    expect(performance.now() - held).toBeGreaterThanOrEqual(40);
    expect(room.stored).toEqual([1, 2, 3, 4]);
  });

  it('stores at once when enough bytes are waiting, and on flush', async () => {
    const { store, commits } = countingStore();
    const group = new GroupCommit(store, POLICY);
    const room = participant();
    for (let i = 0; i < 4; i++) {
      room.pending += 1;
      group.schedule(room, 70);
      await turn();
    }
    expect(commits).toHaveLength(3);
    room.pending += 1;
    group.schedule(room, 600);
    await turn();
    expect(commits).toHaveLength(4);
    room.pending += 1;
    group.schedule(room, 70);
    group.flush();
    expect(commits).toHaveLength(5);
  });
});
