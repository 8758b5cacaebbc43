import { describe, expect, it } from 'vitest';
import {
  type ContextWords,
  contextText,
  difficultyEchoes,
  echoOfLinks,
} from '../../../client/plan/model/fieldReturn';
import { TestBoard } from '../../helpers/testBoard';

const words: ContextWords = {
  heading: 'Ce que les habitant·es ont dit :',
  difficulty: (label, count, activities) => `${label} : ${count} fois (${activities})`,
  activity: (label, count) => `${label} ${count}`,
  proposal: (label, votes) => `Proposition : ${label} (${votes} votes)`,
  quote: (w) => `« ${w} »`,
};

function board() {
  return new TestBoard()
    .join('ana')
    .join('bob')
    .place('ana', 'caf', 'mon', 'morning', 'caf')
    .place('bob', 'bank', 'tue', 'morning', 'bank')
    .difficulty('ana', 'caf', 'forgot-password', 'je perds le papier', 'p1')
    .difficulty('bob', 'bank', 'forgot-password', 'compte bloqué', 'p2')
    .difficulty('bob', 'bank', 'forgot-password', '', 'p3')
    .difficulty('ana', 'caf', 'form-too-long', 'douze pages', 'f1')
    .propose('ana', ['p1', 'p2'], 'Atelier mots de passe', 'prop')
    .vote('ana', 'prop', 2)
    .vote('bob', 'prop');
}

describe('field return', () => {
  it('groups difficulties by pictogram with counts, activities and words, most frequent first', () => {
    const t = board();
    const echoes = difficultyEchoes(t.readBoard());
    expect(echoes.map((e) => [e.pictogram, e.count])).toEqual([
      ['forgot-password', 3],
      ['form-too-long', 1],
    ]);
    expect(echoes[0]?.activities).toEqual([
      { pictogram: 'bank', count: 2 },
      { pictogram: 'caf', count: 1 },
    ]);
    expect(echoes[0]?.words).toEqual(['je perds le papier', 'compte bloqué']);
    expect(echoes[0]?.itemIds).toEqual(['p1', 'p2', 'p3']);
  });

  it('follows a proposal to the difficulties it answers, and says which links are gone', () => {
    const t = board();
    const echo = echoOfLinks(['prop', 'gone'], t.readBoard(), t.synthesis());
    expect(echo.proposals).toEqual([
      { id: 'prop', pictogram: 'idea', label: 'Atelier mots de passe', votes: 3 },
    ]);
    expect(echo.difficulties.map((d) => d.pictogram)).toEqual(['forgot-password']);
    expect(echo.missing).toEqual(['gone']);
  });

  it('writes the context a fiche starts with: counted, traced to activities, in residents’ words', () => {
    const t = board();
    const text = contextText(echoOfLinks(['prop'], t.readBoard(), t.synthesis()), words, (id) =>
      id.toUpperCase(),
    );
    expect(text.split('\n')).toEqual([
      'Ce que les habitant·es ont dit :',
      '• FORGOT-PASSWORD : 3 fois (BANK 2, CAF 1)',
      '  « je perds le papier » « compte bloqué »',
      '• Proposition : Atelier mots de passe (3 votes)',
    ]);
    expect(contextText({ difficulties: [], proposals: [], missing: ['x'] }, words, (id) => id)).toBe('');
  });
});
