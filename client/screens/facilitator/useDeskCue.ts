/** The facilitator's desk's calm answer to a refused command (see CueNote): UI state only. */
import type { ControlRefusal, ControlResult } from '../../commands/control';
import { createCueStore } from '../../commands/cueStore';

export const useDeskCue = createCueStore<ControlRefusal>();

/** Shows the cue of a refused result and hands the result on. */
export function answerDesk(result: ControlResult): ControlResult {
  if (!result.ok) useDeskCue.getState().refuse(result.refusal);
  return result;
}
