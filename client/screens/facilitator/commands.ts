/**
 * The facilitator's hands on the room, as commands: the phase, the timer, the door and the board lock.
 * Each checks that this screen may write the control document, then writes one op (one transaction)
 * with the screen's origin, on the server's clock where time matters. Components never write the
 * control document themselves; a refusal comes back as data for the desk's cue.
 */
import {
  addTimerTime,
  pauseTimer,
  resetTimer,
  setPauseInputAtZero,
  startTimer,
} from '../../../shared/ops/control/timer';
import { setBoardLocked, setDoor, setPhase } from '../../../shared/ops/control/workshop';
import { doorOpenAt } from '../../../shared/read/workshop';
import type { Phase, WorkshopSettings } from '../../../shared/schema/control';
import { DEFAULT_TIMER_MS } from '../../../shared/schema/defaults';
import { type ControlResult, type ControlWriter, controlGate } from '../../commands/control';
import { OK, refused, written } from '../../commands/result';

/** Every screen follows the phase; an unknown one is refused by the op and comes back `invalid`. */
export function setPhaseCommand(writer: ControlWriter, phase: Phase): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setPhase(writer.control, phase, writer.origin), 'invalid');
}

/** Residents' writes pause while the board is locked (the tablets say so; see `inputBlock`). */
export function setBoardLockedCommand(writer: ControlWriter, locked: boolean): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setBoardLocked(writer.control, locked, writer.origin), 'invalid');
}

/**
 * Starts or resumes the timer. Past zero, "start" means a fresh run of the default length, in the
 * same transaction. Already running (a second tap before the button turned to "pause"): nothing to do.
 */
export function startTimerCommand(writer: ControlWriter, { fresh }: { fresh: boolean }): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  const { control, origin } = writer;
  control.transact(() => {
    if (fresh) resetTimer(control, { ms: DEFAULT_TIMER_MS }, origin);
    startTimer(control, { now: writer.now() }, origin);
  }, origin);
  return OK;
}

/** Pauses, keeping what is left; already paused is not a refusal. */
export function pauseTimerCommand(writer: ControlWriter): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  pauseTimer(writer.control, { now: writer.now() }, writer.origin);
  return OK;
}

export function addTimerTimeCommand(writer: ControlWriter, ms: number): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(addTimerTime(writer.control, { ms, now: writer.now() }, writer.origin), 'invalid');
}

/** Stops the timer and sets the length of the next run. */
export function resetTimerCommand(writer: ControlWriter, ms: number): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(resetTimer(writer.control, { ms }, writer.origin), 'invalid');
}

export function setPauseAtZeroCommand(writer: ControlWriter, pause: boolean): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return written(setPauseInputAtZero(writer.control, pause, writer.origin), 'invalid');
}

/** The door's commands also need the door as this screen sees it. */
export interface DoorContext extends ControlWriter {
  settings: Pick<WorkshopSettings, 'doorOpen' | 'doorClosesAt'>;
}

/** The choices offered for "close the door in …". */
export const CLOSE_IN_MINUTES = [15, 30, 60] as const;

/**
 * Closes an open door; opens a closed one, forgetting a closing time that has passed. The door is read
 * on the server's clock, which enforces the closing time with its own.
 */
export function toggleDoor(ctx: DoorContext): ControlResult {
  const refusal = controlGate(ctx);
  if (refusal) return refused(refusal);
  const open = doorOpenAt(ctx.settings, ctx.now());
  return written(setDoor(ctx.control, { open: !open, closesAt: null }, ctx.origin), 'invalid');
}

/** Keeps the door open (opening it if needed) and closes it by itself `minutes` from now. */
export function closeDoorIn(ctx: DoorContext, minutes: number): ControlResult {
  const refusal = controlGate(ctx) ?? (Number.isFinite(minutes) && minutes > 0 ? null : 'invalid');
  if (refusal) return refused(refusal);
  const closesAt = Math.round(ctx.now() + minutes * 60_000);
  return written(setDoor(ctx.control, { open: true, closesAt }, ctx.origin), 'invalid');
}

/** The door stays open until the facilitator closes it. */
export function cancelDoorClose(ctx: DoorContext): ControlResult {
  const refusal = controlGate(ctx);
  if (refusal) return refused(refusal);
  return written(
    setDoor(ctx.control, { open: ctx.settings.doorOpen, closesAt: null }, ctx.origin),
    'invalid',
  );
}
