import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { PART_LIMITS, SAFE_UPDATE_BYTES, splitUpdate } from '../../../shared/protocol/splitUpdate';
import { readUpdateLayout } from '../../../shared/protocol/updateLayout';
import { cloneDoc, hasPending, placeMany, sameState, scatterDeletions } from '../../helpers/bigUpdates';

const MB = 1024 * 1024;

/** Applies the parts one by one, checking after each that nothing waits for a later part. */
function applyInOrder(target: Y.Doc, parts: Uint8Array[]): void {
  for (const [index, part] of parts.entries()) {
    Y.applyUpdate(target, part);
    if (hasPending(target)) throw new Error(`part ${index} of ${parts.length} left structs pending`);
  }
}

/** Within what the server's update gate reads in one update (half its limits). */
function expectWithinGateCounts(part: Uint8Array): void {
  const { runs, deletes } = readUpdateLayout(part);
  expect(runs.length).toBeLessThanOrEqual(32);
  expect(runs.reduce((sum, run) => sum + run.offsets.length - 1, 0)).toBeLessThanOrEqual(20_000);
  expect(deletes.length).toBeLessThanOrEqual(10_000);
  expect(deletes.reduce((sum, run) => sum + run.offsets.length - 1, 0)).toBeLessThanOrEqual(200_000);
}

