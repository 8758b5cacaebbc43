/**
 * The board's rule (PRODUCT.md §3), checked on what an update does before the room applies it:
 * a participant writes as its own seat only. It creates items authored by its seat and changes or
 * deletes only those, writes only its own `participants[seat]`, and votes only in its own name within
 * the workshop's budget. The facilitator may change anything. Every value keeps the shape of
 * `shared/schema/shapes.ts`, whoever writes it.
 */
import * as Y from 'yjs';
import { FACILITATOR_AUTHOR } from '../../../shared/schema/board';
import type { TokenRole } from '../../../shared/schema/roles';
import { BOARD_META_SHAPE, ITEM_SHAPE, PARTICIPANT_SHAPE, VOTE_SHAPE } from '../../../shared/schema/shapes';
import { UpdateRefused } from './readUpdate';
import {
  checkInsertShape,
  checkNestedShape,
  liveValue,
  type NewFields,
  newFieldsOf,
  recordOwner,
} from './recordValues';
import type { DeleteEffect, InsertEffect, TypeRef, UpdateEffects } from './resolveEffects';

export interface Writer {
  role: TokenRole;
  /** The seat of a resident's token. */
  seatId: string | null;
}

/** What an accepted update changes in the counts the room keeps. */
export interface BoardChange {
  /** Item records created, per author. */
  created: Map<string, number>;
  /** Item records deleted, per author. */
  removed: Map<string, number>;
}

export interface BoardContext {
  doc: Y.Doc;
  writer: Writer;
  /**
   * Tokens each resident may place (the control document's `votesPerParticipant`), read only when an
   * update casts votes: reading the settings on every drag would cost the hot path.
   */
  voteBudget: () => number;
  /** Whose Yjs client wrote a struct (a seat id or `facilitator`), for records that have no author yet. */
  creatorOf: (client: number) => string | null;
}

const ROOTS = new Set(['participants', 'items', 'votes', 'meta']);

export function checkBoardUpdate(effects: UpdateEffects, context: BoardContext): BoardChange {
  const fields = newFieldsOf(effects);
  const change: BoardChange = { created: new Map(), removed: new Map() };
  const seat = context.writer.role === 'facilitator' ? null : context.writer.seatId;
  const changes = effects.inserts.length + effects.deletes.length > 0;
  // The shared participant link is traded for a seat before anything is written (POST /api/join).
  if (changes && context.writer.role !== 'facilitator' && seat === null)
    throw new UpdateRefused('no seat to write as');
  let voted = false;
  for (const insert of effects.inserts) {
    voted = checkInsert(insert, seat, fields, context, change) || voted;
  }
  for (const deletion of effects.deletes) {
    voted = checkDelete(deletion, seat, context, change) || voted;
  }
  if (voted && seat !== null) checkVoteBudget(effects, seat, context);
  return change;
}

/** Returns whether the insert is a vote. `seat` is null for the facilitator, who may write anything. */
function checkInsert(
  insert: InsertEffect,
  seat: string | null,
  fields: NewFields,
  context: BoardContext,
  change: BoardChange,
): boolean {
  const [root, key, field] = insert.path as [string, string, string | undefined];
  if (!ROOTS.has(root)) throw new UpdateRefused('a part of the board the schema does not have');
  if (insert.path.length === 2) {
    checkRecordEntry(insert, root, key, seat, fields, context, change);
    return false;
  }
  switch (root) {
    case 'items':
      if (seat !== null && itemOwner(insert.record, fields, context, seat) !== seat) {
        throw new UpdateRefused("changes another resident's item");
      }
      if (insert.path.length === 3) {
        checkInsertShape(insert, ITEM_SHAPE[field as string], 'item');
        if (field === 'author' && seat !== null && plainValueOf(insert) !== seat) {
          throw new UpdateRefused('an item written in another name');
        }
      } else {
        checkNested(insert, ITEM_SHAPE, 'item');
      }
      return false;
    case 'participants':
      if (seat !== null && key !== seat) throw new UpdateRefused("changes another resident's seat");
      if (insert.path.length !== 3) throw new UpdateRefused('a seat field the schema does not have');
      checkInsertShape(insert, PARTICIPANT_SHAPE[field as string], 'seat');
      return false;
    case 'votes':
      if (seat !== null && field !== seat) throw new UpdateRefused('a vote in another name');
      if (insert.path.length !== 3) throw new UpdateRefused('a vote the schema does not have');
      checkInsertShape(insert, VOTE_SHAPE, 'vote');
      return true;
    default:
      throw new UpdateRefused('only the facilitator writes the board settings');
  }
}

