/**
 * What a fiche action still lacks and what looks wrong in it. The editor shows both as draft warnings,
 * the exports list them; nothing here changes the action.
 */
import type { YearMonth } from '../schema/control';
import { type Action, NATURES } from '../schema/plan';
import { parseBudget } from './budget';
import { isYearMonth } from './yearMonth';

export const REQUIRED_ACTION_FIELDS = [
  'title',
  'nature',
  'owner',
  'objectives',
  'start',
  'end',
  'audience',
] as const;
export type RequiredActionField = (typeof REQUIRED_ACTION_FIELDS)[number];

/** Required fields that are missing, in form order. `end` counts as missing when before `start`. */
export function actionCompleteness(action: Action): RequiredActionField[] {
  const missing: RequiredActionField[] = [];
  if (isBlank(action.title)) missing.push('title');
  if (!(NATURES as readonly string[]).includes(action.nature)) missing.push('nature');
  if (isBlank(action.owner)) missing.push('owner');
  if (isBlank(action.objectives)) missing.push('objectives');
  const startValid = isYearMonth(action.start);
  if (!startValid) missing.push('start');
  if (!isYearMonth(action.end) || (startValid && action.end < action.start)) missing.push('end');
  if (isBlank(action.audience)) missing.push('audience');
  return missing;
}

export type ActionProblemCode =
  | 'emptyTitle'
  | 'invalidMonth'
  | 'endBeforeStart'
  | 'outsideSpan'
  | 'budgetNotNumber'
  | 'linkedItemDeleted';

export interface ActionProblem {
  field: 'title' | 'start' | 'end' | 'budget' | 'links';
  code: ActionProblemCode;
  /** For `linkedItemDeleted`: the board item that is gone. */
  itemId?: string;
}

/**
 * Problems to flag. `span` is the plan's calendar (control `timelineStart`/`timelineEnd`);
 * `boardItemIds` the ids of items that still exist on the board. An empty month or budget is not a
 * problem here (actionCompleteness reports missing months; a budget is optional).
 */
export function actionProblems(
  action: Action,
  span: { start: YearMonth; end: YearMonth },
  boardItemIds: Iterable<string>,
): ActionProblem[] {
  const problems: ActionProblem[] = [];
  if (isBlank(action.title)) problems.push({ field: 'title', code: 'emptyTitle' });
  const spanValid = isYearMonth(span.start) && isYearMonth(span.end);
  for (const field of ['start', 'end'] as const) {
    const month = action[field];
    if (month === '') continue;
    if (!isYearMonth(month)) problems.push({ field, code: 'invalidMonth' });
    else if (spanValid && (month < span.start || month > span.end))
      problems.push({ field, code: 'outsideSpan' });
  }
  if (isYearMonth(action.start) && isYearMonth(action.end) && action.end < action.start) {
    problems.push({ field: 'end', code: 'endBeforeStart' });
  }
  if (!isBlank(action.budget) && parseBudget(action.budget) === null) {
    problems.push({ field: 'budget', code: 'budgetNotNumber' });
  }
  const existing =
    boardItemIds instanceof Set ? (boardItemIds as ReadonlySet<string>) : new Set(boardItemIds);
  for (const itemId of action.links) {
    if (!existing.has(itemId)) problems.push({ field: 'links', code: 'linkedItemDeleted', itemId });
  }
  return problems;
}

function isBlank(value: string): boolean {
  return value.trim() === '';
}
