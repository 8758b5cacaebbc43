/** How an action record is reached and upgraded, shared by the plan ops. */
import * as Y from 'yjs';
import { ACTION_TEXT_FIELDS, type ActionTextField } from '../../schema/plan';
import { actionsMap, recordOf } from '../roots';

export function actionRecord(doc: Y.Doc, id: string): Y.Map<unknown> | null {
  return typeof id === 'string' ? recordOf(actionsMap(doc), id) : null;
}

export function isTextField(field: unknown): field is ActionTextField {
  return typeof field === 'string' && (ACTION_TEXT_FIELDS as readonly string[]).includes(field);
}

/**
 * The field's Y.Text. Records from old or odd peers may hold a plain string or nothing: it is upgraded in
 * place, keeping the words, inside the caller's transaction.
 */
export function textOf(record: Y.Map<unknown>, field: ActionTextField): Y.Text {
  const value = record.get(field);
  if (value instanceof Y.Text) return value;
  const text = new Y.Text(typeof value === 'string' ? value : '');
  record.set(field, text);
  return text;
}

/** The capability scores as a Y.Map, upgraded in place like textOf when an odd peer wrote something else. */
export function capabilitiesOf(record: Y.Map<unknown>): Y.Map<unknown> {
  const value = record.get('capabilities');
  if (value instanceof Y.Map) return value;
  const scores = new Y.Map<unknown>();
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    for (const [axis, score] of Object.entries(value)) if (typeof score === 'number') scores.set(axis, score);
  }
  record.set('capabilities', scores);
  return scores;
}
