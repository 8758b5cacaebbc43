/** "Saved on the server" counts what the server sent as held, and only what it provably holds. */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { covers, localVector, peekSyncUpdate, withSent } from '../../../client/sync/stateVectors';

function docWith(client: number, texts: string[]): { doc: Y.Doc; updates: Uint8Array[] } {
  const doc = new Y.Doc();
  doc.clientID = client;
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const text of texts) doc.getArray<string>('items').push([text]);
  return { doc, updates };
}

describe('withSent', () => {
  test('a relayed write extends what the server is known to hold, so the receiver is saved', () => {
    const tablet = docWith(7, ['a', 'b']);
    const screen = new Y.Doc();
    const server = localVector(screen);
    for (const update of tablet.updates) Y.applyUpdate(screen, update, 'server');
    expect(covers(server, localVector(screen))).toBe(false);
    let known = server;
    for (const update of tablet.updates) known = withSent(known, update);
    expect(known.get(7)).toBe(2);
    expect(covers(known, localVector(screen))).toBe(true);
  });

  test('a run that starts past what is known leaves the gap unvouched', () => {
    const tablet = docWith(7, ['a', 'b', 'c']);
    const later = withSent(new Map(), tablet.updates[2] as Uint8Array);
    expect(later.get(7)).toBeUndefined();
    const known = withSent(new Map([[7, 2]]), tablet.updates[2] as Uint8Array);
    expect(known.get(7)).toBe(3);
  });

  test('never lowers a clock, and leaves the screen’s own unsent writes unsent', () => {
    const mine = docWith(3, ['x', 'y']);
    const tablet = docWith(7, ['a']);
    const server = new Map([
      [3, 1],
      [7, 5],
    ]);
    const known = withSent(server, tablet.updates[0] as Uint8Array);
    expect(known.get(7)).toBe(5);
    expect(covers(known, localVector(mine.doc))).toBe(false);
  });
});

describe('peekSyncUpdate', () => {
  test('reads a step 2 or an update without moving the decoder, and skips a step 1', () => {
    const update = docWith(7, ['a']).updates[0] as Uint8Array;
    for (const step of [1, 2]) {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, step);
      encoding.writeVarUint8Array(encoder, update);
      const decoder = decoding.createDecoder(encoding.toUint8Array(encoder));
      expect(peekSyncUpdate(decoder)).toEqual(update);
      expect(decoding.readVarUint(decoder)).toBe(step);
    }
    const stepOne = encoding.createEncoder();
    encoding.writeVarUint(stepOne, 0);
    encoding.writeVarUint8Array(stepOne, Y.encodeStateVector(new Y.Doc()));
    expect(peekSyncUpdate(decoding.createDecoder(encoding.toUint8Array(stepOne)))).toBeNull();
  });
});
