/**
 * The document layout (PRODUCT.md §4): the names of the top-level Yjs types of each document, and how
 * nested records are reached. Ops write through these accessors and readers read through them, so the
 * layout is spelled out in one place.
 *
 * - control: `workshop` holds the WorkshopSettings fields as plain values (timer, follow, axes and
 *   custom pictograms are plain JSON: one facilitator writes them, last writer wins is the right merge),
 *   plus `bringSeq`, the counter behind "bring everyone here" (kept apart from `follow` so it keeps
 *   rising even after following stops and starts again).
 * - board: `participants` id → Y.Map, `items` id → Y.Map (with `links` as a Y.Array), `votes` proposal
 *   id → Y.Map participant id → count, `meta` with `schemaVersion`.
 * - plan: `actions` id → Y.Map (scalars, `capabilities` Y.Map, `links` Y.Array, long fields Y.Text),
 *   `meta` with `schemaVersion`.
 */
import * as Y from 'yjs';

export const BRING_SEQ_KEY = 'bringSeq';
export const SCHEMA_VERSION_KEY = 'schemaVersion';

export function workshopMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('workshop');
}

export function participantsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('participants');
}

export function itemsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('items');
}

export function votesMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('votes');
}

export function actionsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('actions');
}

/** `meta` of the board and plan documents (the control document keeps its version in `workshop`). */
export function metaMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('meta');
}

/** The nested record stored under `id`, or null when absent or not a Y.Map (a peer may write anything). */
export function recordOf(parent: Y.Map<unknown>, id: string): Y.Map<unknown> | null {
  const value = parent.get(id);
  return value instanceof Y.Map ? value : null;
}

/** Sets `key` only when the stored value differs, so repeated UI calls (drag frames) send no update. */
export function setIfChanged(map: Y.Map<unknown>, key: string, value: unknown): void {
  if (map.get(key) !== value) map.set(key, value);
}

/**
 * The record's `key` as a Y.Array of strings. Records written by old or odd peers may hold a plain
 * array or nothing: it is upgraded in place, keeping its strings, inside the caller's transaction.
 */
export function stringArrayOf(record: Y.Map<unknown>, key: string): Y.Array<string> {
  const value = record.get(key);
  if (value instanceof Y.Array) return value as Y.Array<string>;
  const array = new Y.Array<string>();
  if (Array.isArray(value)) array.push(value.filter((entry): entry is string => typeof entry === 'string'));
  record.set(key, array);
  return array;
}

/** Removes every occurrence of `value`; concurrent adds of the same id can leave duplicates. */
export function removeAll(array: Y.Array<string>, value: string): number {
  let removed = 0;
  for (let index = array.length - 1; index >= 0; index--) {
    if (array.get(index) === value) {
      array.delete(index, 1);
      removed++;
    }
  }
  return removed;
}

/** `interviews` of a survey session's document: interview id → Y.Map (PRODUCT.md §4 "Survey"). */
export function interviewsMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap('interviews');
}
