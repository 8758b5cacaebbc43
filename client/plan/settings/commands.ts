/**
 * The plan's settings the facilitator edits: the fresco's calendar and the axes of the *toile des
 * capabilités*. They live in the control document, so only the facilitator may write them; anyone else
 * gets `readOnly` back, as data.
 */
import {
  addCapabilityAxis,
  removeCapabilityAxis,
  renameCapabilityAxis,
} from '../../../shared/ops/control/capabilityAxes';
import { setTimelineSpan } from '../../../shared/ops/control/workshop';
import { type ControlResult, type ControlWriter, controlGate } from '../../commands/control';
import { refused, written } from '../../commands/result';

/** Stored as typed, even end before start: the settings and the fiches say it plainly. */
export function setSpanCommand(writer: ControlWriter, span: { start: string; end: string }): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setTimelineSpan(writer.control, span, writer.origin), 'invalid');
}

export function addAxisCommand(writer: ControlWriter, label: string): ControlResult {
  const refusal = controlGate(writer) ?? (label.trim() === '' ? 'invalid' : null);
  if (refusal) return refused(refusal);
  const id = addCapabilityAxis(writer.control, { label }, writer.origin);
  return id ? { ok: true, id } : refused('invalid');
}

export function renameAxisCommand(writer: ControlWriter, id: string, label: string): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(renameCapabilityAxis(writer.control, { id, label }, writer.origin), 'invalid');
}

/** Scores given on the axis stay in the plan, so adding it back brings them back. */
export function removeAxisCommand(writer: ControlWriter, id: string): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(removeCapabilityAxis(writer.control, { id }, writer.origin), 'invalid');
}
