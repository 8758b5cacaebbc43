import { describe, expect, it } from 'vitest';
import { actionCompleteness, actionProblems } from '../../../shared/model/actionChecks';
import { parseBudget } from '../../../shared/model/budget';
import { defaultAction } from '../../../shared/schema/defaults';
import type { Action } from '../../../shared/schema/plan';

const span = { start: '2027-01', end: '2030-12' };

function action(fields: Partial<Action>): Action {
  return { ...defaultAction('a'), ...fields };
}

const complete = action({
  title: 'Permanences numériques',
  nature: 'continue',
  owner: 'CCAS',
  objectives: 'Accompagner les démarches',
  audience: 'Habitants du quartier',
  start: '2027-03',
  end: '2028-02',
});

describe('actionCompleteness', () => {
  it('is empty for a complete action', () => {
    expect(actionCompleteness(complete)).toEqual([]);
  });

  it('lists missing required fields in form order; blanks count as missing', () => {
    expect(actionCompleteness(defaultAction('a'))).toEqual([
      'title',
      'owner',
      'objectives',
      'start',
      'end',
      'audience',
    ]);
    expect(actionCompleteness({ ...complete, title: '   ', nature: 'soon' as Action['nature'] })).toEqual([
      'title',
      'nature',
    ]);
  });

  it('counts an end before the start, or an invalid month, as missing', () => {
    expect(actionCompleteness({ ...complete, end: '2027-01' })).toEqual(['end']);
    expect(actionCompleteness({ ...complete, start: 'mars 2027' })).toEqual(['start']);
  });
});

describe('actionProblems', () => {
  it('finds nothing in a sound action', () => {
    expect(actionProblems({ ...complete, budget: '5 000 €', links: ['p1'] }, span, ['p1', 'p2'])).toEqual([]);
  });

  it('flags end before start, empty title, months outside the span or malformed', () => {
    expect(actionProblems(action({ start: '2031-02', end: '2026-05' }), span, [])).toEqual([
      { field: 'title', code: 'emptyTitle' },
      { field: 'start', code: 'outsideSpan' },
      { field: 'end', code: 'outsideSpan' },
      { field: 'end', code: 'endBeforeStart' },
    ]);
    expect(actionProblems({ ...complete, start: '2027-13' }, span, [])).toEqual([
      { field: 'start', code: 'invalidMonth' },
    ]);
  });

  it('does not flag months when the span itself is malformed', () => {
    expect(
      actionProblems({ ...complete, start: '2040-01', end: '2041-01' }, { start: '', end: '' }, []),
    ).toEqual([]);
  });

  it('flags budgets that are not a number, accepting French formats', () => {
    for (const budget of ['5 000 €', '1 200,50', '3000', '5\u202f000 EUR', '1.200,50 euros', '']) {
      expect(actionProblems({ ...complete, budget }, span, [])).toEqual([]);
    }
    expect(actionProblems({ ...complete, budget: 'environ 5 000 €' }, span, [])).toEqual([
      { field: 'budget', code: 'budgetNotNumber' },
    ]);
  });

  it('flags each linked board item that was deleted', () => {
    expect(actionProblems({ ...complete, links: ['p1', 'gone'] }, span, new Set(['p1']))).toEqual([
      { field: 'links', code: 'linkedItemDeleted', itemId: 'gone' },
    ]);
  });
});

describe('parseBudget', () => {
  it.each([
    ['5 000 €', 5000],
    ['5\u00a0000\u00a0€', 5000],
    ['1 200,50', 1200.5],
    ['1.200,50 €', 1200.5],
    ['5.000', 5000],
    ['1200.50', 1200.5],
    ['3000 euros', 3000],
    ['0', 0],
    ['-500 €', -500],
  ])('%s → %d', (text, value) => {
    expect(parseBudget(text)).toBe(value);
  });

  it.each(['', 'environ 5 000 €', 'à définir', '5 000 € / an', '1,2,3', '€'])(
    '%s is not a number',
    (text) => {
      expect(parseBudget(text)).toBeNull();
    },
  );
});
