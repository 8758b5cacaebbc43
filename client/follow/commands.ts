/**
 * "Follow me" and "bring everyone here" as commands: the facilitator's viewport written to the control
 * document, which tablets and the projector follow. Only the facilitator's screen may write it.
 */
import { bringEveryone, type FollowViewport, setFollow } from '../../shared/ops/control/follow';
import { type ControlResult, type ControlWriter, controlGate } from '../commands/control';
import { refused, written } from '../commands/result';

/** Publishes the viewport while following (null stops following). */
export function setFollowCommand(writer: ControlWriter, viewport: FollowViewport | null): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setFollow(writer.control, viewport, writer.origin), 'invalid');
}

/** Every screen jumps here once, even one already there; residents then move freely again. */
export function bringEveryoneCommand(writer: ControlWriter, viewport: FollowViewport): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(bringEveryone(writer.control, viewport, writer.origin), 'invalid');
}
