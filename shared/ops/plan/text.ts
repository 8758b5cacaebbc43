/** The long fields of a fiche action, co-edited live as Y.Text. */
import * as Y from 'yjs';
import { wellFormed } from '../../model/label';
import { textSplice } from '../../model/textDiff';
import type { ActionTextField } from '../../schema/plan';
import type { Origin } from '../origin';
import { actionRecord, isTextField, textOf } from './records';

/**
 * Sets a long field to `text` from a plain input (a form, an import). Only the changed middle is spliced
 * in, so what someone else is typing elsewhere in the field at the same time survives.
 */
export function replaceActionText(
  doc: Y.Doc,
  { id, field, text: input }: { id: string; field: ActionTextField; text: string },
  origin: Origin,
): boolean {
  const record = actionRecord(doc, id);
  if (!record || !isTextField(field) || typeof input !== 'string') return false;
  const text = wellFormed(input);
  const current = record.get(field);
  const before = current instanceof Y.Text ? current.toString() : null;
  const splice = before === null ? null : textSplice(before, text);
  if (before !== null && splice === null) return true;
  doc.transact(() => {
    const target = textOf(record, field);
    if (before === null) {
      // textOf just upgraded a plain string (or nothing) to a Y.Text: replace its whole content.
      target.delete(0, target.length);
      target.insert(0, text);
    } else if (splice) {
      if (splice.remove > 0) target.delete(splice.index, splice.remove);
      if (splice.insert !== '') target.insert(splice.index, splice.insert);
    }
  }, origin);
  return true;
}

/**
 * The field's Y.Text for an editor binding, without writing anything; null for an unknown action or
 * field, or a field an old peer stored as a plain string (migrateDoc upgrades those when the room loads).
 */
export function actionText(doc: Y.Doc, id: string, field: ActionTextField): Y.Text | null {
  const record = actionRecord(doc, id);
  if (!record || !isTextField(field)) return null;
  const value = record.get(field);
  return value instanceof Y.Text ? value : null;
}
