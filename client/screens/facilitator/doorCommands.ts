/**
 * What the facilitator's door buttons do, as commands: each writes one `setDoor` op with this screen's
 * origin, against the server's clock (the server enforces the closing time with its own). Components
 * never write the door themselves.
 */
import type * as Y from 'yjs';
import { setDoor } from '../../../shared/ops/control/workshop';
import type { UserOrigin } from '../../../shared/ops/origin';
import { doorOpenAt } from '../../../shared/read/workshop';
import type { WorkshopSettings } from '../../../shared/schema/control';

export interface DoorContext {
  control: Y.Doc;
  origin: UserOrigin;
  settings: Pick<WorkshopSettings, 'doorOpen' | 'doorClosesAt'>;
  /** The server's clock. */
  now(): number;
}

/** The choices offered for "close the door in …". */
export const CLOSE_IN_MINUTES = [15, 30, 60] as const;

export type DoorResult = { ok: true } | { ok: false; refusal: 'invalid' };

function result(written: boolean): DoorResult {
  return written ? { ok: true } : { ok: false, refusal: 'invalid' };
}

/** Closes an open door; opens a closed one, forgetting a closing time that has passed. */
export function toggleDoor(ctx: DoorContext): DoorResult {
  const open = doorOpenAt(ctx.settings, ctx.now());
  return result(setDoor(ctx.control, { open: !open, closesAt: null }, ctx.origin));
}

/** Keeps the door open (opening it if needed) and closes it by itself `minutes` from now. */
export function closeDoorIn(ctx: DoorContext, minutes: number): DoorResult {
  if (!Number.isFinite(minutes) || minutes <= 0) return { ok: false, refusal: 'invalid' };
  const closesAt = Math.round(ctx.now() + minutes * 60_000);
  return result(setDoor(ctx.control, { open: true, closesAt }, ctx.origin));
}

/** The door stays open until the facilitator closes it. */
export function cancelDoorClose(ctx: DoorContext): DoorResult {
  return result(setDoor(ctx.control, { open: ctx.settings.doorOpen, closesAt: null }, ctx.origin));
}
