/**
 * Reading the values an update writes and the records it writes into, for the document rules: a field
 * of a record the room has is read from the room, one of a record this update creates from the update.
 */
import * as Y from 'yjs';
import { fitsValue, isShortId, type ValueShape } from '../../../shared/schema/shapes';
import type { DecodedItem } from './readUpdate';
import { UpdateRefused } from './readUpdate';
import type { InsertEffect, TypeRef, UpdateEffects } from './resolveEffects';

/** Fields this update sets on the records it creates: record item → field → value. */
export type NewFields = Map<DecodedItem, Map<string, unknown>>;

export function newFieldsOf(effects: UpdateEffects): NewFields {
  const fields: NewFields = new Map();
  for (const insert of effects.inserts) {
    if (insert.path.length !== 3 || insert.parent.at !== 'update') continue;
    const content = insert.item.content;
    if (content.kind !== 'any' || content.values.length !== 1) continue;
    let record = fields.get(insert.parent.item);
    if (!record) {
      record = new Map();
      fields.set(insert.parent.item, record);
    }
    record.set(insert.path[2] as string, content.values[0]);
  }
  return fields;
}

/** A field of a record, from the room or from this update. */
export function fieldOf(record: TypeRef | null, field: string, fields: NewFields): unknown {
  if (record === null || record.at === 'root') return undefined;
  if (record.at === 'room') {
    return record.type instanceof Y.Map ? (record.type as Y.Map<unknown>).get(field) : undefined;
  }
  return fields.get(record.item)?.get(field);
}

/**
 * Whose a record is: its author, in the room or given by this update; for a record with no author yet,
 * the writer of the client that created it (the room's) or this writer (one this update creates).
 */
export function recordOwner(
  record: TypeRef | null,
  fields: NewFields,
  creatorOf: (client: number) => string | null,
  writer: string,
): string | null {
  const author = fieldOf(record, 'author', fields);
  if (typeof author === 'string') return author;
  if (record?.at === 'update') return writer;
  if (record?.at === 'room' && record.type._item) return creatorOf(record.type._item.id.client);
  return null;
}

/** The live value a root map holds at a key, without creating a root the document does not have. */
export function liveValue(doc: Y.Doc, root: string, key: string): unknown {
  const type = doc.share.get(root);
  return type instanceof Y.Map ? (type as Y.Map<unknown>).get(key) : undefined;
}

/**
 * Checks what an insert writes against the shape of its place. Deleted content (written and removed in
 * the same transaction) holds nothing and fits anywhere.
 */
export function checkInsertShape(insert: InsertEffect, shape: ValueShape | undefined, what: string): void {
  const content = insert.item.content;
  if (content.kind === 'deleted') return;
  if (!shape) throw new UpdateRefused(`${what}: a field the schema does not have`);
  const inSequence = insert.path[insert.path.length - 1] === '[]';
  if (inSequence) throw new UpdateRefused(`${what}: a list where a value belongs`);
  if (content.kind === 'any') {
    if (content.values.length !== 1 || !fitsValue(shape, content.values[0])) {
      throw new UpdateRefused(`${what}: a value of the wrong shape`);
    }
    return;
  }
  const expected =
    shape.kind === 'idList'
      ? 'array'
      : shape.kind === 'text'
        ? 'text'
        : shape.kind === 'scores' || shape.kind === 'flags'
          ? 'map'
          : null;
  if (content.kind !== 'type' || content.type !== expected) {
    throw new UpdateRefused(`${what}: a value of the wrong shape`);
  }
}

/** Checks an entry inside a nested type (a list of ids, a text, a map of scores or of flags). */
export function checkNestedShape(insert: InsertEffect, shape: ValueShape | undefined, what: string): void {
  const content = insert.item.content;
  if (content.kind === 'deleted') return;
  const key = insert.path[insert.path.length - 1];
  if (shape?.kind === 'idList' && key === '[]' && content.kind === 'any') {
    if (content.values.length <= shape.maxEntries && content.values.every(isShortId)) return;
  }
  if (shape?.kind === 'text' && key === '[]' && content.kind === 'string') {
    if (content.text.length <= shape.max) return;
  }
  if (
    shape?.kind === 'scores' &&
    key !== '[]' &&
    key !== undefined &&
    isShortId(key) &&
    content.kind === 'any'
  ) {
    const [score] = content.values;
    if (content.values.length === 1 && typeof score === 'number' && score >= shape.min && score <= shape.max)
      return;
  }
  if (shape?.kind === 'flags' && key !== undefined && shape.keys.includes(key) && content.kind === 'any') {
    if (content.values.length === 1 && typeof content.values[0] === 'boolean') return;
  }
  throw new UpdateRefused(`${what}: a value of the wrong shape`);
}
