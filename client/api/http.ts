/**
 * The JSON API (PRODUCT.md §4). Every call resolves to a typed result instead of throwing, so screens
 * turn each failure into a kind message: a code the server gave, or `unreachable` when the wifi or the
 * server is down.
 */
import type {
  ApiError,
  CreateWorkshopRequest,
  CreateWorkshopResponse,
  JoinResponse,
  JoinStatus,
  WorkshopInfo,
} from '../../shared/protocol/http';
import { DEVICE_HEADER } from '../../shared/protocol/http';
import { deviceId } from './device';
import { noteServerDate } from './serverClock';

export type ApiFailureCode =
  | 'unknown_code'
  | 'too_many_attempts'
  | 'door_closed'
  | 'bad_token'
  | 'unknown_workshop'
  | 'forbidden'
  | 'unreachable'
  | 'server_error';

export type ApiResult<T> = { ok: true; value: T } | { ok: false; code: ApiFailureCode; status: number };

export type SeatResponse = JoinResponse & { seatId: string };

const KNOWN_CODES: readonly string[] = [
  'unknown_code',
  'too_many_attempts',
  'door_closed',
  'bad_token',
  'unknown_workshop',
  'forbidden',
];

/** A request that hangs (a wifi that drops packets) counts as unreachable after this long. */
const TIMEOUT_MS = 8000;
/**
 * A join code from a network that has guessed too many wrong codes is answered after a delay (30 s,
 * server/auth/joinLimiter.ts): the tablet waits for it rather than calling the server unreachable.
 */
const JOIN_TIMEOUT_MS = 45_000;

async function call<T>(
  method: string,
  path: string,
  init: { token?: string; body?: unknown; headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers };
  if (init.token) headers.Authorization = `Bearer ${init.token}`;
  if (init.body !== undefined) headers['Content-Type'] = 'application/json';
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), init.timeoutMs ?? TIMEOUT_MS);
  let response: Response;
  const sentAt = Date.now();
  try {
    response = await fetch(path, {
      method,
      headers,
      body: init.body === undefined ? null : JSON.stringify(init.body),
      signal: controller.signal,
      cache: 'no-store',
    });
  } catch {
    return { ok: false, code: 'unreachable', status: 0 };
  } finally {
    clearTimeout(timer);
  }
  noteServerDate(response.headers.get('Date'), sentAt, Date.now());
  if (response.ok) {
    // 204 (a DELETE's answer) has no body to read: it is the success itself.
    if (response.status === 204) return { ok: true, value: undefined as T };
    try {
      return { ok: true, value: (await response.json()) as T };
    } catch {
      return { ok: false, code: 'server_error', status: response.status };
    }
  }
  return { ok: false, code: await failureCode(response), status: response.status };
}

async function failureCode(response: Response): Promise<ApiFailureCode> {
  // A proxy or a captive portal may answer with HTML: fall back on the status.
  try {
    const body = (await response.json()) as Partial<ApiError>;
    if (typeof body.error === 'string' && KNOWN_CODES.includes(body.error))
      return body.error as ApiFailureCode;
  } catch {
    // Not our JSON.
  }
  if (response.status === 401) return 'bad_token';
  if (response.status === 404) return 'unknown_workshop';
  if (response.status === 429) return 'too_many_attempts';
  if (response.status === 403) return 'forbidden';
  if (response.status === 502 || response.status === 503 || response.status === 504) return 'unreachable';
  return 'server_error';
}

const workshopPath = (id: string) => `/api/workshops/${encodeURIComponent(id)}`;

export const api = {
  createWorkshop: (request: CreateWorkshopRequest) =>
    call<CreateWorkshopResponse>('POST', '/api/workshops', { body: request }),
  workshopInfo: (id: string, token: string) => call<WorkshopInfo>('GET', workshopPath(id), { token }),
  deleteWorkshop: (id: string, token: string) =>
    call<{ deleted: string }>('DELETE', workshopPath(id), { token }),
  join: (code: string) =>
    call<SeatResponse>('POST', '/api/join', {
      body: { code },
      headers: { [DEVICE_HEADER]: deviceId() },
      timeoutMs: JOIN_TIMEOUT_MS,
    }),
  joinStatus: (id: string, facilitatorToken: string) =>
    call<JoinStatus>('GET', `${workshopPath(id)}/join-status`, { token: facilitatorToken }),
  claimSeat: (id: string, participantLinkToken: string) =>
    call<SeatResponse>('POST', `${workshopPath(id)}/seats`, { token: participantLinkToken }),
  freeSeat: (id: string, token: string, seatId: string) =>
    call<{ freed: string }>('POST', `${workshopPath(id)}/seats/${encodeURIComponent(seatId)}/free`, {
      token,
    }),
  reassignSeat: (id: string, token: string, seatId: string) =>
    call<SeatResponse>('POST', `${workshopPath(id)}/seats/${encodeURIComponent(seatId)}/reassign`, { token }),
  endSession: (id: string, token: string) =>
    call<{ ended: true }>('POST', `${workshopPath(id)}/session/end`, { token }),
};

/** For the API calls of other areas (concertation), written in their own files. */
export { call as apiCall };
