import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { compare } from '../../../bench/report/compare';
import { DeliveryTracker } from '../../../bench/sync/tracker';
import { CURSOR, EDIT, marker, scanMarkers } from '../../../bench/wire/markers';
import { EDIT_ROOT, editKey, editsKept, encodeEdits, markerOf } from '../../../bench/wire/payloads';

function scan(bytes: Uint8Array, kind: number): string[] {
  const found: string[] = [];
  scanMarkers(Buffer.from(bytes), 0, kind, (client, seq) => found.push(`${client}:${seq}`));
  return found;
}

describe('bench markers', () => {
  it('finds every edit marker in a merged Yjs update, as a server would relay it', () => {
    const a = encodeEdits(3, 4, 's-aaaaaaaa');
    const b = encodeEdits(12, 2, 's-bbbbbbbb');
    const merged = Y.mergeUpdates([...a.updates, ...b.updates]);
    expect(scan(merged, EDIT).sort()).toEqual(['12:0', '12:1', '3:0', '3:1', '3:2', '3:3']);
    expect(scan(merged, CURSOR)).toEqual([]);
  });

  it('encodes edits as valid updates whose clocks tell which edits a document holds', () => {
    const edits = encodeEdits(7, 5, 's-aaaaaaaa');
    const doc = new Y.Doc();
    for (const update of edits.updates.slice(0, 3)) Y.applyUpdate(doc, update);
    const clock = Y.decodeStateVector(Y.encodeStateVector(doc)).get(edits.clientId) ?? 0;
    expect(clock).toBe(edits.clocks[2]);
    expect(editsKept(edits, clock)).toBe(3);
    expect(editsKept(edits, clock - 1)).toBe(2);
    expect(editsKept(edits, 0)).toBe(0);
    for (const update of edits.updates.slice(3)) Y.applyUpdate(doc, update);
    expect(markerOf(doc.getMap(EDIT_ROOT).get(editKey(7)))).toBe(marker('E', 7, 4));
    expect(editsKept(edits, Y.decodeStateVector(Y.encodeStateVector(doc)).get(edits.clientId) ?? 0)).toBe(5);
  });

  it('skips tildes that do not start a marker', () => {
    const bytes = new TextEncoder().encode(`~~E12~C0001000002x~E00a1000001${marker('E', 1, 2)}`);
    expect(scan(bytes, EDIT)).toEqual(['1:2']);
    expect(scan(bytes, CURSOR)).toEqual(['1:2']);
  });
});

describe('delivery tracker', () => {
  it('counts each edit once per receiver, ignores echoes, and times only measured sends', () => {
    const tracker = new DeliveryTracker(3, 10, 10);
    tracker.measuredFrom = 100;
    tracker.sentEdit(0, 0, 50);
    tracker.sentEdit(0, 1, 150);
    tracker.receivedEdit(1, 0, 0, 60);
    tracker.receivedEdit(1, 0, 0, 61);
    tracker.receivedEdit(0, 0, 1, 151);
    tracker.receivedEdit(2, 0, 1, 170);
    expect(tracker.editsExpected).toBe(4);
    expect(tracker.editsReceived).toBe(2);
    expect(Array.from(tracker.editLatencies.values())).toEqual([20]);
    expect(tracker.highestEditReceived(0)).toBe(1);
  });

  it('accepts coalesced cursors but wants every latest cursor delivered', () => {
    const tracker = new DeliveryTracker(2, 1, 10);
    tracker.measuredFrom = 0;
    for (let seq = 0; seq < 5; seq++) tracker.sentCursor(0, seq, seq * 10);
    tracker.receivedCursor(1, 0, 2, 30);
    expect(tracker.staleCursorPairs()).toBe(1);
    tracker.receivedCursor(1, 0, 4, 45);
    tracker.receivedCursor(1, 0, 3, 50);
    expect(tracker.staleCursorPairs()).toBe(0);
    expect(tracker.cursorsReceived).toBe(2);
  });
});

describe('comparison with the best peer', () => {
  it('picks the peer with the best median and divides within each repetition', () => {
    const result = compare({
      fresco: [2, 4, 6],
      yws: [4, 4, 4],
      hocuspocus: [1, 8, 9],
      relay: [0.1, 0.1, 0.1],
    });
    expect(result.peer).toBe('yws');
    expect(result.ratio).toEqual({ median: 1, min: 0.5, max: 1.5, runs: 3 });
  });
});
