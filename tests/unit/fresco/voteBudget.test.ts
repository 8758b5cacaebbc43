/**
 * The vote budget is counted one way on every side: the tablet's command (through the board index),
 * the op, and readBoard. A resident who removes their own proposal leaves its tally behind (a seat may
 * not write other seats' counts), and a vote cast at the same moment on another tablet lands in that
 * tally: after the merge those tokens sit on a proposal that no longer exists, and must be free again.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardIndex } from '../../../client/fresco/boardIndex';
import { type CommandContext, castVoteCommand } from '../../../client/fresco/commands';
import { votesUsed } from '../../../shared/model/votes';
import { removeItem } from '../../../shared/ops/board/items';
import { castVote } from '../../../shared/ops/board/votes';
import { UserOrigin } from '../../../shared/ops/origin';
import { readBoard } from '../../../shared/read/board';
import { readWorkshop } from '../../../shared/read/workshop';
import { TestBoard } from '../../helpers/testBoard';

function sync(a: Y.Doc, b: Y.Doc): void {
  Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
  Y.applyUpdate(a, Y.encodeStateAsUpdate(b, Y.encodeStateVector(a)));
}

describe('the vote budget after a concurrent remove-and-vote', () => {
  it('frees the tokens left on the removed proposal for the tablet, the op and readBoard alike', () => {
    const t = new TestBoard()
      .join('ana')
      .join('bob')
      .place('ana', 'shopping', 'mon', 'morning', 'shop')
      .difficulty('ana', 'shop', 'forgot-password', '', 'pwd')
      .propose('bob', ['pwd'], 'Un atelier mots de passe', 'bobs')
      .propose('ana', ['pwd'], 'Une permanence', 'other');
    const budget = readWorkshop(t.control).votesPerParticipant;
    expect(budget).toBe(3);
    t.vote('ana', 'bobs', budget - 1);

    // Ana's tablet holds the board t.board; Bob's tablet a copy of it.
    const anaOrigin = new UserOrigin('ana');
    const anaScreen: CommandContext = {
      board: t.board,
      origin: anaOrigin,
      actor: { role: 'participant', seatId: 'ana' },
      settings: { ...readWorkshop(t.control), phase: 'propose' },
      index: new BoardIndex(t.board),
      undo: null,
      now: () => 0,
    };
    const bobsTablet = new Y.Doc();
    sync(t.board, bobsTablet);

    // At the same moment: Bob takes his proposal back, Ana spends her last token on it.
    expect(removeItem(bobsTablet, { id: 'bobs', as: 'bob' }, new UserOrigin('bob'))).toBe(true);
    expect(castVoteCommand(anaScreen, 'bobs')).toEqual({ ok: true });
    sync(t.board, bobsTablet);

    // The tally survives the merge: three tokens of Ana's on an item that is gone.
    expect(readBoard(t.board).items.some((item) => item.id === 'bobs')).toBe(false);
    expect(t.board.getMap('votes').get('bobs')).toBeInstanceOf(Y.Map);

    // Every count sees them as given back.
    expect(votesUsed(readBoard(t.board).votes, 'ana')).toBe(0);
    expect(votesUsed(anaScreen.index.votes, 'ana')).toBe(0);
    const probe = Y.encodeStateAsUpdate(t.board);
    const opView = new Y.Doc();
    Y.applyUpdate(opView, probe);
    expect(castVote(opView, { proposalId: 'other', participantId: 'ana', max: budget }, anaOrigin)).toBe(
      true,
    );

    // So the tablet lets Ana vote as the op would, up to the whole budget again, and no further.
    for (let vote = 0; vote < budget; vote++)
      expect(castVoteCommand(anaScreen, 'other')).toEqual({ ok: true });
    expect(castVoteCommand(anaScreen, 'other')).toEqual({ ok: false, refusal: 'budget' });
    expect(castVote(t.board, { proposalId: 'other', participantId: 'ana', max: budget }, anaOrigin)).toBe(
      false,
    );
    expect(readBoard(t.board).votes).toEqual({ other: { ana: budget } });
  });
});
