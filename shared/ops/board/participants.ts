/** Seats: one per tablet, created when a resident joins, freed (never deleted) when they leave. */
import * as Y from 'yjs';
import { cleanLabel } from '../../model/label';
import { NAME_MAX } from '../../schema/board';
import type { Origin } from '../origin';
import { participantsMap, recordOf, setIfChanged } from '../roots';

export interface ParticipantFields {
  name: string;
  avatar: string;
  color: string;
}

/** False when the id is empty or already seated (use updateParticipant to change a seat). */
export function addParticipant(
  doc: Y.Doc,
  args: ParticipantFields & { id: string },
  origin: Origin,
): boolean {
  const participants = participantsMap(doc);
  if (typeof args.id !== 'string' || args.id === '' || participants.has(args.id)) return false;
  doc.transact(() => {
    const record = new Y.Map<unknown>();
    participants.set(args.id, record);
    record.set('name', cleanLabel(args.name, NAME_MAX));
    record.set('avatar', stringOr(args.avatar));
    record.set('color', stringOr(args.color));
    record.set('freed', false);
  }, origin);
  return true;
}

export function updateParticipant(
  doc: Y.Doc,
  args: Partial<ParticipantFields> & { id: string },
  origin: Origin,
): boolean {
  const record = recordOf(participantsMap(doc), args.id);
  if (!record) return false;
  doc.transact(() => {
    if (typeof args.name === 'string') setIfChanged(record, 'name', cleanLabel(args.name, NAME_MAX));
    if (typeof args.avatar === 'string') setIfChanged(record, 'avatar', args.avatar);
    if (typeof args.color === 'string') setIfChanged(record, 'color', args.color);
  }, origin);
  return true;
}

/** The seat stays so its items keep an author; it is only hidden from the roster. */
export function freeSeat(doc: Y.Doc, { id }: { id: string }, origin: Origin): boolean {
  const record = recordOf(participantsMap(doc), id);
  if (!record) return false;
  doc.transact(() => setIfChanged(record, 'freed', true), origin);
  return true;
}

function stringOr(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** A freed seat given to another tablet shows on the roster again, with everything it placed. */
export function reclaimSeat(doc: Y.Doc, { id }: { id: string }, origin: Origin): boolean {
  const record = recordOf(participantsMap(doc), id);
  if (!record) return false;
  doc.transact(() => setIfChanged(record, 'freed', false), origin);
  return true;
}
