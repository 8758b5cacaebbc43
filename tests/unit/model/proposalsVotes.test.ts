import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { votesLeft, votesUsed } from '../../../shared/model/votes';
import {
  addProposal,
  linkProposal,
  mergeProposals,
  unlinkProposal,
} from '../../../shared/ops/board/proposals';
import { castVote, withdrawVote } from '../../../shared/ops/board/votes';
import { UserOrigin } from '../../../shared/ops/origin';
import { votesMap } from '../../../shared/ops/roots';
import { TestBoard } from '../../helpers/testBoard';

const ana = new UserOrigin('ana');
const facilitator = new UserOrigin('facilitator');

function thread(): TestBoard {
  return new TestBoard()
    .join('ana')
    .join('bob')
    .place('ana', 'doctor', 'wed', 'morning', 'doc')
    .difficulty('ana', 'doc', 'online-appointment', 'rendez-vous en ligne', 'rdv')
    .difficulty('bob', 'doc', 'forgot-password', '', 'pwd');
}

describe('proposals', () => {
  it('answer existing difficulties only, the first being the parent, with a tally ready for votes', () => {
    const t = thread();
    const id = addProposal(
      t.board,
      {
        difficultyIds: ['ghost', 'rdv', 'pwd', 'rdv'],
        pictogram: 'idea',
        label: ' Borne au CCAS ',
        author: 'ana',
      },
      ana,
    );
    expect(t.item(id as string)).toMatchObject({
      kind: 'proposal',
      label: 'Borne au CCAS',
      parent: 'rdv',
      links: ['rdv', 'pwd'],
    });
    expect(votesMap(t.board).get(id as string)).toBeInstanceOf(Y.Map);
  });

  it('can answer no difficulty at all', () => {
    const t = thread().propose('ana', [], 'Un café numérique', 'free');
    expect(t.item('free')).toMatchObject({ parent: null, links: [] });
  });

  it('link and unlink; the parent follows the links', () => {
    const t = thread().propose('ana', ['rdv'], 'Aide', 'p');
    expect(linkProposal(t.board, { proposalId: 'p', difficultyId: 'pwd' }, ana)).toBe(true);
    expect(linkProposal(t.board, { proposalId: 'p', difficultyId: 'pwd' }, ana)).toBe(true);
    expect(t.item('p').links).toEqual(['rdv', 'pwd']);
    expect(linkProposal(t.board, { proposalId: 'p', difficultyId: 'doc' }, ana)).toBe(false);
    expect(linkProposal(t.board, { proposalId: 'rdv', difficultyId: 'pwd' }, ana)).toBe(false);
    expect(unlinkProposal(t.board, { proposalId: 'p', difficultyId: 'rdv' }, ana)).toBe(true);
    expect(t.item('p')).toMatchObject({ parent: 'pwd', links: ['pwd'] });
    expect(unlinkProposal(t.board, { proposalId: 'p', difficultyId: 'rdv' }, ana)).toBe(false);
    unlinkProposal(t.board, { proposalId: 'p', difficultyId: 'pwd' }, ana);
    expect(t.item('p')).toMatchObject({ parent: null, links: [] });
    linkProposal(t.board, { proposalId: 'p', difficultyId: 'rdv' }, ana);
    expect(t.item('p').parent).toBe('rdv');
  });
});

