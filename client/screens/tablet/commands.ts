/**
 * A resident's tablet sitting down: the seat's picture, colour and name, written as its own seat only
 * (PRODUCT.md §3). Not gated by the board lock or the phase: the lock pauses contributions, and a
 * resident arriving during a pause still takes a seat.
 */
import type * as Y from 'yjs';
import { addParticipant, updateParticipant } from '../../../shared/ops/board/participants';
import type { UserOrigin } from '../../../shared/ops/origin';
import type { Role } from '../../../shared/schema/roles';
import { type CommandResult, OK, refused, written } from '../../commands/result';

export interface SeatWriter {
  board: Y.Doc;
  origin: UserOrigin;
  role: Role;
  seatId: string | null;
}

/** `readOnly`: a screen without a seat of its own (the facilitator, a viewer) never writes a seat here. */
export type SeatRefusal = 'readOnly' | 'gone';

function seatOf(writer: SeatWriter): string | null {
  return writer.role === 'participant' && writer.seatId ? writer.seatId : null;
}

/** The picture and colour; the seat's record is created with them the first time. */
export function chooseLookCommand(
  writer: SeatWriter,
  look: { avatar: string; color: string; name: string },
): CommandResult<SeatRefusal> {
  const id = seatOf(writer);
  if (!id) return refused('readOnly');
  const { board, origin } = writer;
  if (updateParticipant(board, { id, avatar: look.avatar, color: look.color }, origin)) return OK;
  return written(addParticipant(board, { id, ...look }, origin), 'gone');
}

export function chooseNameCommand(writer: SeatWriter, name: string): CommandResult<SeatRefusal> {
  const id = seatOf(writer);
  if (!id) return refused('readOnly');
  return written(updateParticipant(writer.board, { id, name }, writer.origin), 'gone');
}
