/**
 * The questionnaire editor's moves, pure: turn a question on or off, move it up or down. Questions can
 * be neither added nor removed (shared/schema/survey.ts), so every move keeps each question exactly
 * once, and a list the server sent with a question missing (an older session) gets it back, on, at the end.
 */
import {
  DEFAULT_QUESTIONNAIRE,
  QUESTION_IDS,
  type QuestionId,
  type Questionnaire,
} from '../../../shared/schema/survey';

/** Each question once, in the order given, the missing ones after; unknown ids dropped. */
export function completeQuestionnaire(
  questionnaire: readonly { id: string; enabled: boolean }[],
): Questionnaire {
  const seen = new Set<string>();
  const kept: Questionnaire = [];
  for (const question of questionnaire) {
    if (!(QUESTION_IDS as readonly string[]).includes(question.id) || seen.has(question.id)) continue;
    seen.add(question.id);
    kept.push({ id: question.id as QuestionId, enabled: question.enabled !== false });
  }
  return [...kept, ...DEFAULT_QUESTIONNAIRE.filter((question) => !seen.has(question.id))];
}

export function toggleQuestion(questionnaire: Questionnaire, id: QuestionId): Questionnaire {
  return questionnaire.map((question) =>
    question.id === id ? { id, enabled: !question.enabled } : question,
  );
}

/** `by` −1 moves it up, +1 down; at either end nothing moves. */
export function moveQuestion(questionnaire: Questionnaire, id: QuestionId, by: -1 | 1): Questionnaire {
  const from = questionnaire.findIndex((question) => question.id === id);
  const to = from + by;
  if (from < 0 || to < 0 || to >= questionnaire.length) return questionnaire;
  const moved = [...questionnaire];
  [moved[from], moved[to]] = [moved[to] as Questionnaire[number], moved[from] as Questionnaire[number]];
  return moved;
}

export function sameQuestionnaire(a: Questionnaire, b: Questionnaire): boolean {
  return (
    a.length === b.length &&
    a.every((question, index) => question.id === b[index]?.id && question.enabled === b[index]?.enabled)
  );
}
