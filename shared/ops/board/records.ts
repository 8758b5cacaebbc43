/** How a board item is written, shared by the ops that create and change items. */
import * as Y from 'yjs';
import { newId } from '../../ids';
import { cleanLabel } from '../../model/label';
import { DAYS, type Day, type ItemKind, LABEL_MAX, PERIODS, type Period } from '../../schema/board';
import { itemsMap, recordOf } from '../roots';

export interface NewItem {
  kind: ItemKind;
  pictogram: string;
  label: string | undefined;
  day: Day | null;
  period: Period | null;
  parent: string | null;
  links: string[];
  author: string;
}

export interface Creation {
  /** Given by tests and the fuzz for reproducible runs; a fresh random id otherwise. */
  id?: string;
  /** Creation time, epoch ms; the writer's clock by default. */
  now?: number;
}

/** A free id for a new item: the given one if not taken, a new one if none given, else null. */
export function freeItemId(doc: Y.Doc, creation: Creation): string | null {
  if (creation.id === undefined) return newId();
  return typeof creation.id === 'string' && creation.id !== '' && !itemsMap(doc).has(creation.id)
    ? creation.id
    : null;
}

/** Writes the record inside the caller's transaction. Links are a Y.Array so concurrent links all survive. */
export function writeItem(doc: Y.Doc, id: string, item: NewItem, now: number | undefined): Y.Map<unknown> {
  const record = new Y.Map<unknown>();
  itemsMap(doc).set(id, record);
  record.set('kind', item.kind);
  record.set('pictogram', typeof item.pictogram === 'string' ? item.pictogram : '');
  record.set('label', cleanLabel(item.label, LABEL_MAX));
  record.set('day', item.day);
  record.set('period', item.period);
  record.set('parent', item.parent);
  record.set('links', Y.Array.from(item.links));
  record.set('mergedInto', null);
  record.set('author', typeof item.author === 'string' ? item.author : '');
  record.set('createdAt', typeof now === 'number' && Number.isFinite(now) ? now : Date.now());
  return record;
}

/** The item's record when it exists and has the expected kind. */
export function itemRecord(doc: Y.Doc, id: string, kind?: ItemKind): Y.Map<unknown> | null {
  if (typeof id !== 'string') return null;
  const record = recordOf(itemsMap(doc), id);
  if (!record || (kind !== undefined && record.get('kind') !== kind)) return null;
  return record;
}

export function isDay(value: unknown): value is Day {
  return typeof value === 'string' && (DAYS as readonly string[]).includes(value);
}

export function isPeriod(value: unknown): value is Period {
  return typeof value === 'string' && (PERIODS as readonly string[]).includes(value);
}