function shuffled<T>(list: T[], seed: number): T[] {
  const copy = [...list];
  let state = seed;
  for (let i = copy.length - 1; i > 0; i--) {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    const j = state % (i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

describe('splitUpdate', () => {
  it('leaves an update that fits as it is', () => {
    const doc = new Y.Doc();
    placeMany(doc, 'ana', 3);
    const update = Y.encodeStateAsUpdate(doc);
    expect(splitUpdate(update)).toEqual([update]);
  });

  it('cuts a sync-step-2 with a delete set over 1 MB into parts under 512 KB that rebuild the same board', () => {
    const tablet = new Y.Doc();
    scatterDeletions(tablet, 0, 150_000);
    const server = cloneDoc(tablet);
    // The tablet goes on offline: new structs and new deletions the server lacks.
    scatterDeletions(tablet, 150_000, 300_000);
    const step2 = Y.encodeStateAsUpdate(tablet, Y.encodeStateVector(server));
    expect(Y.decodeUpdate(step2).ds.clients.size).toBe(1);
    expect(step2.byteLength).toBeGreaterThan(2 * MB);

    const started = performance.now();
    const parts = splitUpdate(step2);
    const elapsed = performance.now() - started;
    console.log(
      `step-2 of ${step2.byteLength} B → ${parts.length} parts (${parts.map((p) => p.byteLength).join(', ')}) in ${elapsed.toFixed(0)} ms`,
    );
    for (const part of parts) {
      expect(part.byteLength).toBeLessThanOrEqual(SAFE_UPDATE_BYTES);
      expectWithinGateCounts(part);
    }
    expect(parts.length).toBeGreaterThan(3);

    applyInOrder(server, parts);
    expect(sameState(server, tablet)).toBe(true);
  }, 60_000);

  it('cuts a delete set alone (what a tablet repeats to a server that has everything)', () => {
    const tablet = new Y.Doc();
    scatterDeletions(tablet, 0, 270_000);
    const server = cloneDoc(tablet);
    const step2 = Y.encodeStateAsUpdate(tablet, Y.encodeStateVector(server));
    expect(step2.byteLength).toBeGreaterThan(MB);
    const parts = splitUpdate(step2);
    expect(parts.length).toBe(3);
    for (const part of parts) {
      expect(part.byteLength).toBeLessThanOrEqual(SAFE_UPDATE_BYTES);
      expect(Y.decodeUpdate(part).structs).toEqual([]);
    }
    applyInOrder(server, parts);
    expect(sameState(server, tablet)).toBe(true);
  }, 60_000);

  it('cuts over 1 MB of unsent activities, and any order of the parts ends in the same board', () => {
    const tablet = new Y.Doc();
    placeMany(tablet, 'ana', 200);
    const server = cloneDoc(tablet);
    placeMany(tablet, 'ana', 6_000, 'au marché avec les enfants');
    const step2 = Y.encodeStateAsUpdate(tablet, Y.encodeStateVector(server));
    expect(step2.byteLength).toBeGreaterThan(MB);
    const parts = splitUpdate(step2);
    for (const part of parts) expect(part.byteLength).toBeLessThanOrEqual(SAFE_UPDATE_BYTES);

    const inOrder = cloneDoc(server);
    applyInOrder(inOrder, parts);
    expect(sameState(inOrder, tablet)).toBe(true);

    // Out of order Yjs keeps the early parts pending, then integrates them: same end state.
    for (const seed of [1, 2, 3]) {
      const anyOrder = cloneDoc(server);
      for (const part of shuffled(parts, seed)) Y.applyUpdate(anyOrder, part);
      expect(hasPending(anyOrder)).toBe(false);
      expect(sameState(anyOrder, tablet)).toBe(true);
    }
  });

  it('puts what a struct points at from other clients in an earlier part, so no part waits', () => {
    const server = new Y.Doc();
    const writers = [1, 2, 3].map((client) => {
      const doc = cloneDoc(server);
      doc.clientID = client;
      return doc;
    });
    // Three writers typing into the same text and map, each seeing the others' work between rounds:
    // origins and right origins cross clients all the time.
    for (let round = 0; round < 40; round++) {
      for (const [index, doc] of writers.entries()) {
        const text = doc.getText('words');
        text.insert(Math.floor(text.length / 2), `${index}:${round} `);
        doc.getMap('seen').set(`w${index}`, round);
        if (round % 3 === 0 && text.length > 4) text.delete(1, 2);
      }
      for (const from of writers) {
        for (const to of writers) if (from !== to) Y.applyUpdate(to, Y.encodeStateAsUpdate(from));
      }
    }
    const tablet = writers[0]!;
    const step2 = Y.encodeStateAsUpdate(tablet, Y.encodeStateVector(server));
    const budget = 200;
    const parts = splitUpdate(step2, budget);
    expect(parts.length).toBeGreaterThan(10);
    for (const part of parts) expect(part.byteLength).toBeLessThanOrEqual(budget);
    applyInOrder(server, parts);
    expect(server.getText('words').toString()).toBe(tablet.getText('words').toString());
    expect(sameState(server, tablet, ['words'])).toBe(true);
  });

  it('reads every kind of content the same as Yjs (strings beyond U+FFFF, formats, embeds, binaries, XML)', () => {
    const doc = new Y.Doc();
    const text = doc.getText('words');
    for (let i = 0; i < 30; i++) {
      text.insert(text.length, `é😀 ligne ${i} `, i % 2 ? { bold: true } : {});
      text.insertEmbed(text.length, { pictogram: `p${i}` });
      if (i % 5 === 0) text.delete(2, 3);
    }
    const list = doc.getArray<unknown>('list');
    for (let i = 0; i < 30; i++) list.push([new Uint8Array([i, i + 1]), { n: i, s: 'x' }, null, true, 1.5]);
    const xml = doc.getXmlFragment('xml');
    for (let i = 0; i < 10; i++) xml.push([new Y.XmlElement(`p${i}`), new Y.XmlText(`texte ${i} 🎉`)]);
    const parts = splitUpdate(Y.encodeStateAsUpdate(doc), 120);
    expect(parts.length).toBeGreaterThan(10);
    const copy = new Y.Doc();
    applyInOrder(copy, parts);
    expect(copy.getText('words').toDelta()).toEqual(text.toDelta());
    expect(copy.getArray('list').toJSON()).toEqual(list.toJSON());
    expect(copy.getXmlFragment('xml').toString()).toBe(xml.toString());
    expect(Y.encodeStateVector(copy)).toEqual(Y.encodeStateVector(doc));
  });

  it('keeps each part within the gate’s counts: at most 32 client runs, 20,000 structs', () => {
    expect(PART_LIMITS).toEqual({ structs: 20_000, runs: 32, deleteClients: 10_000, deleteRanges: 200_000 });
    // A tablet reloaded 100 times offline: a new Yjs client each time, each with a few edits.
    const tablet = new Y.Doc();
    for (let session = 0; session < 100; session++) {
      const doc = cloneDoc(tablet);
      doc.clientID = 1_000 + session;
      placeMany(doc, 'ana', 3);
      Y.applyUpdate(tablet, Y.encodeStateAsUpdate(doc));
    }
    const update = Y.encodeStateAsUpdate(tablet);
    const parts = splitUpdate(update);
    expect(parts.length).toBe(4);
    for (const part of parts) expectWithinGateCounts(part);
    const server = new Y.Doc();
    applyInOrder(server, parts);
    expect(sameState(server, tablet)).toBe(true);
  });

  it('sends a struct bigger than the budget alone rather than cutting it', () => {
    const doc = new Y.Doc();
    doc.getMap('m').set('a', 'x'.repeat(2_000));
    doc.getMap('m').set('b', 'small');
    const parts = splitUpdate(Y.encodeStateAsUpdate(doc), 500);
    expect(parts.length).toBe(2);
    expect(parts[0]!.byteLength).toBeGreaterThan(2_000);
    expect(parts[1]!.byteLength).toBeLessThanOrEqual(500);
    const copy = new Y.Doc();
    applyInOrder(copy, parts);
    expect(sameState(copy, doc)).toBe(true);
  });
});
