/**
 * Documents whose sync messages pass the server's 1 MB frame cap, as boards do after months of use
 * (a delete set of scattered single deletions) or after a long offline stretch (unsent structs).
 */
import * as Y from 'yjs';
import { placeActivity } from '../../shared/ops/board/items';
import { UserOrigin } from '../../shared/ops/origin';
import type { Day } from '../../shared/schema/board';

/**
 * Scattered deletions: each step adds a key that stays and overwrites one that does not, so every other
 * struct is deleted and no two deleted ranges merge (about 4 bytes of delete set per step). Written as
 * the facilitator would write votes (one tally, a count per key), so the server's gate accepts it.
 */
export function scatterDeletions(doc: Y.Doc, from: number, to: number): void {
  const votes = doc.getMap<Y.Map<number>>('votes');
  doc.transact(() => {
    let tally = votes.get('bench-proposal');
    if (!tally) {
      tally = new Y.Map<number>();
      votes.set('bench-proposal', tally);
    }
    for (let i = from; i < to; i++) {
      tally.set(i.toString(36), 1);
      tally.set('last', i % 100);
    }
  });
}

const DAYS: Day[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** Activities placed by one tablet, one op each, as a resident offline would (about 200 bytes each). */
export function placeMany(doc: Y.Doc, author: string, count: number, label = ''): void {
  const origin = new UserOrigin(author);
  for (let i = 0; i < count; i++) {
    const day = DAYS[i % DAYS.length] ?? null;
    placeActivity(doc, { pictogram: 'shopping', label, day, period: 'morning', author, now: i + 1 }, origin);
  }
}

export function cloneDoc(doc: Y.Doc): Y.Doc {
  const copy = new Y.Doc();
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc));
  return copy;
}

/** Whether Yjs holds anything it could not integrate yet (structs or deletions waiting for others). */
export function hasPending(doc: Y.Doc): boolean {
  return doc.store.pendingStructs !== null || doc.store.pendingDs !== null;
}

/**
 * The same document: same structs, same deletions, same content. Root types are read as maps except
 * those named in `texts` (a doc that only received updates does not know its roots' kinds).
 */
export function sameState(a: Y.Doc, b: Y.Doc, texts: string[] = []): boolean {
  const deletesA = Y.createDeleteSetFromStructStore(a.store);
  const deletesB = Y.createDeleteSetFromStructStore(b.store);
  return (
    Buffer.from(Y.encodeStateVector(a)).equals(Buffer.from(Y.encodeStateVector(b))) &&
    Y.equalDeleteSets(deletesA, deletesB) &&
    sortedJson(contentOf(a, texts)) === sortedJson(contentOf(b, texts))
  );
}

function contentOf(doc: Y.Doc, texts: string[]): Record<string, unknown> {
  const content: Record<string, unknown> = {};
  for (const name of [...doc.share.keys()].sort()) {
    content[name] = texts.includes(name) ? doc.getText(name).toString() : doc.getMap(name).toJSON();
  }
  return content;
}

/** Map entries come out in integration order, which differs between peers: compare them sorted. */
function sortedJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(Object.entries(inner).sort(([a], [b]) => (a < b ? -1 : 1)))
      : inner,
  );
}
