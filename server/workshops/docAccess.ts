/** The few places where the server itself reads or writes a workshop document, all through shared/ ops. */
import type * as Y from 'yjs';
import { migrateDoc } from '../../shared/migrate/migrateDoc';
import { freeSeat, reclaimSeat } from '../../shared/ops/board/participants';
import { initWorkshop } from '../../shared/ops/control/workshop';
import { ServerOrigin } from '../../shared/ops/origin';
import { doorOpenAt, readWorkshop } from '../../shared/read/workshop';
import { VOTES_MAX } from '../../shared/schema/shapes';
import { SURVEY_DOC } from '../../shared/schema/survey';
import type { Room } from '../sync/room';
import type { WorkshopInput } from './validate';

export function initControl(doc: Y.Doc, input: WorkshopInput): void {
  initWorkshop(doc, { title: input.title, place: input.place, date: input.date }, new ServerOrigin('create'));
}

export function readTitle(doc: Y.Doc): string {
  return readWorkshop(doc).title;
}

/** Open, and not past the closing time the facilitator chose. */
export function isDoorOpen(doc: Y.Doc, now: number): boolean {
  return doorOpenAt(readWorkshop(doc), now);
}

export function markSeatFreed(doc: Y.Doc, seatId: string): void {
  freeSeat(doc, { id: seatId }, new ServerOrigin('seat'));
}

export function markSeatReclaimed(doc: Y.Doc, seatId: string): void {
  reclaimSeat(doc, { id: seatId }, new ServerOrigin('seat'));
}

/**
 * Tokens each resident may place, for the board's gate. A resident's tablet holds the control document
 * open, so it is loaded whenever votes are cast; without it, the most any workshop allows.
 */
export function voteBudgetOf(control: Y.Doc | undefined): number {
  return control ? readWorkshop(control).votesPerParticipant : VOTES_MAX;
}

/** Migrations run once, on the server, as a room loads; a document newer than this code is refused. */
export function prepareRoom(room: Room): void {
  // A survey session's document has had one shape since it exists: nothing to migrate yet.
  if (room.docName === SURVEY_DOC) return;
  migrateDoc(room.docName, room.doc);
}
