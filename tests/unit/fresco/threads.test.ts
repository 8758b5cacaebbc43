import { describe, expect, it } from 'vitest';
import {
  authorOf,
  canChangeItem,
  difficultyChoices,
  inputBlock,
  readThread,
  threadCounts,
  timerPausesInput,
  toolsOf,
} from '../../../shared/model/threads';
import { removeItem } from '../../../shared/ops/board/items';
import type { Timer } from '../../../shared/schema/control';
import { TestBoard } from '../../helpers/testBoard';

function board() {
  return new TestBoard()
    .join('ana')
    .join('bob')
    .place('ana', 'shopping', 'mon', 'morning', 'shop')
    .place('bob', 'doctor', 'tue', 'midday', 'doc')
    .difficulty('ana', 'shop', 'forgot-password', 'mot de passe', 'pwd')
    .difficulty('bob', 'shop', 'language', '', 'lang')
    .difficulty('bob', 'doc', 'online-appointment', 'رقم', 'rdv')
    .propose('ana', ['pwd'], 'un atelier', 'p1')
    .propose('bob', ['rdv', 'lang'], 'un guichet', 'p2')
    .propose('bob', ['pwd'], 'un atelier aussi', 'p3');
}

const running: Timer = { endsAt: 10_000, remainingMs: 0, pauseInputAtZero: true };

describe('the thread of an activity', () => {
  it('holds its difficulties in order and the proposals answering them, merged ones left out', () => {
    const t = board().merge('p3', 'p1');
    const thread = readThread(t.readBoard().items, 'shop');
    expect(thread?.activity.id).toBe('shop');
    expect(thread?.difficulties.map((item) => item.id)).toEqual(['pwd', 'lang']);
    expect(thread?.proposals.map((item) => item.id)).toEqual(['p1', 'p2']);
  });

  it('is null once the activity is removed, so an open thread panel closes calmly', () => {
    const t = board();
    removeItem(t.board, { id: 'shop' }, t.as('ana'));
    const items = t.readBoard().items;
    expect(readThread(items, 'shop')).toBeNull();
    expect(readThread(items, 'pwd')).toBeNull();
    expect(items.some((item) => item.id === 'pwd')).toBe(false);
  });

  it('counts difficulties per activity, for the projector', () => {
    const counts = threadCounts(board().readBoard().items);
    expect(Object.fromEntries(counts)).toEqual({ shop: 2, doc: 1 });
  });

  it('lists the difficulties a proposal can answer, each with its activity', () => {
    const choices = difficultyChoices(board().readBoard().items);
    expect(choices.map((choice) => [choice.difficulty.id, choice.activity?.id])).toEqual([
      ['pwd', 'shop'],
      ['lang', 'shop'],
      ['rdv', 'doc'],
    ]);
  });
});

describe('who may change what, and when', () => {
  const ana = { role: 'participant' as const, seatId: 'ana' };
  const facilitator = { role: 'facilitator' as const, seatId: null };
  const viewer = { role: 'viewer' as const, seatId: null };

  it('lets residents change only their own pictograms, and the facilitator any', () => {
    expect(canChangeItem(ana, { author: 'ana' })).toBe(true);
    expect(canChangeItem(ana, { author: 'bob' })).toBe(false);
    expect(canChangeItem({ role: 'participant', seatId: null }, { author: '' })).toBe(false);
    expect(canChangeItem(facilitator, { author: 'bob' })).toBe(true);
    expect(canChangeItem(viewer, { author: 'facilitator' })).toBe(false);
    expect(canChangeItem({ role: 'stakeholder', seatId: null }, { author: 'facilitator' })).toBe(false);
  });

  it('writes the seat as author for residents, `facilitator` otherwise', () => {
    expect(authorOf(ana)).toBe('ana');
    expect(authorOf(facilitator)).toBe('facilitator');
  });

  it('blocks residents while the board is locked or the timer paused input, never the facilitator', () => {
    const open = { boardLocked: false, timer: running };
    expect(inputBlock(ana, open, 9_999)).toBeNull();
    expect(inputBlock(ana, open, 10_000)).toBe('paused');
    expect(inputBlock(ana, { ...open, boardLocked: true }, 0)).toBe('locked');
    expect(inputBlock(facilitator, { boardLocked: true, timer: running }, 20_000)).toBeNull();
    expect(inputBlock(viewer, open, 0)).toBe('readOnly');
  });

  it('pauses input at zero only when asked to', () => {
    expect(timerPausesInput({ ...running, pauseInputAtZero: false }, 20_000)).toBe(false);
    expect(timerPausesInput({ endsAt: null, remainingMs: 0, pauseInputAtZero: true }, 0)).toBe(true);
    expect(timerPausesInput({ endsAt: null, remainingMs: 5_000, pauseInputAtZero: true }, 0)).toBe(false);
  });

  it('shows each phase its own tools only', () => {
    expect(toolsOf('explore')).toEqual({ place: true, thread: false, propose: false, vote: false });
    expect(toolsOf('thread')).toEqual({ place: false, thread: true, propose: false, vote: false });
    expect(toolsOf('propose')).toEqual({ place: false, thread: false, propose: true, vote: true });
    expect(toolsOf('welcome')).toEqual({ place: false, thread: false, propose: false, vote: false });
  });
});
