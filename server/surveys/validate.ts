/** What the lead sends to make or set up a survey session: clear messages, never a crash. */
import type { CreateSurveyRequest } from '../../shared/protocol/survey';
import { QUESTION_IDS, type QuestionId, type Questionnaire } from '../../shared/schema/survey';
import { HttpError } from '../http/respond';
import { isIsoDate } from '../workshops/validate';

const PLACE_MAX = 120;

export function parseSurveyInput(
  body: Record<string, unknown>,
  today: string,
): Required<CreateSurveyRequest> {
  const { place, date } = body;
  if (typeof place !== 'string' || place.trim() === '') {
    throw new HttpError(400, 'invalid_place', 'A survey session needs a place (a street, a school gate…).');
  }
  if (place.trim().length > PLACE_MAX) {
    throw new HttpError(400, 'invalid_place', `The place is longer than ${PLACE_MAX} characters.`);
  }
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) {
    throw new HttpError(400, 'invalid_date', 'The date must be a real day written YYYY-MM-DD.');
  }
  return { place: place.trim(), date: date ?? today };
}

/** Questions may be turned off or reordered, never added or dropped: every question id exactly once. */
export function parseQuestionnaire(body: Record<string, unknown>): Questionnaire {
  const { questionnaire } = body;
  const invalid = (message: string) => new HttpError(400, 'invalid_questionnaire', message);
  if (!Array.isArray(questionnaire)) {
    throw invalid('The questionnaire must be a list of { "id", "enabled" }, one per question.');
  }
  const seen = new Set<string>();
  const parsed: Questionnaire = [];
  for (const entry of questionnaire as unknown[]) {
    const id =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).id : undefined;
    const enabled =
      typeof entry === 'object' && entry !== null ? (entry as Record<string, unknown>).enabled : undefined;
    if (typeof id !== 'string' || !(QUESTION_IDS as readonly string[]).includes(id)) {
      throw invalid(`Unknown question. The questions are: ${QUESTION_IDS.join(', ')}.`);
    }
    if (typeof enabled !== 'boolean') throw invalid(`Question ${id}: "enabled" must be true or false.`);
    if (seen.has(id)) throw invalid(`Question ${id} is listed twice.`);
    seen.add(id);
    parsed.push({ id: id as QuestionId, enabled });
  }
  const missing = QUESTION_IDS.filter((id) => !seen.has(id));
  if (missing.length > 0) throw invalid(`Every question must be listed; missing: ${missing.join(', ')}.`);
  return parsed;
}
