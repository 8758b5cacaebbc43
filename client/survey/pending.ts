/**
 * Which of this phone's interviews the server has not stored yet. An interview is written in one
 * transaction (shared/ops/survey/interviews.ts), so it is a run of structs of one Yjs client: the record,
 * its fields, its lists. It is stored once the server's state vector (its "stored" sync-step-1, see
 * client/sync/stateVectors.ts) reaches the end of every run its structs belong to. The phone keeps the
 * last vector it heard, so after an offline reload the count is still right: the server never forgets
 * what it stored.
 */
import * as Y from 'yjs';
import { interviewsMap } from '../../shared/ops/roots';

/** For each Yjs client that wrote part of this type (nested types included), the clock after its last struct. */
export function runEnds<T>(type: Y.AbstractType<T>, ends = new Map<number, number>()): Map<number, number> {
  const note = (item: Y.Item) => {
    const end = item.id.clock + item.length;
    if (end > (ends.get(item.id.client) ?? 0)) ends.set(item.id.client, end);
    if (item.content instanceof Y.ContentType) runEnds(item.content.type, ends);
  };
  for (const item of type._map.values()) note(item);
  for (let item = type._start; item; item = item.right) note(item);
  return ends;
}

/** Ids of the interviews by `author` that `stored` does not cover. */
export function unsentInterviews(doc: Y.Doc, author: string, stored: ReadonlyMap<number, number>): string[] {
  const unsent: string[] = [];
  const interviews = interviewsMap(doc);
  for (const [id, record] of interviews.entries()) {
    if (!(record instanceof Y.Map) || record.get('author') !== author) continue;
    const ends = runEnds(record);
    const entry = interviews._map.get(id);
    if (entry) ends.set(entry.id.client, Math.max(ends.get(entry.id.client) ?? 0, entry.id.clock + 1));
    for (const [client, end] of ends) {
      if ((stored.get(client) ?? 0) < end) {
        unsent.push(id);
        break;
      }
    }
  }
  return unsent;
}

/** The larger of two vectors, client by client. */
export function widest(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): Map<number, number> {
  const out = new Map(a);
  for (const [client, clock] of b) if (clock > (out.get(client) ?? 0)) out.set(client, clock);
  return out;
}
