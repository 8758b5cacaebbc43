/**
 * What each resident's command writes, record by record: the server refuses a resident's update that
 * changes anyone else's record (PRODUCT.md §3), so none of these may reach outside the seat's own items,
 * own votes and own seat record. The facilitator's removal still cascades (last test).
 */
import { describe, expect, it } from 'vitest';
import { BoardIndex } from '../../../client/fresco/boardIndex';
import {
  addDifficultyCommand,
  addProposalCommand,
  type CommandContext,
  castVoteCommand,
  moveItemCommand,
  placeActivityCommand,
  removeItemCommand,
  setWordsCommand,
  toggleProposalLinkCommand,
  undoCommand,
  withdrawVoteCommand,
} from '../../../client/fresco/commands';
import { computeSynthesis } from '../../../shared/model/synthesis';
import { readThread } from '../../../shared/model/threads';
import { castVote } from '../../../shared/ops/board/votes';
import { votesMap } from '../../../shared/ops/roots';
import { createUndoManager } from '../../../shared/ops/undo';
import { readBoard } from '../../../shared/read/board';
import { readWorkshop } from '../../../shared/read/workshop';
import type { Phase } from '../../../shared/schema/control';
import { FACILITATOR, TestBoard } from '../../helpers/testBoard';
import { writeSetOf } from '../../helpers/writeSet';

function screenOf(t: TestBoard, seat: string | null, phase: Phase = 'propose'): CommandContext {
  const actor = seat
    ? { role: 'participant' as const, seatId: seat }
    : { role: 'facilitator' as const, seatId: null };
  const origin = t.as(seat ?? FACILITATOR);
  return {
    board: t.board,
    origin,
    actor,
    settings: { ...readWorkshop(t.control), phase },
    index: new BoardIndex(t.board),
    undo: createUndoManager(t.board, 'board', origin),
    now: () => 0,
  };
}

/**
 * Ana and Bob each have an activity with a difficulty and a proposal; Bob also hung a difficulty on
 * Ana's activity, answered Ana's difficulty, voted for Ana's proposal, and Carol's duplicate is merged
 * into Ana's proposal.
 */
function workshop(): TestBoard {
  return new TestBoard()
    .join('ana')
    .join('bob')
    .join('carol')
    .place('ana', 'shopping', 'mon', 'morning', 'anaShop')
    .place('ana', 'doctor', 'tue', 'morning', 'anaDoctor')
    .place('bob', 'bus', 'wed', 'evening', 'bobBus')
    .difficulty('ana', 'anaShop', 'forgot-password', 'mot de passe', 'anaPwd')
    .difficulty('bob', 'anaDoctor', 'online-only', 'rendez-vous', 'bobOnAnaDoctor')
    .difficulty('bob', 'bobBus', 'too-fast', '', 'bobFast')
    .propose('ana', ['anaPwd'], 'un atelier', 'anaIdea')
    .propose('bob', ['anaPwd', 'bobFast'], 'une permanence', 'bobIdea')
    .propose('carol', ['anaPwd'], 'un atelier aussi', 'carolIdea')
    .merge('carolIdea', 'anaIdea')
    .vote('bob', 'anaIdea');
}

