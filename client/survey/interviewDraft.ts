/**
 * The interview being asked, kept on the phone at every answer: a reload or a phone that closed the
 * tab mid-interview comes back at the same question with the same answers, instead of asking the
 * passer-by again. Cleared when the interview is saved or dropped; never sent anywhere.
 */
import type { InterviewAnswers } from '../../shared/schema/survey';
import { EMPTY_ANSWERS } from '../../shared/schema/survey';
import { isRecord, readJson, removeKey, writeJson } from '../storage/localJson';
import { useSurveyStore } from './useSurveyStore';

interface Draft {
  step: number;
  answers: InterviewAnswers;
}

const keyOf = (surveyId: string) => `fresco.survey.${surveyId}.draft`;

function isDraft(value: unknown): value is Draft {
  if (!isRecord(value) || !Number.isInteger(value.step) || !isRecord(value.answers)) return false;
  const answers = value.answers;
  return (
    Array.isArray(answers.uses) &&
    Array.isArray(answers.difficulties) &&
    Array.isArray(answers.help) &&
    isRecord(answers.equipment)
  );
}

/** Puts a kept interview back on screen, if there is one; then keeps every change until it ends. */
export function keepInterviewDraft(surveyId: string): () => void {
  const kept = readJson<Draft | null>(
    keyOf(surveyId),
    (value): value is Draft | null => isDraft(value),
    null,
  );
  if (kept) useSurveyStore.getState().resumeInterview(kept.step, { ...EMPTY_ANSWERS, ...kept.answers });
  return useSurveyStore.subscribe((state, before) => {
    if (state.step === before.step && state.answers === before.answers) return;
    if (state.step === null) removeKey(keyOf(surveyId));
    else if (state.answers === EMPTY_ANSWERS && state.step === 0) removeKey(keyOf(surveyId));
    else writeJson(keyOf(surveyId), { step: state.step, answers: state.answers } satisfies Draft);
  });
}
