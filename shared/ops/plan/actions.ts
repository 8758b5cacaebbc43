/**
 * Actions of the plan (*fiches action*). Drafting values are stored exactly as typed: an empty title, an
 * end before the start, a budget like "environ 5 000 €" are kept and flagged by actionProblems, never
 * silently corrected. Only enums are checked (an unknown nature or status is ignored).
 */
import * as Y from 'yjs';
import { newId } from '../../ids';
import { wellFormed } from '../../model/label';
import { asNumber } from '../../read/coerce';
import type { YearMonth } from '../../schema/control';
import {
  ACTION_SCALAR_FIELDS,
  ACTION_TEXT_FIELDS,
  type ActionScalarField,
  type ActionStatus,
  NATURES,
  type Nature,
  STATUSES,
} from '../../schema/plan';
import type { Origin } from '../origin';
import { actionsMap, setIfChanged } from '../roots';
import { actionRecord } from './records';

export interface NewAction {
  title?: string;
  nature: Nature;
  start: YearMonth;
  end: YearMonth;
  lane?: string;
  theme?: string;
  axis?: string;
  /** Board item ids the action answers. */
  links?: string[];
  /** Pre-filled context, e.g. the difficulties the action was created from. */
  context?: string;
  /** Given by tests and the fuzz for reproducible runs. */
  id?: string;
  /** Creation time, epoch ms; the writer's clock by default. */
  now?: number;
}

/**
 * Creates an action with the next number. Its nested types (scores, links, every long text field) are
 * created with it, so two people editing it at once write into the same types instead of racing to
 * create them. Two actions created at the same moment on two screens may get the same number: the
 * readers then order them by id, and the facilitator can renumber with updateAction.
 */
export function createAction(doc: Y.Doc, args: NewAction, origin: Origin): string | null {
  const id = args.id ?? newId();
  const actions = actionsMap(doc);
  if (typeof id !== 'string' || id === '' || actions.has(id)) return null;
  const links = Array.isArray(args.links)
    ? [...new Set(args.links.filter((l) => typeof l === 'string'))]
    : [];
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    actions.set(id, record);
    record.set('number', nextNumber(actions));
    record.set('title', stringOr(args.title));
    record.set('nature', (NATURES as readonly string[]).includes(args.nature) ? args.nature : 'new');
    record.set('status', 'draft');
    for (const key of ['lane', 'theme', 'axis', 'start', 'end'] as const)
      record.set(key, stringOr(args[key]));
    for (const key of ['owner', 'partners', 'budget'] as const) record.set(key, '');
    for (const field of ACTION_TEXT_FIELDS) {
      record.set(field, new Y.Text(field === 'context' ? stringOr(args.context) : ''));
    }
    record.set('capabilities', new Y.Map<number>());
    record.set('links', Y.Array.from(links));
    record.set(
      'createdAt',
      typeof args.now === 'number' && Number.isFinite(args.now) ? args.now : Date.now(),
    );
  }, origin);
  return id;
}

export type ActionUpdate = { id: string } & Partial<Record<ActionScalarField, string>> & {
    nature?: Nature;
    status?: ActionStatus;
    number?: number;
  };

/** Writes the given scalar fields (strings as typed); long text fields go through replaceActionText. */
export function updateAction(doc: Y.Doc, update: ActionUpdate, origin: Origin): boolean {
  const record = actionRecord(doc, update.id);
  if (!record) return false;
  doc.transact(() => {
    for (const key of ACTION_SCALAR_FIELDS) {
      const value = update[key];
      if (typeof value !== 'string') continue;
      if (key === 'nature' && !(NATURES as readonly string[]).includes(value)) continue;
      if (key === 'status' && !(STATUSES as readonly string[]).includes(value)) continue;
      setIfChanged(record, key, wellFormed(value));
    }
    if (typeof update.number === 'number' && Number.isFinite(update.number)) {
      setIfChanged(record, 'number', update.number);
    }
  }, origin);
  return true;
}

/** Drop on the chronological fresco: new months (stored as given) and optionally a new lane. */
export function moveAction(
  doc: Y.Doc,
  { id, start, end, lane }: { id: string; start: YearMonth; end: YearMonth; lane?: string },
  origin: Origin,
): boolean {
  const record = actionRecord(doc, id);
  if (!record || typeof start !== 'string' || typeof end !== 'string') return false;
  doc.transact(() => {
    setIfChanged(record, 'start', wellFormed(start));
    setIfChanged(record, 'end', wellFormed(end));
    if (typeof lane === 'string') setIfChanged(record, 'lane', wellFormed(lane));
  }, origin);
  return true;
}

export function removeAction(doc: Y.Doc, { id }: { id: string }, origin: Origin): boolean {
  if (!actionRecord(doc, id)) return false;
  doc.transact(() => actionsMap(doc).delete(id), origin);
  return true;
}

function nextNumber(actions: Y.Map<unknown>): number {
  let highest = 0;
  for (const value of actions.values()) {
    if (value instanceof Y.Map) highest = Math.max(highest, asNumber(value.get('number'), 0));
  }
  return Math.floor(highest) + 1;
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? wellFormed(value) : '';
}
