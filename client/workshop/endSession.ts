/**
 * "End my session" on a shared tablet: once the server has stored the tablet's last edit, the seat
 * token is revoked and everything the tablet kept for this workshop (token, documents) is wiped, so
 * the next person starts clean. What the resident said stays in the workshop.
 */
import { api } from '../api/http';
import { forgetWorkshopSessions } from '../storage/sessions';
import { wipeLocalCopies } from '../sync/localCopy';
import { useConnectionStore } from '../sync/useConnectionStore';
import type { WorkshopConnection } from '../sync/workshopConnection';

export type EndSessionResult = 'ended' | 'not_saved' | 'unreachable';

/** How long to wait for the server to confirm the last edits before saying "not yet". */
const SAVE_WAIT_MS = 10_000;

export async function endMySession(
  connection: WorkshopConnection,
  workshopId: string,
  token: string,
): Promise<EndSessionResult> {
  if (!(await connection.whenSaved(SAVE_WAIT_MS))) return 'not_saved';
  connection.ending = true;
  const result = await api.endSession(workshopId, token);
  // bad_token: the seat was already ended or freed; wiping is still what the person asked for.
  if (!result.ok && result.code !== 'bad_token') {
    connection.ending = false;
    return 'unreachable';
  }
  connection.destroy();
  await wipeLocalCopies(workshopId);
  forgetWorkshopSessions(workshopId);
  useConnectionStore.getState().setEnded();
  return 'ended';
}
