/** The parts of a fiche action that are not plain fields: capability scores and links to the board. */
import type * as Y from 'yjs';
import { asStringList } from '../../read/coerce';
import { CAPABILITY_MAX } from '../../schema/plan';
import type { Origin } from '../origin';
import { removeAll, setIfChanged, stringArrayOf } from '../roots';
import { actionRecord, capabilitiesOf } from './records';

/** The only value ops correct: a score is rounded and clamped to 0…CAPABILITY_MAX (a radar has no other). */
export function setCapabilityScore(
  doc: Y.Doc,
  { id, axis, score }: { id: string; axis: string; score: number },
  origin: Origin,
): boolean {
  const record = actionRecord(doc, id);
  if (!record || typeof axis !== 'string' || axis === '') return false;
  if (typeof score !== 'number' || Number.isNaN(score)) return false;
  const clamped = Math.min(CAPABILITY_MAX, Math.max(0, Math.round(score)));
  doc.transact(() => setIfChanged(capabilitiesOf(record), axis, clamped), origin);
  return true;
}

/**
 * Links a board item (a proposal or a difficulty) the action answers. The board is another document,
 * so the id is not checked here; actionProblems flags links to items that no longer exist.
 */
export function linkAction(
  doc: Y.Doc,
  { id, itemId }: { id: string; itemId: string },
  origin: Origin,
): boolean {
  const record = actionRecord(doc, id);
  if (!record || typeof itemId !== 'string' || itemId === '') return false;
  if (asStringList(record.get('links')).includes(itemId)) return true;
  doc.transact(() => stringArrayOf(record, 'links').push([itemId]), origin);
  return true;
}

export function unlinkAction(
  doc: Y.Doc,
  { id, itemId }: { id: string; itemId: string },
  origin: Origin,
): boolean {
  const record = actionRecord(doc, id);
  if (!record || !asStringList(record.get('links')).includes(itemId)) return false;
  doc.transact(() => removeAll(stringArrayOf(record, 'links'), itemId), origin);
  return true;
}