/** An entry of a root map: a whole record, created or replacing the one at that key. */
function checkRecordEntry(
  insert: InsertEffect,
  root: string,
  key: string,
  seat: string | null,
  fields: NewFields,
  context: BoardContext,
  change: BoardChange,
): void {
  const content = insert.item.content;
  if (root === 'meta') {
    if (seat !== null) throw new UpdateRefused('only the facilitator writes the board settings');
    checkInsertShape(insert, BOARD_META_SHAPE[key], 'settings');
    return;
  }
  if (content.kind !== 'deleted' && !(content.kind === 'type' && content.type === 'map')) {
    throw new UpdateRefused('a value where a record belongs');
  }
  // Yjs replaces a key's value by whatever lands last at it: writing a key deletes the record there.
  const current = liveValue(context.doc, root, key);
  if (seat !== null && current !== undefined) {
    if (!(current instanceof Y.Map) || ownerOfLive(root, key, current, context) !== seat) {
      throw new UpdateRefused("replaces another resident's record");
    }
  }
  if (root === 'participants' && seat !== null && key !== seat) {
    throw new UpdateRefused("changes another resident's seat");
  }
  if (root === 'items' && content.kind === 'type') {
    // A record split across parts (Fresco's client sends a big backlog in pieces) may get its author in
    // the next part; until then it belongs to the client that created it.
    const author = fields.get(insert.item)?.get('author') ?? seat ?? FACILITATOR_AUTHOR;
    if (typeof author !== 'string' || (seat !== null && author !== seat)) {
      throw new UpdateRefused('an item written in another name');
    }
    if (current === undefined) change.created.set(author, (change.created.get(author) ?? 0) + 1);
  }
  if (root === 'votes' && seat !== null && current === undefined) {
    // A missing tally may be created by a voter (castVote does), for a proposal that exists.
    if (!(liveValue(context.doc, 'items', key) instanceof Y.Map) && !createsRecord(fields, 'items', key)) {
      throw new UpdateRefused('a vote on nothing');
    }
  }
}

/** Returns whether the deletion removes a vote. */
function checkDelete(
  deletion: DeleteEffect,
  seat: string | null,
  context: BoardContext,
  change: BoardChange,
): boolean {
  const [root, key, field] = deletion.path as [string, string, string | undefined];
  if (!ROOTS.has(root)) throw new UpdateRefused('a part of the board the schema does not have');
  if (deletion.path.length === 2) {
    const content = deletion.item.content;
    const record = content instanceof Y.ContentType ? content.type : null;
    const owner = record instanceof Y.Map ? ownerOfLive(root, key, record, context) : null;
    if (seat !== null && (root === 'meta' || owner !== seat)) {
      throw new UpdateRefused("deletes another resident's record");
    }
    if (root === 'items' && typeof owner === 'string')
      change.removed.set(owner, (change.removed.get(owner) ?? 0) + 1);
    return false;
  }
  if (seat === null) return root === 'votes';
  const allowed =
    (root === 'items' && itemOwner(deletion.record, new Map(), context, seat) === seat) ||
    (root === 'participants' && key === seat) ||
    (root === 'votes' && field === seat);
  if (!allowed) throw new UpdateRefused("changes another resident's contribution");
  return root === 'votes';
}

function checkNested(insert: InsertEffect, shapes: typeof ITEM_SHAPE, what: string): void {
  if (insert.path.length !== 4) throw new UpdateRefused(`${what}: nested deeper than the schema`);
  checkNestedShape(insert, shapes[insert.path[2] as string], what);
}

/** Whether this update creates a record at `[root, key]` (a proposal and its tally come together). */
function createsRecord(fields: NewFields, root: string, key: string): boolean {
  for (const record of fields.keys()) if (record.parentRoot === root && record.parentSub === key) return true;
  return false;
}

/** Whose an item record is (see recordOwner). */
function itemOwner(
  record: TypeRef | null,
  fields: NewFields,
  context: BoardContext,
  seat: string,
): string | null {
  return recordOwner(record, fields, context.creatorOf, seat);
}

/** Who owns a record the room holds: an item's author, a seat itself, a tally's proposal's author. */
function ownerOfLive(
  root: string,
  key: string,
  record: Y.Map<unknown>,
  context: BoardContext,
): string | null {
  if (root === 'participants') return key;
  if (root === 'items') {
    const author = record.get('author');
    if (typeof author === 'string') return author;
    return record._item ? context.creatorOf(record._item.id.client) : null;
  }
  if (root === 'votes') {
    const proposal = liveValue(context.doc, 'items', key);
    const author = proposal instanceof Y.Map ? proposal.get('author') : null;
    return typeof author === 'string' ? author : null;
  }
  return null;
}

function plainValueOf(insert: InsertEffect): unknown {
  const content = insert.item.content;
  return content.kind === 'any' ? content.values[0] : undefined;
}

/**
 * A resident's tokens across the board after this update: refused only when it adds tokens past the
 * budget, so an update that takes tokens back always passes, even for a seat already over it.
 */
function checkVoteBudget(effects: UpdateEffects, seat: string, context: BoardContext): void {
  const before = tokensOf(context.doc, seat);
  let after = before;
  const touched = new Map<Y.Map<unknown> | object, number>();
  for (const insert of effects.inserts) {
    if (insert.path[0] !== 'votes' || insert.path.length !== 3) continue;
    const value = plainValueOf(insert);
    const tally = insert.parent.at === 'room' ? insert.parent.type : insert.parent;
    touched.set(tally, typeof value === 'number' ? value : 0);
  }
  for (const [tally, value] of touched) {
    const previous = tally instanceof Y.Map ? Number(tally.get(seat) ?? 0) : 0;
    after += value - (Number.isFinite(previous) ? previous : 0);
  }
  if (after > before && after > context.voteBudget()) throw new UpdateRefused('more votes than the budget');
}

function tokensOf(doc: Y.Doc, seat: string): number {
  const votes = doc.share.get('votes');
  if (!(votes instanceof Y.Map)) return 0;
  let used = 0;
  for (const [itemId, tally] of (votes as Y.Map<unknown>).entries()) {
    if (!(tally instanceof Y.Map) || !(liveValue(doc, 'items', itemId) instanceof Y.Map)) continue;
    const count = tally.get(seat);
    if (typeof count === 'number' && Number.isFinite(count)) used += count;
  }
  return used;
}
