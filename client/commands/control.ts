/**
 * Who may write the `control` document (settings, phase, timer, door, follow): the facilitator only
 * (PRODUCT.md §3). The server drops anyone else's update; commands say so first, as data, so a control
 * shown by mistake answers calmly instead of writing into a document that will be taken back.
 */
import type * as Y from 'yjs';
import type { UserOrigin } from '../../shared/ops/origin';
import { canWrite, type Role } from '../../shared/schema/roles';
import type { CommandResult } from './result';

export interface ControlWriter {
  control: Y.Doc;
  origin: UserOrigin;
  role: Role;
  /** The server's clock (timer and door times are on it). */
  now(): number;
}

/** `readOnly`: this screen's role may not change the workshop; `invalid`: the op took no such value. */
export type ControlRefusal = 'readOnly' | 'invalid';

export type ControlResult = CommandResult<ControlRefusal>;

export function controlGate(writer: Pick<ControlWriter, 'role'>): ControlRefusal | null {
  return canWrite(writer.role, 'control') ? null : 'readOnly';
}
