/** Odd input of a fiche, grouped by the field it is shown at (PRODUCT odd-input rule: shown, never fixed). */
import type { TFunction } from 'i18next';
import type { ActionProblem } from '../../../shared/model/actionChecks';
import type { Action } from '../../../shared/schema/plan';

export type ProblemField = ActionProblem['field'];

export function problemsByField(problems: readonly ActionProblem[]): Map<ProblemField, ActionProblem[]> {
  const map = new Map<ProblemField, ActionProblem[]>();
  for (const problem of problems) map.set(problem.field, [...(map.get(problem.field) ?? []), problem]);
  return map;
}

/** A plain sentence for one problem, saying what is kept and what to do. */
export function problemText(
  t: TFunction<'plan'>,
  problem: ActionProblem,
  action: Action,
  span: { start: string; end: string },
): string {
  switch (problem.code) {
    case 'emptyTitle':
      return t('problem.emptyTitle');
    case 'invalidMonth':
      return t('problem.invalidMonth', { value: problem.field === 'end' ? action.end : action.start });
    case 'endBeforeStart':
      return t('problem.endBeforeStart');
    case 'outsideSpan':
      return t('problem.outsideSpan', { start: span.start, end: span.end });
    case 'budgetNotNumber':
      return t('problem.budgetNotNumber');
    case 'linkedItemDeleted':
      return t('problem.linkedItemDeleted');
  }
}