describe('votes', () => {
  it('refuses past the budget across all proposals, and counts withdrawals', () => {
    const t = thread().propose('ana', ['rdv'], 'A', 'a').propose('bob', ['pwd'], 'B', 'b');
    const vote = (proposalId: string) => castVote(t.board, { proposalId, participantId: 'ana', max: 3 }, ana);
    expect([vote('a'), vote('a'), vote('b'), vote('b')]).toEqual([true, true, true, false]);
    expect(t.readBoard().votes).toEqual({ a: { ana: 2 }, b: { ana: 1 } });
    expect(votesUsed(t.readBoard().votes, 'ana')).toBe(3);
    expect(withdrawVote(t.board, { proposalId: 'a', participantId: 'ana' }, ana)).toBe(true);
    expect(vote('b')).toBe(true);
    expect(t.readBoard().votes).toEqual({ a: { ana: 1 }, b: { ana: 2 } });
  });

  it('withdrawing the last token removes the entry; withdrawing nothing is refused', () => {
    const t = thread().propose('ana', ['rdv'], 'A', 'a').vote('ana', 'a');
    expect(withdrawVote(t.board, { proposalId: 'a', participantId: 'ana' }, ana)).toBe(true);
    expect(withdrawVote(t.board, { proposalId: 'a', participantId: 'ana' }, ana)).toBe(false);
    expect(withdrawVote(t.board, { proposalId: 'ghost', participantId: 'ana' }, ana)).toBe(false);
    expect(t.readBoard().votes).toEqual({});
  });

  it('refuses unknown proposals, non-proposals, merged proposals and odd budgets', () => {
    const t = thread()
      .propose('ana', ['rdv'], 'A', 'a')
      .propose('bob', ['rdv'], 'A bis', 'a2')
      .merge('a2', 'a');
    const cast = (proposalId: string, max: number) =>
      castVote(t.board, { proposalId, participantId: 'ana', max }, ana);
    expect(cast('ghost', 3)).toBe(false);
    expect(cast('rdv', 3)).toBe(false);
    expect(cast('a2', 3)).toBe(false);
    expect(cast('a', Number.NaN)).toBe(false);
    expect(cast('a', '3' as unknown as number)).toBe(false);
    expect(cast('a', 0)).toBe(false);
    expect(t.readBoard().votes).toEqual({});
  });

  it('tokens on removed proposals are given back', () => {
    const t = thread()
      .propose('ana', ['rdv'], 'A', 'a')
      .propose('ana', ['pwd'], 'B', 'b')
      .vote('ana', 'a', 3);
    expect(castVote(t.board, { proposalId: 'b', participantId: 'ana', max: 3 }, ana)).toBe(false);
    t.remove('a');
    expect(castVote(t.board, { proposalId: 'b', participantId: 'ana', max: 3 }, ana)).toBe(true);
  });

  it('votesLeft is never negative', () => {
    expect(votesLeft({ a: { ana: 4 } }, 'ana', 3)).toBe(0);
    expect(votesLeft({ a: { ana: 1 } }, 'ana', 3)).toBe(2);
  });
});

describe('mergeProposals', () => {
  function duplicates(): TestBoard {
    return thread()
      .propose('ana', ['rdv'], 'Aide aux rendez-vous', 'target')
      .propose('bob', ['pwd'], 'Aider pour les rdv', 'source')
      .vote('ana', 'target')
      .vote('ana', 'source')
      .vote('bob', 'source', 2);
  }

  it('moves votes to the target, adds the source’s difficulties, marks the source', () => {
    const t = duplicates().merge('source', 'target');
    expect(t.readBoard().votes).toEqual({ target: { ana: 2, bob: 2 } });
    expect(t.item('source')).toMatchObject({ mergedInto: 'target', label: 'Aider pour les rdv' });
    expect(t.item('target').links).toEqual(['rdv', 'pwd']);
    expect(votesUsed(t.readBoard().votes, 'bob')).toBe(2);
  });

  it('follows a merged target to its group and re-points earlier merges', () => {
    const t = duplicates().propose('ana', ['rdv'], 'Troisième', 'third').merge('source', 'target');
    t.merge('third', 'source');
    expect(t.item('third').mergedInto).toBe('target');
    const t2 = duplicates().propose('ana', ['rdv'], 'Troisième', 'third').merge('third', 'source');
    t2.merge('source', 'target');
    expect(t2.item('third').mergedInto).toBe('target');
    expect(
      t2
        .synthesis()
        .proposals.find((p) => p.id === 'target')
        ?.mergedIds.sort(),
    ).toEqual(['source', 'third']);
  });

  it('refuses self-merges, cycles, unknown ids and non-proposals', () => {
    const t = duplicates().merge('source', 'target');
    const merge = (sourceId: string, targetId: string) =>
      mergeProposals(t.board, { sourceId, targetId }, facilitator);
    expect(merge('target', 'target')).toBe(false);
    expect(merge('target', 'source')).toBe(false);
    expect(merge('ghost', 'target')).toBe(false);
    expect(merge('target', 'rdv')).toBe(false);
    expect(t.item('target').mergedInto).toBeNull();
  });
});
