/**
 * A concertation's street-survey sessions (PRODUCT.md §4 "Survey"), in the same SQLite file as the
 * workshops. A session's interviews live in its `survey` document (the `updates` and `snapshots` tables,
 * keyed by the session id as a workshop's documents are by theirs); its interviewer tokens live in the
 * `tokens` table with the session id as `workshop_id` and the role `interviewer` (a phone's own token
 * has a `seat_id`). The shared interviewer token is kept sealed for the lead, as workshops' tokens are.
 */
import type Database from 'libsql';
import { DEFAULT_QUESTIONNAIRE, type Questionnaire } from '../../shared/schema/survey';

export const SURVEY_SCHEMA = `
CREATE TABLE IF NOT EXISTS surveys (
  id TEXT PRIMARY KEY,
  concertation_id TEXT NOT NULL,
  place TEXT NOT NULL,
  date TEXT NOT NULL,
  questionnaire TEXT NOT NULL,
  sealed_token BLOB,
  created_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS surveys_by_concertation ON surveys (concertation_id, created_at);
`;

export interface SurveyRecord {
  id: string;
  concertationId: string;
  place: string;
  date: string;
  questionnaire: Questionnaire;
  /** The shared interviewer token, sealed for the lead (see sealedTokens.ts). */
  sealedToken: Uint8Array | null;
  createdAt: number;
}

export interface SurveyStore {
  /** The session and its shared interviewer token (by hash), in one transaction. */
  create(record: SurveyRecord, interviewerHash: string): void;
  get(id: string): SurveyRecord | null;
  /** A concertation's sessions, in the order they were made. */
  of(concertationId: string): SurveyRecord[];
  setQuestionnaire(id: string, questionnaire: Questionnaire): void;
  /** Phones that traded the shared link for a seat of their own. */
  seatCount(id: string): number;
  /**
   * Removes the session and its tokens in one transaction: from then on it exists for no one. Its
   * document is erased afterwards by the store's eraser (`eraseDeleted`).
   */
  delete(id: string): void;
}

type Row = Record<string, unknown>;

export function surveyRows(db: Database.Database, onDeleted: (id: string) => void): SurveyStore {
  const columns = 'id, concertation_id, place, date, questionnaire, sealed_token, created_at';
  const statements = {
    insert: db.prepare(`INSERT INTO surveys (${columns}) VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertToken: db.prepare(
      "INSERT INTO tokens (hash, workshop_id, role, seat_id) VALUES (?, ?, 'interviewer', NULL)",
    ),
    get: db.prepare(`SELECT ${columns} FROM surveys WHERE id = ?`),
    of: db.prepare(`SELECT ${columns} FROM surveys WHERE concertation_id = ? ORDER BY created_at, id`),
    setQuestionnaire: db.prepare('UPDATE surveys SET questionnaire = ? WHERE id = ?'),
    seats: db.prepare('SELECT COUNT(*) AS n FROM tokens WHERE workshop_id = ? AND seat_id IS NOT NULL'),
    deleteTokens: db.prepare('DELETE FROM tokens WHERE workshop_id = ?'),
    delete: db.prepare('DELETE FROM surveys WHERE id = ?'),
  };
  return {
    create(record, interviewerHash) {
      db.transaction(() => {
        statements.insert.run([
          record.id,
          record.concertationId,
          record.place,
          record.date,
          JSON.stringify(record.questionnaire),
          record.sealedToken,
          record.createdAt,
        ]);
        statements.insertToken.run([interviewerHash, record.id]);
      })();
    },
    get(id) {
      return toSurvey(statements.get.get([id]) as Row | undefined);
    },
    of(concertationId) {
      return (statements.of.all([concertationId]) as Row[]).map((row) => toSurvey(row) as SurveyRecord);
    },
    setQuestionnaire(id, questionnaire) {
      statements.setQuestionnaire.run([JSON.stringify(questionnaire), id]);
    },
    seatCount(id) {
      const row = statements.seats.get([id]) as Row | undefined;
      return Number(row?.n ?? 0);
    },
    delete(id) {
      db.transaction(() => {
        statements.deleteTokens.run([id]);
        statements.delete.run([id]);
      })();
      onDeleted(id);
    },
  };
}

function toSurvey(row: Row | undefined): SurveyRecord | null {
  if (!row) return null;
  return {
    id: String(row.id),
    concertationId: String(row.concertation_id),
    place: String(row.place),
    date: String(row.date),
    questionnaire: parseQuestionnaire(row.questionnaire),
    sealedToken: row.sealed_token instanceof Uint8Array ? row.sealed_token : bytesOf(row.sealed_token),
    createdAt: Number(row.created_at),
  };
}

/** Written by this server only, after validation; a damaged row reads as the default questionnaire. */
function parseQuestionnaire(value: unknown): Questionnaire {
  try {
    const parsed: unknown = JSON.parse(String(value));
    return Array.isArray(parsed) ? (parsed as Questionnaire) : DEFAULT_QUESTIONNAIRE;
  } catch {
    return DEFAULT_QUESTIONNAIRE;
  }
}

function bytesOf(value: unknown): Uint8Array | null {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : null;
}
