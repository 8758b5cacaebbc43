import type { Role } from '../schema/roles';

/** Bodies of the HTTP API (PRODUCT.md §4), shared so the client and the tests type them the same way. */

export interface CreateWorkshopRequest {
  title: string;
  place?: string;
  date?: string;
}

export interface WorkshopTokens {
  facilitator: string;
  participant: string;
  stakeholder: string;
  viewer: string;
}

export interface CreateWorkshopResponse {
  id: string;
  joinCode: string;
  tokens: WorkshopTokens;
}

export interface JoinRequest {
  code: string;
}

export interface JoinResponse {
  workshopId: string;
  token: string;
  /** The seat this token writes as (its id in the board's `participants`). */
  seatId: string;
}

export interface WorkshopInfo {
  id: string;
  title: string;
  role: Role;
  /** Present for participant tokens: the seat this token is bound to. */
  seatId?: string;
  /** Present for the facilitator: the join code to show on the projector. */
  joinCode?: string;
  /** Present when the workshop belongs to a concertation (PRODUCT.md §4 "Concertation"). */
  concertationId?: string;
  kind?: 'residents' | 'stakeholders';
}

/**
 * `GET /api/workshops/:id/join-status` (facilitator token). Wrong join codes cannot be tied to a
 * workshop (they name none), so the count is the whole server's: every facilitator sees the notice.
 */
export interface JoinStatus {
  /** Wrong or refused join attempts on this server in the last `windowMinutes`. */
  wrongAttempts: number;
  windowMinutes: number;
}

export interface ApiError {
  error: string;
  message: string;
}

/** Header a device may send with join attempts, so one NAT address is not locked out by one tablet. */
export const DEVICE_HEADER = 'x-fresco-device';

export const EXPORT_FORMATS = ['docx', 'odt', 'pdf', 'md', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
