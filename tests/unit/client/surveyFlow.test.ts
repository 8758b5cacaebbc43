/**
 * The interviewer's path through the questionnaire (client/survey/flow.ts): only the enabled questions,
 * in the session's order, then the last screen; back, next and skip never leave the path; skipping clears
 * the question's answer; "nobody" and the other helpers exclude each other.
 */
import { describe, expect, it } from 'vitest';
import {
  clearAnswer,
  isAnswered,
  next,
  previous,
  progress,
  skip,
  stepsOf,
  toggleListAnswer,
} from '../../../client/survey/flow';
import { EMPTY_ANSWERS, type Questionnaire } from '../../../shared/schema/survey';

const ALL_ON: Questionnaire = [
  { id: 'ageBand', enabled: true },
  { id: 'neighbourhood', enabled: true },
  { id: 'equipment', enabled: true },
  { id: 'uses', enabled: true },
  { id: 'difficulties', enabled: true },
  { id: 'help', enabled: true },
  { id: 'wouldCome', enabled: true },
  { id: 'digitalFragility', enabled: true },
  { id: 'socialFragility', enabled: true },
];

describe('the steps of an interview', () => {
  it('are every enabled question in the order given, then the last screen', () => {
    const reordered: Questionnaire = [
      { id: 'help', enabled: true },
      { id: 'ageBand', enabled: false },
      { id: 'uses', enabled: true },
      { id: 'neighbourhood', enabled: true },
      { id: 'socialFragility', enabled: false },
    ];
    expect(stepsOf(reordered, ['Jas de Bouffan'])).toEqual(['help', 'uses', 'neighbourhood', 'finish']);
  });

  it('leave out the neighbourhood when the concertation has none to offer', () => {
    expect(stepsOf(ALL_ON, [])).toEqual([
      'ageBand',
      'equipment',
      'uses',
      'difficulties',
      'help',
      'wouldCome',
      'digitalFragility',
      'socialFragility',
      'finish',
    ]);
  });

  it('ask a question named twice once, and ignore an id this phone does not know', () => {
    const odd = [
      { id: 'uses', enabled: true },
      { id: 'uses', enabled: true },
      { id: 'shoeSize', enabled: true },
    ] as unknown as Questionnaire;
    expect(stepsOf(odd, ['Encagnane'])).toEqual(['uses', 'finish']);
  });

  it('are only the last screen when every question is off', () => {
    const off = ALL_ON.map((question) => ({ ...question, enabled: false }));
    expect(stepsOf(off, ['Encagnane'])).toEqual(['finish']);
    expect(progress(['finish'], 0)).toEqual({ done: 0, total: 0 });
  });
});

describe('moving along them', () => {
  const steps = stepsOf(
    [
      { id: 'ageBand', enabled: true },
      { id: 'uses', enabled: true },
      { id: 'wouldCome', enabled: true },
    ],
    [],
  );

  it('goes forward and back and stops at both ends', () => {
    expect(steps).toEqual(['ageBand', 'uses', 'wouldCome', 'finish']);
    expect(next(steps, 0)).toBe(1);
    expect(next(steps, 2)).toBe(3);
    expect(next(steps, 3)).toBe(3);
    expect(previous(3)).toBe(2);
    expect(previous(0)).toBe(0);
  });

  it('counts the progress in questions done, the last screen being all done', () => {
    expect(progress(steps, 0)).toEqual({ done: 0, total: 3 });
    expect(progress(steps, 2)).toEqual({ done: 2, total: 3 });
    expect(progress(steps, 3)).toEqual({ done: 3, total: 3 });
  });

  it('skips a question by leaving it unanswered and moving on', () => {
    const answered = { ...EMPTY_ANSWERS, ageBand: '40to59' as const, uses: ['bank', 'email'] };
    const skipped = skip(steps, 1, answered);
    expect(skipped.index).toBe(2);
    expect(skipped.answers.uses).toEqual([]);
    expect(skipped.answers.ageBand).toBe('40to59');
    expect(skip(steps, 3, answered)).toEqual({ index: 3, answers: answered });
  });
});

describe('answers', () => {
  it('know whether a question was answered', () => {
    expect(isAnswered(EMPTY_ANSWERS, 'equipment')).toBe(false);
    expect(isAnswered({ ...EMPTY_ANSWERS, equipment: { tablet: false } }, 'equipment')).toBe(true);
    expect(isAnswered({ ...EMPTY_ANSWERS, wouldCome: false }, 'wouldCome')).toBe(true);
    expect(isAnswered({ ...EMPTY_ANSWERS, digitalFragility: 0 }, 'digitalFragility')).toBe(true);
    expect(
      isAnswered(
        clearAnswer({ ...EMPTY_ANSWERS, digitalFragility: 2 }, 'digitalFragility'),
        'digitalFragility',
      ),
    ).toBe(false);
  });

  it('toggle multi-choice entries, "nobody" excluding the helpers', () => {
    let answers = toggleListAnswer(EMPTY_ANSWERS, 'help', 'family');
    answers = toggleListAnswer(answers, 'help', 'neighbours');
    expect(answers.help).toEqual(['family', 'neighbours']);
    answers = toggleListAnswer(answers, 'help', 'nobody');
    expect(answers.help).toEqual(['nobody']);
    answers = toggleListAnswer(answers, 'help', 'professionals');
    expect(answers.help).toEqual(['professionals']);
    answers = toggleListAnswer(answers, 'help', 'professionals');
    expect(answers.help).toEqual([]);
    expect(toggleListAnswer(toggleListAnswer(EMPTY_ANSWERS, 'uses', 'bank'), 'uses', 'email').uses).toEqual([
      'bank',
      'email',
    ]);
  });
});
