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
}

export interface ApiError {
  error: string;
  message: string;
}

/** Header a device may send with join attempts, so one NAT address is not locked out by one tablet. */
export const DEVICE_HEADER = 'x-fresco-device';

export const EXPORT_FORMATS = ['docx', 'odt', 'pdf', 'md', 'json', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
