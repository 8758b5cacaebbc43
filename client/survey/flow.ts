/**
 * The questionnaire's path, as data: the steps of one interview are the enabled questions in the
 * session's order, then the last screen that saves it. Moving is pure (step in, step out), so the whole
 * flow is tested in Node; skipping a question also clears what was picked on it, since "skip" means
 * "no answer".
 */
import {
  EMPTY_ANSWERS,
  type InterviewAnswers,
  QUESTION_IDS,
  type QuestionId,
  type Questionnaire,
} from '../../shared/schema/survey';

export type Step = QuestionId | 'finish';

/**
 * The questions to ask, in order, each once. A questionnaire that names a question twice or not at all
 * (an old or odd session) still asks each enabled question once; the neighbourhood is asked only when
 * the concertation has neighbourhoods to offer.
 */
export function stepsOf(questionnaire: Questionnaire, neighbourhoods: readonly string[]): Step[] {
  const steps: Step[] = [];
  for (const { id, enabled } of questionnaire) {
    if (!enabled || steps.includes(id) || !(QUESTION_IDS as readonly string[]).includes(id)) continue;
    if (id === 'neighbourhood' && neighbourhoods.length === 0) continue;
    steps.push(id);
  }
  steps.push('finish');
  return steps;
}

export function next(steps: readonly Step[], index: number): number {
  return Math.min(Math.max(index, 0) + 1, steps.length - 1);
}

export function previous(index: number): number {
  return Math.max(index - 1, 0);
}

/** Leaves the question unanswered and moves on. */
export function skip(
  steps: readonly Step[],
  index: number,
  answers: InterviewAnswers,
): { index: number; answers: InterviewAnswers } {
  const step = steps[index];
  const cleared = step && step !== 'finish' ? clearAnswer(answers, step) : answers;
  return { index: next(steps, index), answers: cleared };
}

export function clearAnswer(answers: InterviewAnswers, question: QuestionId): InterviewAnswers {
  switch (question) {
    case 'equipment':
      return { ...answers, equipment: {} };
    case 'uses':
    case 'difficulties':
    case 'help':
      return { ...answers, [question]: [] };
    default:
      return { ...answers, [question]: EMPTY_ANSWERS[question] };
  }
}

/** Questions done out of the questions asked: the progress bar (the last screen is full). */
export function progress(steps: readonly Step[], index: number): { done: number; total: number } {
  const total = steps.length - 1;
  return { done: Math.min(Math.max(index, 0), total), total };
}

/** Whether anything was picked on this question (the button then reads "next" instead of "skip"). */
export function isAnswered(answers: InterviewAnswers, question: QuestionId): boolean {
  switch (question) {
    case 'equipment':
      return Object.keys(answers.equipment).length > 0;
    case 'uses':
    case 'difficulties':
    case 'help':
      return answers[question].length > 0;
    default:
      return answers[question] !== null;
  }
}

/** Picks or unpicks one entry of a multi-choice answer; "nobody" and the others exclude each other. */
export function toggleListAnswer<K extends 'uses' | 'difficulties' | 'help'>(
  answers: InterviewAnswers,
  question: K,
  value: string,
): InterviewAnswers {
  const current = answers[question] as readonly string[];
  if (current.includes(value)) return { ...answers, [question]: current.filter((entry) => entry !== value) };
  if (question === 'help') {
    const help = value === 'nobody' ? [value] : [...current.filter((entry) => entry !== 'nobody'), value];
    return { ...answers, help: help as InterviewAnswers['help'] };
  }
  return { ...answers, [question]: [...current, value] };
}
