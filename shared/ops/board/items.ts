/** Pictograms on the week fresco: placing activities, pulling the thread to difficulties, moving, removing. */
import * as Y from 'yjs';
import { cleanLabel } from '../../model/label';
import { asStringList } from '../../read/coerce';
import { type Day, LABEL_MAX, type Period } from '../../schema/board';
import type { Origin } from '../origin';
import { itemsMap, removeAll, setIfChanged, stringArrayOf, votesMap } from '../roots';
import { type Creation, freeItemId, isDay, isPeriod, itemRecord, writeItem } from './records';

/**
 * Places an activity in a day and period; a day or period that is not one (or null) leaves it in the
 * tray, unplaced. Returns the new id, or null when a given id is taken.
 */
export function placeActivity(
  doc: Y.Doc,
  args: {
    pictogram: string;
    label?: string;
    day: Day | null;
    period: Period | null;
    author: string;
  } & Creation,
  origin: Origin,
): string | null {
  const id = freeItemId(doc, args);
  if (id === null) return null;
  const day = isDay(args.day) ? args.day : null;
  const period = isPeriod(args.period) ? args.period : null;
  doc.transact(() => {
    writeItem(
      doc,
      id,
      {
        kind: 'activity',
        pictogram: args.pictogram,
        label: args.label,
        day,
        period,
        parent: null,
        links: [],
        author: args.author,
      },
      args.now,
    );
  }, origin);
  return id;
}

/**
 * Pulls the thread of an activity: a difficulty hangs off it. Its day and period stay null, as for
 * proposals: where and when come from the parent, so moving the activity moves its difficulties.
 */
export function addDifficulty(
  doc: Y.Doc,
  args: { activityId: string; pictogram: string; label?: string; author: string } & Creation,
  origin: Origin,
): string | null {
  if (!itemRecord(doc, args.activityId, 'activity')) return null;
  const id = freeItemId(doc, args);
  if (id === null) return null;
  doc.transact(() => {
    writeItem(
      doc,
      id,
      {
        kind: 'difficulty',
        pictogram: args.pictogram,
        label: args.label,
        day: null,
        period: null,
        parent: args.activityId,
        links: [],
        author: args.author,
      },
      args.now,
    );
  }, origin);
  return id;
}

/** Moves an item to a day and period, or with nulls back to the tray; false for values that are neither. */
export function moveItem(
  doc: Y.Doc,
  { id, day, period }: { id: string; day: Day | null; period: Period | null },
  origin: Origin,
): boolean {
  const record = itemRecord(doc, id);
  if (!record) return false;
  if (!(day === null || isDay(day)) || !(period === null || isPeriod(period))) return false;
  doc.transact(() => {
    setIfChanged(record, 'day', day);
    setIfChanged(record, 'period', period);
  }, origin);
  return true;
}

/** Trimmed and capped at LABEL_MAX without splitting a character. */
export function setItemLabel(
  doc: Y.Doc,
  { id, label }: { id: string; label: string },
  origin: Origin,
): boolean {
  const record = itemRecord(doc, id);
  if (!record) return false;
  doc.transact(() => setIfChanged(record, 'label', cleanLabel(label, LABEL_MAX)), origin);
  return true;
}

/**
 * Removes an item. An activity takes its difficulties with it. Proposals are never removed by cascade:
 * a proposal linked to a removed difficulty loses that link (its parent becomes its next link) and, with
 * no link left, stays on the board as a proposal without difficulty, with its words and votes, listed
 * apart by computeSynthesis. Removing a proposal deletes its votes (the tokens go back to residents)
 * and brings back the proposals that had been merged into it.
 *
 * With `as` (a resident's seat), only that seat's records are written, because the server refuses a
 * resident's update that touches anyone else's: false if the removal would delete another seat's
 * difficulty; other records keep their links, parent or mergedInto to the removed ids (the readers and
 * the synthesis treat an id with no item as gone), and the vote tally stays (votes on an item that no
 * longer exists give their tokens back all the same). The facilitator calls it without `as`.
 */
export function removeItem(doc: Y.Doc, { id, as }: { id: string; as?: string }, origin: Origin): boolean {
  const record = itemRecord(doc, id);
  if (!record) return false;
  const items = itemsMap(doc);
  const removed = new Set([id]);
  if (record.get('kind') === 'activity') {
    for (const [childId, child] of items.entries()) {
      if (child instanceof Y.Map && child.get('kind') === 'difficulty' && child.get('parent') === id) {
        removed.add(childId);
      }
    }
  }
  const mayWrite = (other: Y.Map<unknown>) => as === undefined || other.get('author') === as;
  for (const removedId of removed) {
    const other = items.get(removedId);
    if (other instanceof Y.Map && !mayWrite(other)) return false;
  }
  doc.transact(() => {
    for (const [otherId, other] of items.entries()) {
      if (!removed.has(otherId) && other instanceof Y.Map && mayWrite(other)) forgetRemoved(other, removed);
    }
    for (const removedId of removed) {
      items.delete(removedId);
      if (as === undefined) votesMap(doc).delete(removedId);
    }
  }, origin);
  return true;
}

/** Whether a removal by seat `as` would delete a difficulty another seat hung off this activity. */
export function hasOthersDifficulties(doc: Y.Doc, activityId: string, as: string): boolean {
  for (const child of itemsMap(doc).values()) {
    if (
      child instanceof Y.Map &&
      child.get('kind') === 'difficulty' &&
      child.get('parent') === activityId &&
      child.get('author') !== as
    ) {
      return true;
    }
  }
  return false;
}

function forgetRemoved(record: Y.Map<unknown>, removed: Set<string>): void {
  const mergedInto = record.get('mergedInto');
  if (typeof mergedInto === 'string' && removed.has(mergedInto)) record.set('mergedInto', null);
  if (asStringList(record.get('links')).some((link) => removed.has(link))) {
    const array = stringArrayOf(record, 'links');
    for (const link of removed) removeAll(array, link);
  }
  const parent = record.get('parent');
  if (typeof parent === 'string' && removed.has(parent)) {
    record.set('parent', asStringList(record.get('links'))[0] ?? null);
  }
}
