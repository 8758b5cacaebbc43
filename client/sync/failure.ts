/**
 * Every way a workshop screen can stop, each with its own kind message (see ErrorScreen). Anything that
 * can heal by itself (wifi, a server restart) is not a failure: the screen keeps working offline.
 */

import { CLOSE } from '../../shared/protocol/closeCodes';
import type { ApiFailureCode } from '../api/http';

export type WorkshopFailure =
  /** The link has no token and this device holds none for the workshop. */
  | 'no_token'
  /** Unknown workshop: it was deleted, or the link is mistyped. */
  | 'deleted'
  /** The token belongs to another workshop, or was never valid. */
  | 'wrong_link'
  /** The tablet's seat was freed or given to another tablet. */
  | 'seat_freed'
  /** The participant link could not open a seat: the facilitator closed the door. */
  | 'door_closed'
  /** No answer from the server and nothing kept on this device to work from. */
  | 'unreachable'
  /** The workshop was saved by a newer Fresco than this one. */
  | 'schema_too_new'
  | 'server_error';

export function failureOfApi(code: ApiFailureCode, hadThisSeat: boolean): WorkshopFailure {
  switch (code) {
    case 'unknown_workshop':
      return 'deleted';
    case 'bad_token':
    case 'forbidden':
      return hadThisSeat ? 'seat_freed' : 'wrong_link';
    case 'door_closed':
      return 'door_closed';
    case 'unreachable':
      return 'unreachable';
    default:
      return 'server_error';
  }
}

/** The final close codes (FINAL_CLOSE_CODES) as failures; anything else reconnects. */
export function failureOfClose(code: number, isSeat: boolean): WorkshopFailure | null {
  if (code === CLOSE.gone) return 'deleted';
  if (code === CLOSE.unauthorized) return isSeat ? 'seat_freed' : 'wrong_link';
  if (code === CLOSE.schemaTooNew) return 'schema_too_new';
  return null;
}
