/**
 * A survey session's rule (PRODUCT.md §4 "Survey"), checked on what an update does before the room
 * applies it: only `interviews` is written, only by a phone's own interviewer token (the shared link is
 * traded for a seat first), and an interviewer writes as its own seat only. It creates interviews whose
 * `author` is its seat and changes or deletes only those; every field has the shape of INTERVIEW_SHAPE,
 * `help` holds only HELP_KEYS, and no list grows past the schema's length.
 */
import * as Y from 'yjs';
import { isShortId, type ValueShape } from '../../../shared/schema/shapes';
import { HELP_KEYS, INTERVIEW_SHAPE } from '../../../shared/schema/survey';
import type { BoardChange, Writer } from './boardRule';
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

export interface SurveyContext {
  doc: Y.Doc;
  writer: Writer;
  /** Whose Yjs client wrote a struct (a seat id), for a record with no author yet. */
  creatorOf: (client: number) => string | null;
}

const ROOT = 'interviews';
const WHAT = 'interview';

/** Returns the interviews created and removed, per author, for the session's caps. */
export function checkSurveyUpdate(effects: UpdateEffects, context: SurveyContext): BoardChange {
  const change: BoardChange = { created: new Map(), removed: new Map() };
  if (effects.inserts.length + effects.deletes.length === 0) return change;
  const seat = context.writer.role === 'interviewer' ? context.writer.seatId : null;
  // The shared interviewer link is traded for a seat of the phone's own before anything is written.
  if (seat === null) throw new UpdateRefused('no seat to write as');
  const fields = newFieldsOf(effects);
  const lengths = new Map<object, { length: number; shape: ValueShape }>();
  for (const insert of effects.inserts) checkInsert(insert, seat, fields, context, change, lengths);
  for (const deletion of effects.deletes) checkDelete(deletion, seat, context, change);
  for (const { length, shape } of lengths.values()) {
    if (shape.kind === 'idList' && length > shape.maxEntries)
      throw new UpdateRefused(`${WHAT}: a list longer than the schema`);
  }
  return change;
}

function checkInsert(
  insert: InsertEffect,
  seat: string,
  fields: NewFields,
  context: SurveyContext,
  change: BoardChange,
  lengths: Map<object, { length: number; shape: ValueShape }>,
): void {
  const [root, key, field] = insert.path as [string, string, string | undefined];
  if (root !== ROOT) throw new UpdateRefused('a part of the survey the schema does not have');
  if (insert.path.length === 2) {
    checkRecordEntry(insert, key, seat, fields, context, change);
    return;
  }
  if (ownerOf(insert.record, fields, context, seat) !== seat) {
    throw new UpdateRefused("changes another interviewer's interview");
  }
  const shape = INTERVIEW_SHAPE[field as string];
  if (insert.path.length === 3) {
    checkInsertShape(insert, shape, WHAT);
    const content = insert.item.content;
    if (field === 'author' && content.kind === 'any' && content.values[0] !== seat) {
      throw new UpdateRefused('an interview written in another name');
    }
    return;
  }
  if (insert.path.length !== 4) throw new UpdateRefused(`${WHAT}: nested deeper than the schema`);
  checkNestedShape(insert, shape, WHAT);
  const content = insert.item.content;
  if (content.kind !== 'any' || shape?.kind !== 'idList') return;
  if (
    field === 'help' &&
    !content.values.every((value) => (HELP_KEYS as readonly unknown[]).includes(value))
  ) {
    throw new UpdateRefused(`${WHAT}: help the survey does not ask about`);
  }
  // One push is one insert: a list grown by many small inserts is summed per list.
  const list =
    insert.parent.at === 'room'
      ? insert.parent.type
      : insert.parent.at === 'update'
        ? insert.parent.item
        : null;
  if (list === null) return;
  const base = list instanceof Y.Array ? list.length : 0;
  const kept = lengths.get(list) ?? { length: base, shape };
  kept.length += content.values.length;
  lengths.set(list, kept);
}

/** An entry of `interviews`: a whole record, created or replacing the one at that key. */
function checkRecordEntry(
  insert: InsertEffect,
  key: string,
  seat: string,
  fields: NewFields,
  context: SurveyContext,
  change: BoardChange,
): void {
  const content = insert.item.content;
  if (content.kind !== 'deleted' && !(content.kind === 'type' && content.type === 'map')) {
    throw new UpdateRefused('a value where an interview belongs');
  }
  if (!isShortId(key)) throw new UpdateRefused('an interview id the schema does not have');
  // Yjs replaces a key's value by whatever lands last at it: writing a key deletes the record there.
  const current = liveValue(context.doc, ROOT, key);
  if (current !== undefined) {
    if (!(current instanceof Y.Map) || ownerOfLive(current, context) !== seat) {
      throw new UpdateRefused("replaces another interviewer's interview");
    }
  }
  if (content.kind !== 'type') return;
  // A record split across parts (a phone's big backlog is sent in pieces) may get its author in the
  // next part; until then it belongs to the client that created it, which is this seat's own.
  const author = fields.get(insert.item)?.get('author') ?? seat;
  if (author !== seat) throw new UpdateRefused('an interview written in another name');
  if (current === undefined) change.created.set(seat, (change.created.get(seat) ?? 0) + 1);
}

function checkDelete(
  deletion: DeleteEffect,
  seat: string,
  context: SurveyContext,
  change: BoardChange,
): void {
  if (deletion.path[0] !== ROOT) throw new UpdateRefused('a part of the survey the schema does not have');
  if (deletion.path.length === 2) {
    const content = deletion.item.content;
    const record = content instanceof Y.ContentType ? content.type : null;
    const owner = record instanceof Y.Map ? ownerOfLive(record, context) : null;
    if (owner !== seat) throw new UpdateRefused("deletes another interviewer's interview");
    change.removed.set(seat, (change.removed.get(seat) ?? 0) + 1);
    return;
  }
  if (ownerOf(deletion.record, new Map(), context, seat) !== seat) {
    throw new UpdateRefused("changes another interviewer's interview");
  }
}

/** Whose an interview is (see recordOwner). */
function ownerOf(
  record: TypeRef | null,
  fields: NewFields,
  context: SurveyContext,
  seat: string,
): string | null {
  return recordOwner(record, fields, context.creatorOf, seat);
}

function ownerOfLive(record: Y.Map<unknown>, context: SurveyContext): string | null {
  const author = record.get('author');
  if (typeof author === 'string') return author;
  return record._item ? context.creatorOf(record._item.id.client) : null;
}
