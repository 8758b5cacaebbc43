import { describe, expect, it } from 'vitest';
import { computeSynthesis } from '../../../shared/model/synthesis';
import type { Board, BoardItem } from '../../../shared/schema/board';
import { defaultBoardItem } from '../../../shared/schema/defaults';
import { TestBoard } from '../../helpers/testBoard';

function fresco(): TestBoard {
  return new TestBoard()
    .join('ana')
    .join('bob')
    .place('ana', 'paperwork', 'mon', 'morning', 'caf1')
    .place('bob', 'paperwork', 'thu', 'morning', 'caf2')
    .place('bob', 'doctor', 'tue', 'afternoon', 'doc')
    .place('ana', 'music', 'sun', 'evening', 'music')
    .difficulty('ana', 'caf1', 'forgot-password', ' mot de passe CAF ', 'd1')
    .difficulty('bob', 'caf2', 'forgot-password', 'identifiant perdu', 'd2')
    .difficulty('bob', 'caf2', 'form-too-long', '', 'd3')
    .difficulty('bob', 'doc', 'forgot-password', '', 'd4')
    .difficulty('ana', 'doc', 'online-appointment', 'Doctolib', 'd5');
}

describe('computeSynthesis', () => {
  it('builds the activities × difficulties matrix by pictogram, most frequent first', () => {
    const s = fresco().synthesis();
    expect(s.activities).toEqual([
      { pictogram: 'paperwork', placed: 2, difficulties: 3 },
      { pictogram: 'doctor', placed: 1, difficulties: 2 },
      { pictogram: 'music', placed: 1, difficulties: 0 },
    ]);
    expect(s.difficulties.map((d) => [d.pictogram, d.count])).toEqual([
      ['forgot-password', 3],
      ['form-too-long', 1],
      ['online-appointment', 1],
    ]);
    expect(s.matrix).toEqual([
      [2, 1, 0],
      [1, 0, 1],
      [0, 0, 0],
    ]);
  });

  it('counts difficulties per activity item and keeps residents’ words traced to the board', () => {
    const s = fresco().synthesis();
    expect(s.activityDifficultyCounts).toEqual({ caf1: 1, caf2: 2, doc: 2, music: 0 });
    expect(s.difficulties[0]?.words).toEqual([
      { itemId: 'd1', activityId: 'caf1', label: 'mot de passe CAF' },
      { itemId: 'd2', activityId: 'caf2', label: 'identifiant perdu' },
    ]);
  });

  it('ranks proposals by votes with merged ones folded in, ties oldest first', () => {
    const t = fresco()
      .propose('ana', ['d1'], 'Permanence CAF', 'p1')
      .propose('bob', ['d2'], 'Aide CAF', 'p2')
      .propose('bob', ['d5'], 'Rdv accompagné', 'p3')
      .propose('ana', ['d3'], 'Formulaires papier', 'p4')
      .vote('ana', 'p1')
      .vote('bob', 'p2', 2)
      .vote('ana', 'p3', 2)
      .merge('p2', 'p1');
    const ranked = t.synthesis().proposals;
    expect(ranked.map((p) => [p.id, p.votes, p.voters])).toEqual([
      ['p1', 3, 2],
      ['p3', 2, 1],
      ['p4', 0, 0],
    ]);
    expect(ranked[0]).toMatchObject({ mergedIds: ['p2'], difficultyIds: ['d1', 'd2'] });
  });

  it('folds votes left on a merged proposal (cast concurrently with the merge) into its group', () => {
    const board = fresco()
      .propose('ana', ['d1'], 'A', 'p1')
      .propose('bob', ['d2'], 'B', 'p2')
      .merge('p2', 'p1')
      .readBoard();
    const withLateVote: Board = { ...board, votes: { p1: { ana: 1 }, p2: { bob: 1 } } };
    expect(computeSynthesis(withLateVote).proposals).toMatchObject([{ id: 'p1', votes: 2, voters: 2 }]);
  });

  it('lists orphan difficulties and detached proposals apart, out of the counts', () => {
    const item = (id: string, fields: Partial<BoardItem>): BoardItem => ({
      ...defaultBoardItem(id),
      ...fields,
    });
    const board: Board = {
      participants: [],
      votes: {},
      items: [
        item('a', { kind: 'activity', pictogram: 'bus' }),
        item('d', { kind: 'difficulty', pictogram: 'x', parent: 'a' }),
        item('orphan', { kind: 'difficulty', pictogram: 'x', parent: 'gone' }),
        item('p', { kind: 'proposal', links: ['orphan'], parent: 'orphan' }),
        item('q', { kind: 'proposal', links: ['d'], parent: 'd' }),
      ],
    };
    const s = computeSynthesis(board);
    expect(s.orphanDifficultyIds).toEqual(['orphan']);
    expect(s.detachedProposalIds).toEqual(['p']);
    expect(s.difficulties).toEqual([{ pictogram: 'x', count: 1, words: [] }]);
  });

  it('gives the same group whichever member a merge cycle is entered from', () => {
    const item = (id: string, mergedInto: string): BoardItem => ({
      ...defaultBoardItem(id),
      kind: 'proposal',
      mergedInto,
    });
    const board: Board = {
      participants: [],
      votes: { b: { ana: 1 } },
      items: [item('b', 'a'), item('a', 'b')],
    };
    expect(computeSynthesis(board).proposals).toMatchObject([{ id: 'a', votes: 1, mergedIds: ['b'] }]);
  });

  it('handles an empty board', () => {
    expect(computeSynthesis({ participants: [], items: [], votes: {} })).toEqual({
      activities: [],
      difficulties: [],
      matrix: [],
      activityDifficultyCounts: {},
      proposals: [],
      detachedProposalIds: [],
      orphanDifficultyIds: [],
      itemLabels: {},
    });
  });
});
