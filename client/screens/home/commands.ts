/**
 * The door of a workshop from the home list (the facilitator's own workshops), written to that
 * workshop's control document opened just for this card.
 */
import { setDoorOpen } from '../../../shared/ops/control/workshop';
import { type ControlResult, type ControlWriter, controlGate } from '../../commands/control';
import { refused, written } from '../../commands/result';

/** Opens or closes the join code; a planned closing time, if any, is left as it is. */
export function setDoorOpenCommand(writer: ControlWriter, open: boolean): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setDoorOpen(writer.control, open, writer.origin), 'invalid');
}
