/**
 * Bodies of the survey API (PRODUCT.md §4 "Survey"), shared by the client, server and tests.
 *
 * - `POST /api/concertations/:id/surveys` (lead) `{ place, date? }` → 201 `CreateSurveyResponse`.
 * - `GET /api/surveys/:id` (an interviewer token of the session, or the lead's) → 200 `SurveyInfo`:
 *   what an interviewer's phone keeps to work offline all morning.
 * - `POST /api/surveys/:id/seat` (the session's shared interviewer token) → 200 `SurveySeatResponse`:
 *   a token of this phone's own, bound to a new seat, as `POST /api/join` gives a resident's tablet.
 * - `PUT /api/concertations/:id/surveys/:surveyId/questionnaire` (lead) `{ questionnaire }` → 200
 *   `SurveyInfo`: questions turned off or reordered; every question id exactly once.
 * - `DELETE /api/concertations/:id/surveys/:surveyId` (lead) → 204: the session and its interviews.
 * - `GET /api/concertations/:id` lists the sessions as `surveys` (`ConcertationSurvey`).
 */
import type { Questionnaire } from '../schema/survey';

export interface CreateSurveyRequest {
  place: string;
  /** `YYYY-MM-DD`; today when absent. */
  date?: string;
}

export interface CreateSurveyResponse {
  id: string;
  /** The shared interviewer token: the link `/s/<id>#token=<token>`. */
  token: string;
}

export interface SurveyInfo {
  id: string;
  concertationId: string;
  concertationTitle: string;
  city: string;
  place: string;
  date: string;
  questionnaire: Questionnaire;
  /** The places of the concertation's residents' workshops: the neighbourhood question's answers. */
  neighbourhoods: string[];
  role: 'interviewer' | 'lead';
  /** For a phone's own token. */
  seatId?: string;
}

export interface SurveySeatResponse {
  token: string;
  seatId: string;
}

export interface SetQuestionnaireRequest {
  questionnaire: Questionnaire;
}

/** A session as the lead's page lists it; `token` for the lead only. */
export interface ConcertationSurvey {
  id: string;
  place: string;
  date: string;
  interviews: number;
  questionnaire: Questionnaire;
  /** The shared interviewer token (lead only). */
  token?: string;
}

/** The survey link of a session. */
export function surveyPath(surveyId: string, token: string): string {
  return `/s/${encodeURIComponent(surveyId)}#token=${encodeURIComponent(token)}`;
}
