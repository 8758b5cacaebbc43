/** The questionnaire editor's moves: every question stays listed exactly once, whatever is clicked. */
import { describe, expect, test } from 'vitest';
import {
  completeQuestionnaire,
  moveQuestion,
  toggleQuestion,
} from '../../../client/screens/concertation/questionnaireEdit';
import { DEFAULT_QUESTIONNAIRE, type Questionnaire } from '../../../shared/schema/survey';

const ids = (questionnaire: Questionnaire) => questionnaire.map((question) => question.id);

describe('the questionnaire editor', () => {
  test('moves a question up and down, and not past either end', () => {
    const down = moveQuestion(DEFAULT_QUESTIONNAIRE, 'ageBand', 1);
    expect(ids(down).slice(0, 3)).toEqual(['neighbourhood', 'ageBand', 'equipment']);
    expect(moveQuestion(down, 'ageBand', -1)).toEqual(DEFAULT_QUESTIONNAIRE);
    expect(moveQuestion(DEFAULT_QUESTIONNAIRE, 'ageBand', -1)).toBe(DEFAULT_QUESTIONNAIRE);
    expect(moveQuestion(DEFAULT_QUESTIONNAIRE, 'socialFragility', 1)).toBe(DEFAULT_QUESTIONNAIRE);
  });

  test('turns a question off and on in its place', () => {
    const off = toggleQuestion(DEFAULT_QUESTIONNAIRE, 'help');
    expect(off.find((question) => question.id === 'help')).toEqual({ id: 'help', enabled: false });
    expect(ids(off)).toEqual(ids(DEFAULT_QUESTIONNAIRE));
    expect(toggleQuestion(off, 'help')).toEqual(DEFAULT_QUESTIONNAIRE);
  });

  test('lists every question once, even from a list with one missing, twice or unknown', () => {
    const read = completeQuestionnaire([
      { id: 'help', enabled: false },
      { id: 'help', enabled: true },
      { id: 'shoeSize', enabled: true },
      { id: 'ageBand', enabled: true },
    ]);
    expect(ids(read)).toEqual([
      'help',
      'ageBand',
      'neighbourhood',
      'equipment',
      'uses',
      'difficulties',
      'wouldCome',
      'digitalFragility',
      'socialFragility',
    ]);
    expect(read[0]).toEqual({ id: 'help', enabled: false });
  });
});
