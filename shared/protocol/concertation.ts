/** Bodies of the concertation API (PRODUCT.md §4 "Concertation"), shared by the client, server and tests. */
import type { CreateWorkshopResponse } from './http';
import type { ConcertationSurvey } from './survey';

export const WORKSHOP_KINDS = ['residents', 'stakeholders'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export interface CreateConcertationRequest {
  title: string;
  city?: string;
}

export interface CreateConcertationResponse {
  id: string;
  /** The lead's (pilote's) token. */
  token: string;
}

export interface CreateConcertationWorkshopRequest {
  title: string;
  place?: string;
  date?: string;
  kind: WorkshopKind;
}

export interface ConcertationWorkshopCreated extends CreateWorkshopResponse {
  concertationId: string;
  kind: WorkshopKind;
}

/** What the lead's page shows of each workshop; the `tokens` and state only for the lead. */
export interface ConcertationWorkshop {
  id: string;
  title: string;
  place: string;
  date: string;
  kind: WorkshopKind;
  /** Lead only. */
  tokens?: CreateWorkshopResponse['tokens'];
  joinCode?: string;
  state?: WorkshopState;
}

export interface WorkshopState {
  phase: string;
  residents: number;
  items: number;
  /** Milliseconds since the epoch of the last stored change, or null when nothing was written. */
  lastActivity: number | null;
}

export interface ConcertationInfo {
  id: string;
  title: string;
  city: string;
  workshops: ConcertationWorkshop[];
  /** The street-survey sessions (shared/protocol/survey.ts); each interviewer link for the lead only. */
  surveys: ConcertationSurvey[];
  /** Whether the caller is the lead (sees tokens) or a workshop's facilitator or stakeholder. */
  role: 'lead' | 'member';
}
