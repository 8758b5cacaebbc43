import { SURVEY_DOC, type SurveyDocName } from './survey';

/** The three Yjs documents of a workshop. They are split so the server can grant write access per document. */
export const DOC_NAMES = ['control', 'board', 'plan'] as const;
export type DocName = (typeof DOC_NAMES)[number];

export const ROLES = ['facilitator', 'participant', 'stakeholder', 'viewer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * A token's role: a workshop's four, or a street-survey session's interviewer (PRODUCT.md §4 "Survey").
 * Kept apart from ROLES, which the client's tables of a workshop's screens are keyed by.
 */
export type TokenRole = Role | 'interviewer';

/** A document the sync server opens: a workshop's three, or a survey session's `survey`. */
export type SyncedDocName = DocName | SurveyDocName;

/** PRODUCT.md §3: the server enforces this table on every message, the UI only mirrors it. */
const WRITERS: Record<DocName, readonly Role[]> = {
  control: ['facilitator'],
  board: ['facilitator', 'participant'],
  plan: ['facilitator', 'stakeholder'],
};

/** Only interviewers write a survey session; they write nothing of a workshop. */
export function canWrite(role: TokenRole, doc: SyncedDocName): boolean {
  if (doc === SURVEY_DOC) return role === 'interviewer';
  return role !== 'interviewer' && WRITERS[doc].includes(role);
}

export function isDocName(value: string): value is DocName {
  return (DOC_NAMES as readonly string[]).includes(value);
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}

export function isSyncedDocName(value: string): value is SyncedDocName {
  return value === SURVEY_DOC || isDocName(value);
}
