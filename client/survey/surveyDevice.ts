/**
 * What an interviewer's phone keeps about a survey session in localStorage, keyed by the session id:
 * its own seat token and seat, the SurveyInfo (questionnaire, neighbourhoods) and the last state vector
 * the server said it stored. A reload on the pavement finds all of it with no network; the vector tells
 * which interviews were already sent before the phone left the wifi.
 */
import type { SurveyInfo } from '../../shared/protocol/survey';
import { isRecord, readJson, writeJson } from '../storage/localJson';

export interface KeptSurvey {
  /** This phone's own token (never the shared link's). */
  token: string;
  seatId: string;
  info: SurveyInfo;
  /** When the phone last checked the session with the server (epoch ms). */
  checkedAt: number;
  /** When the phone was first ready for the street (every check passed), or absent. */
  readyAt?: number;
}

const keyOf = (surveyId: string) => `fresco.survey.${surveyId}`;
const vectorKeyOf = (surveyId: string) => `fresco.survey.${surveyId}.stored`;

function isKept(value: unknown): value is KeptSurvey {
  return (
    isRecord(value) &&
    typeof value.token === 'string' &&
    typeof value.seatId === 'string' &&
    isRecord(value.info) &&
    Array.isArray(value.info.questionnaire) &&
    Array.isArray(value.info.neighbourhoods)
  );
}

export function recallSurvey(surveyId: string): KeptSurvey | null {
  return readJson<KeptSurvey | null>(
    keyOf(surveyId),
    (value): value is KeptSurvey | null => isKept(value),
    null,
  );
}

export function keepSurvey(surveyId: string, kept: KeptSurvey): boolean {
  return writeJson(keyOf(surveyId), kept);
}

/** The server's stored state vector as [client, clock] pairs, or an empty one. */
export function recallStoredVector(surveyId: string): Map<number, number> {
  const pairs = readJson<Array<[number, number]>>(
    vectorKeyOf(surveyId),
    (value): value is Array<[number, number]> =>
      Array.isArray(value) &&
      value.every(
        (pair) =>
          Array.isArray(pair) && pair.length === 2 && pair.every((part) => Number.isSafeInteger(part)),
      ),
    [],
  );
  return new Map(pairs);
}

export function keepStoredVector(surveyId: string, vector: ReadonlyMap<number, number>): void {
  writeJson(vectorKeyOf(surveyId), [...vector]);
}
