/**
 * The interviewer's writes: the only place the phone writes the survey document. An interview is saved
 * whole from the last screen, as this phone's seat, and a fresh one starts at once; a second tap on
 * "save" while the first is being written saves nothing twice (the draft is gone by then).
 */
import { saveInterview } from '../../shared/ops/survey/interviews';
import { type CommandResult, OK, refused } from '../commands/result';
import { isAnswered } from './flow';
import { currentSurvey } from './openSurvey';
import { useSurveyStore } from './useSurveyStore';

export type SurveyRefusal = 'not_open' | 'not_interviewing' | 'empty';

/** Saves the interview being asked and starts the next one at its first question. */
export function saveAndStartNew(now = Date.now()): CommandResult<SurveyRefusal> {
  const session = currentSurvey();
  const store = useSurveyStore.getState();
  if (!session || store.opening !== 'open') return refused('not_open');
  if (store.step === null) return refused('not_interviewing');
  const { answers, steps } = store;
  // An interview where every question was skipped tells the diagnostic nothing.
  if (!steps.some((step) => step !== 'finish' && isAnswered(answers, step))) return refused('empty');
  const id = saveInterview(session.doc, { answers, author: session.seatId, now }, session.origin);
  store.interviewSaved();
  return { ...OK, id };
}
