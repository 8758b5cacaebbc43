/**
 * Tokens this device has checked with the server, per workshop and role. A tablet finds its seat here
 * after a reload (or when the participant QR is scanned again), so it never takes a second seat.
 */
import type { Role } from '../../shared/schema/roles';
import { isRecord, readJson, removeKey, writeJson } from './localJson';

export interface KnownSession {
  token: string;
  role: Role;
  seatId: string | null;
  title: string;
  savedAt: number;
}

type SessionsOfWorkshop = Partial<Record<Role, KnownSession>>;

const keyOf = (workshopId: string) => `fresco.session.${workshopId}`;

function isSessions(value: unknown): value is SessionsOfWorkshop {
  return (
    isRecord(value) &&
    Object.values(value).every((entry) => isRecord(entry) && typeof entry.token === 'string')
  );
}

export function recallSessions(workshopId: string): SessionsOfWorkshop {
  return readJson(keyOf(workshopId), isSessions, {});
}

/** The seat of this tablet in that workshop, if it has one. */
export function recallSeat(workshopId: string): KnownSession | null {
  const seat = recallSessions(workshopId).participant;
  return seat?.seatId ? seat : null;
}

export function rememberSession(workshopId: string, session: KnownSession): void {
  writeJson(keyOf(workshopId), { ...recallSessions(workshopId), [session.role]: session });
}

export function forgetSession(workshopId: string, role: Role): void {
  const sessions = recallSessions(workshopId);
  delete sessions[role];
  if (Object.keys(sessions).length === 0) removeKey(keyOf(workshopId));
  else writeJson(keyOf(workshopId), sessions);
}

/** Seats this tablet holds, newest first: the keypad page offers to go back to them. */
export function listSeats(): Array<KnownSession & { workshopId: string }> {
  const seats: Array<KnownSession & { workshopId: string }> = [];
  try {
    for (let index = 0; index < localStorage.length; index++) {
      const key = localStorage.key(index);
      if (!key?.startsWith('fresco.session.')) continue;
      const workshopId = key.slice('fresco.session.'.length);
      const seat = recallSeat(workshopId);
      if (seat) seats.push({ ...seat, workshopId });
    }
  } catch {
    return [];
  }
  return seats.sort((a, b) => b.savedAt - a.savedAt);
}

/** Everything this device kept about a workshop's tokens (end of session, workshop deleted). */
export function forgetWorkshopSessions(workshopId: string): void {
  removeKey(keyOf(workshopId));
}
