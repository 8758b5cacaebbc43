import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  futureStructs,
  hugeTextWithDeletes,
  MAX_PAYLOAD_BYTES,
  pendingDeletes,
  unknownRoot,
} from '../../helpers/attacks';
import { manyItems, sampleBoard, vandalism } from '../../helpers/boardVandalism';

const target = sampleBoard({ attacker: 'seat-s', victim: 'seat-v' });

/** Every payload by name, built twice to check they are the same bytes each time. */
function payloads(): Record<string, Uint8Array> {
  return {
    hugeTextWithDeletes: hugeTextWithDeletes(),
    pendingDeletes: pendingDeletes(),
    futureStructs: futureStructs(),
    unknownRoot: unknownRoot(),
    ...vandalism(target),
    ...Object.fromEntries(manyItems(target, 12_000).map((frame, i) => [`manyItems-${i}`, frame])),
  };
}

describe('attack payloads (tests/helpers/attacks.ts)', () => {
  const first = payloads();
  const second = payloads();

  for (const [name, update] of Object.entries(first)) {
    it(`${name} decodes as a Yjs update, fits one frame and is the same each time`, () => {
      expect(() => Y.decodeUpdate(update)).not.toThrow();
      expect(update.byteLength).toBeLessThan(MAX_PAYLOAD_BYTES);
      expect(Buffer.from(update).equals(Buffer.from(second[name] as Uint8Array))).toBe(true);
    });
  }

  it('cuts the huge text into 165,000 deleted ranges of one client', () => {
    const { ds } = Y.decodeUpdate(first.hugeTextWithDeletes as Uint8Array);
    const [ranges] = [...ds.clients.values()];
    expect(ds.clients.size).toBe(1);
    expect(ranges).toHaveLength(165_000);
  });

  it('starts the future structs a million clocks ahead', () => {
    const { structs } = Y.decodeUpdate(first.futureStructs as Uint8Array);
    expect(structs[0]?.id.clock).toBe(1_000_000);
  });

  it('splits 12,000 items into four frames of 3,500 at most', () => {
    expect(manyItems(target, 12_000)).toHaveLength(4);
  });

  it('makes the vandalism out of what the attacker actually holds', () => {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, target.board);
    Y.applyUpdate(doc, first.renameVictim as Uint8Array);
    Y.applyUpdate(doc, first.deleteVictimItem as Uint8Array);
    expect((doc.getMap('participants').get('seat-v') as Y.Map<unknown>).get('name')).toBe('Pirate');
    expect(doc.getMap('items').has('victim-item')).toBe(false);
  });
});
