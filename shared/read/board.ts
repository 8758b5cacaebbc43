import type * as Y from 'yjs';
import { standingVotes } from '../model/votes';
import { itemsMap, participantsMap, votesMap } from '../ops/roots';
import {
  type Board,
  type BoardItem,
  DAYS,
  ITEM_KINDS,
  type Participant,
  PERIODS,
  type VoteTally,
} from '../schema/board';
import { defaultBoardItem, defaultParticipant } from '../schema/defaults';
import {
  asBoolean,
  asEnum,
  asNullableEnum,
  asNullableString,
  asNumber,
  asString,
  asStringList,
  compareStrings,
  entriesOf,
  fieldsOf,
} from './coerce';

/** Seats sorted by name then id, so every screen lists them in the same order. */
export function readParticipants(doc: Y.Doc): Participant[] {
  const participants: Participant[] = [];
  for (const [id, value] of participantsMap(doc).entries()) {
    const field = fieldsOf(value);
    if (!field) continue;
    const fallback = defaultParticipant(id);
    participants.push({
      id,
      name: asString(field('name'), fallback.name),
      avatar: asString(field('avatar'), fallback.avatar),
      color: asString(field('color'), fallback.color),
      freed: asBoolean(field('freed'), fallback.freed),
    });
  }
  return participants.sort((a, b) => compareStrings(a.name, b.name) || compareStrings(a.id, b.id));
}

/** Items in creation order (ties by id): the same on every peer, whatever order updates arrived in. */
export function readItems(doc: Y.Doc): BoardItem[] {
  const items: BoardItem[] = [];
  for (const [id, value] of itemsMap(doc).entries()) {
    const item = toItem(id, value);
    if (item) items.push(item);
  }
  return items.sort((a, b) => a.createdAt - b.createdAt || compareStrings(a.id, b.id));
}

export function readItem(doc: Y.Doc, id: string): BoardItem | null {
  return toItem(id, itemsMap(doc).get(id));
}

/** Whether the readers see an item under this id (what `readItem` would return, without building it). */
export function hasItem(doc: Y.Doc, id: string): boolean {
  return fieldsOf(itemsMap(doc).get(id)) !== null;
}

/** Every stored vote as a positive whole count, whether or not its item still exists. */
export function readVotes(doc: Y.Doc): VoteTally {
  const tally: VoteTally = {};
  for (const [itemId, value] of votesMap(doc).entries()) {
    const counts: Record<string, number> = {};
    for (const [participantId, count] of entriesOf(value)) {
      const whole = Math.floor(asNumber(count, 0));
      if (whole > 0) counts[participantId] = whole;
    }
    if (Object.keys(counts).length > 0) tally[itemId] = counts;
  }
  return tally;
}

/** The whole board. Votes on items that no longer exist are left out, so they give their tokens back. */
export function readBoard(doc: Y.Doc): Board {
  const items = readItems(doc);
  const ids = new Set(items.map((item) => item.id));
  const votes = standingVotes(readVotes(doc), (itemId) => ids.has(itemId));
  return { participants: readParticipants(doc), items, votes };
}

function toItem(id: string, value: unknown): BoardItem | null {
  const field = fieldsOf(value);
  if (!field) return null;
  const fallback = defaultBoardItem(id);
  const parent = asNullableString(field('parent'));
  const links = asStringList(field('links'));
  return {
    id,
    kind: asEnum(field('kind'), ITEM_KINDS, fallback.kind),
    pictogram: asString(field('pictogram'), fallback.pictogram),
    label: asString(field('label'), fallback.label),
    day: asNullableEnum(field('day'), DAYS),
    period: asNullableEnum(field('period'), PERIODS),
    parent,
    // A proposal written by an old peer may only have a parent: it is its first link.
    links: links.length === 0 && parent !== null && field('kind') === 'proposal' ? [parent] : links,
    mergedInto: asNullableString(field('mergedInto')),
    author: asString(field('author'), fallback.author),
    createdAt: asNumber(field('createdAt'), fallback.createdAt),
  };
}
