/**
 * Opening a workshop link, in order:
 * 1. check the token over HTTP (GET /api/workshops/:id), so a bad link gets a clear message, never an
 *    endless spinner; with no network, a token this device checked before opens from its local copy;
 * 2. a participant *link* (shared by everyone who scans the QR) is traded for a seat of this tablet's
 *    own, or for the seat the tablet already holds, and the address bar is updated;
 * 3. the three documents load from the device, then connect.
 */
import type { WorkshopInfo } from '../../shared/protocol/http';
import { api } from '../api/http';
import {
  forgetSession,
  type KnownSession,
  recallSeat,
  recallSessions,
  rememberSession,
} from '../storage/sessions';
import { replaceFragmentToken } from '../workshop/links';
import { failureOfApi, type WorkshopFailure } from './failure';
import { WorkshopConnection } from './workshopConnection';

export interface OpenedWorkshop {
  workshopId: string;
  token: string;
  info: WorkshopInfo;
  /** True when the server could not be reached and the screen works from the device's copy. */
  offline: boolean;
  connection: WorkshopConnection;
}

export type OpenResult = { ok: true; opened: OpenedWorkshop } | { ok: false; failure: WorkshopFailure };

interface Checked {
  token: string;
  info: WorkshopInfo;
  offline: boolean;
}

export async function openWorkshop(workshopId: string, linkToken: string | null): Promise<OpenResult> {
  const token = linkToken ?? tokenKeptOnDevice(workshopId);
  if (!token) return { ok: false, failure: 'no_token' };
  const checked = await checkToken(workshopId, token);
  if ('failure' in checked) return { ok: false, failure: checked.failure };
  const seated = await seatOf(workshopId, checked);
  if ('failure' in seated) return { ok: false, failure: seated.failure };
  const { info } = seated;
  rememberSession(workshopId, {
    token: seated.token,
    role: info.role,
    seatId: info.seatId ?? null,
    title: info.title,
    savedAt: Date.now(),
  });
  if (seated.token !== linkToken) replaceFragmentToken(workshopId, seated.token);
  const connection = new WorkshopConnection(workshopId, seated.token, info.role, info.seatId ?? null);
  await connection.open();
  return { ok: true, opened: { workshopId, token: seated.token, info, offline: seated.offline, connection } };
}

/** A reload of `/w/<id>` without its fragment: the tablet's seat first, then any role kept here. */
function tokenKeptOnDevice(workshopId: string): string | null {
  const sessions = recallSessions(workshopId);
  return (
    (sessions.participant ?? sessions.facilitator ?? sessions.stakeholder ?? sessions.viewer)?.token ?? null
  );
}

async function checkToken(
  workshopId: string,
  token: string,
): Promise<Checked | { failure: WorkshopFailure }> {
  const known = knownSession(workshopId, token);
  const result = await api.workshopInfo(workshopId, token);
  if (result.ok) return { token, info: result.value, offline: false };
  if (result.code === 'unreachable' && known) {
    const info: WorkshopInfo = { id: workshopId, title: known.title, role: known.role };
    if (known.seatId) info.seatId = known.seatId;
    return { token, info, offline: true };
  }
  if (known && (result.code === 'bad_token' || result.code === 'unknown_workshop'))
    forgetSession(workshopId, known.role);
  return { failure: failureOfApi(result.code, known?.seatId != null) };
}

function knownSession(workshopId: string, token: string): KnownSession | null {
  return Object.values(recallSessions(workshopId)).find((session) => session?.token === token) ?? null;
}

/** The shared participant link becomes this tablet's seat; every other token is used as it is. */
async function seatOf(workshopId: string, checked: Checked): Promise<Checked | { failure: WorkshopFailure }> {
  if (checked.info.role !== 'participant' || checked.info.seatId) return checked;
  const kept = recallSeat(workshopId);
  if (kept && kept.token !== checked.token) {
    const again = await checkToken(workshopId, kept.token);
    if (!('failure' in again)) return again;
  }
  const claimed = await api.claimSeat(workshopId, checked.token);
  if (!claimed.ok) return { failure: failureOfApi(claimed.code, false) };
  const info: WorkshopInfo = { ...checked.info, seatId: claimed.value.seatId };
  return { token: claimed.value.token, info, offline: false };
}