describe('a resident’s commands write only the resident’s own records', () => {
  it('placing, moving, words: the item itself', () => {
    const t = workshop();
    const ana = screenOf(t, 'ana', 'explore');
    let placed = '';
    expect(
      writeSetOf(t.board, () => {
        const result = placeActivityCommand(ana, 'bank', { day: 'thu', period: 'midday' });
        placed = result.ok ? (result.id ?? '') : '';
      }),
    ).toEqual([`items/${placed}`]);
    expect(writeSetOf(t.board, () => moveItemCommand(ana, 'anaShop', 'tray'))).toEqual(['items/anaShop']);
    expect(
      writeSetOf(t.board, () => setWordsCommand(screenOf(t, 'ana', 'thread'), 'anaPwd', 'code')),
    ).toEqual(['items/anaPwd']);
  });

  it('a difficulty on someone else’s activity: only the new difficulty', () => {
    const t = workshop();
    let id = '';
    const written = writeSetOf(t.board, () => {
      const result = addDifficultyCommand(screenOf(t, 'ana', 'thread'), 'bobBus', 'no-printer');
      id = result.ok ? (result.id ?? '') : '';
    });
    expect(written).toEqual([`items/${id}`]);
  });

  it('a proposal: the proposal and its empty tally; linking and unlinking: the own proposal', () => {
    const t = workshop();
    const ana = screenOf(t, 'ana');
    let id = '';
    const written = writeSetOf(t.board, () => {
      const result = addProposalCommand(ana, {
        pictogram: 'idea',
        label: 'aide',
        difficultyIds: ['bobFast'],
      });
      id = result.ok ? (result.id ?? '') : '';
    });
    expect(written).toEqual([`items/${id}`, `votes/${id}`]);
    expect(writeSetOf(t.board, () => toggleProposalLinkCommand(ana, 'anaIdea', 'bobFast'))).toEqual([
      'items/anaIdea',
    ]);
    expect(writeSetOf(t.board, () => toggleProposalLinkCommand(ana, 'anaIdea', 'anaPwd'))).toEqual([
      'items/anaIdea',
    ]);
  });

  it('votes: the seat’s own count, and a missing tally created empty for an existing proposal', () => {
    const t = workshop();
    const ana = screenOf(t, 'ana');
    expect(writeSetOf(t.board, () => castVoteCommand(ana, 'bobIdea'))).toEqual(['votes/bobIdea/ana']);
    expect(writeSetOf(t.board, () => withdrawVoteCommand(ana, 'bobIdea'))).toEqual(['votes/bobIdea/ana']);
    // A proposal from an old peer without a tally: the vote creates it (the tally record, then the count
    // inside a record created in the same transaction).
    votesMap(t.board).delete('bobIdea');
    expect(writeSetOf(t.board, () => castVoteCommand(screenOf(t, 'ana'), 'bobIdea'))).toEqual([
      'votes/bobIdea',
    ]);
  });

  it('removing an own activity takes its own difficulties, and leaves others’ proposals pointing at them', () => {
    const t = workshop();
    expect(writeSetOf(t.board, () => removeItemCommand(screenOf(t, 'ana', 'explore'), 'anaShop'))).toEqual([
      'items/anaIdea',
      'items/anaPwd',
      'items/anaShop',
    ]);
    // Ana's own proposal drops the link (hers to rewrite); Bob's still names anaPwd, read as gone.
    expect(t.item('bobIdea').links).toEqual(['anaPwd', 'bobFast']);
    const synthesis = computeSynthesis(readBoard(t.board));
    expect(synthesis.proposals.find((p) => p.id === 'bobIdea')?.difficultyIds).toEqual(['bobFast']);
    expect(synthesis.detachedProposalIds).toEqual(['anaIdea']);
  });

  it('refuses to remove an own activity with another resident’s difficulty, writing nothing', () => {
    const t = workshop();
    let result: unknown;
    expect(
      writeSetOf(t.board, () => {
        result = removeItemCommand(screenOf(t, 'ana', 'explore'), 'anaDoctor');
      }),
    ).toEqual([]);
    expect(result).toEqual({ ok: false, refusal: 'othersThread' });
    expect(t.item('anaDoctor').kind).toBe('activity');
  });

  it('removing an own proposal leaves Bob’s vote and Carol’s merged duplicate untouched', () => {
    const t = workshop();
    expect(writeSetOf(t.board, () => removeItemCommand(screenOf(t, 'ana'), 'anaIdea'))).toEqual([
      'items/anaIdea',
    ]);
    expect(t.item('carolIdea').mergedInto).toBe('anaIdea');
    // Merged into a proposal that is gone: Carol's stands on its own again, in the thread and the votes.
    const board = readBoard(t.board);
    expect(board.votes.anaIdea).toBeUndefined();
    expect(computeSynthesis(board).proposals.map((p) => p.id)).toEqual(['bobIdea', 'carolIdea']);
    expect(readThread(board.items, 'anaShop')?.proposals.map((p) => p.id)).toEqual(['bobIdea', 'carolIdea']);
    expect(castVote(t.board, { proposalId: 'carolIdea', participantId: 'bob', max: 5 }, t.as('bob'))).toBe(
      true,
    );
  });

  it('removing an own difficulty that others answered leaves their proposals as they are', () => {
    const t = workshop();
    expect(writeSetOf(t.board, () => removeItemCommand(screenOf(t, 'ana', 'thread'), 'anaPwd'))).toEqual([
      'items/anaIdea',
      'items/anaPwd',
    ]);
    // Ana's own proposal follows (its link and parent are hers to rewrite); Bob's and Carol's keep theirs.
    expect(t.item('anaIdea')).toMatchObject({ links: [], parent: null });
    expect(t.item('bobIdea')).toMatchObject({ links: ['anaPwd', 'bobFast'], parent: 'anaPwd' });
    expect(t.item('carolIdea').links).toEqual(['anaPwd']);
  });

  it('undoing a removal writes back the same own records only', () => {
    const t = workshop();
    const ana = screenOf(t, 'ana', 'explore');
    removeItemCommand(ana, 'anaShop');
    expect(writeSetOf(t.board, () => undoCommand(ana))).toEqual([
      'items/anaIdea',
      'items/anaPwd',
      'items/anaShop',
    ]);
    expect(t.item('anaPwd').parent).toBe('anaShop');
  });

  it('(the facilitator’s removal still cascades to everyone’s records)', () => {
    const t = workshop();
    expect(writeSetOf(t.board, () => removeItemCommand(screenOf(t, null), 'anaShop'))).toEqual([
      'items/anaIdea',
      'items/anaPwd',
      'items/anaShop',
      'items/bobIdea',
      'items/carolIdea',
    ]);
    expect(writeSetOf(t.board, () => removeItemCommand(screenOf(t, null), 'anaDoctor'))).toEqual([
      'items/anaDoctor',
      'items/bobOnAnaDoctor',
    ]);
  });
});
