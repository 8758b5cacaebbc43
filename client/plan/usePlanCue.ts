/** The plan screen's calm answer to a refused command (see CueNote): UI state, never document data. */
import type { ControlRefusal } from '../commands/control';
import { createCueStore } from '../commands/cueStore';
import type { CommandResult } from '../commands/result';
import type { PlanRefusal } from './commands';

export type PlanCueReason = PlanRefusal | ControlRefusal;

export const usePlanCue = createCueStore<PlanCueReason>();

/** Shows the cue of a refused result; hands the result on, so a caller can still keep what was typed. */
export function answer<R extends CommandResult<PlanCueReason>>(result: R): R {
  if (!result.ok) usePlanCue.getState().refuse(result.refusal);
  return result;
}
