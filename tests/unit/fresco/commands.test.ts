/**
 * The fresco's commands: who may do what and when, each a single op, refusals returned as data (the
 * screen turns them into a gentle cue), and undo that only ever undoes this screen's own work.
 */
import { describe, expect, it } from 'vitest';
import { BoardIndex } from '../../../client/fresco/boardIndex';
import {
  addDifficultyCommand,
  addProposalCommand,
  type CommandContext,
  castVoteCommand,
  mergeProposalsCommand,
  moveItemCommand,
  placeActivityCommand,
  removeItemCommand,
  setWordsCommand,
  undoCommand,
  withdrawVoteCommand,
} from '../../../client/fresco/commands';
import type { Actor } from '../../../shared/model/threads';
import { setBoardLocked } from '../../../shared/ops/control/workshop';
import { createUndoManager } from '../../../shared/ops/undo';
import { readWorkshop } from '../../../shared/read/workshop';
import { LABEL_MAX } from '../../../shared/schema/board';
import { TestBoard } from '../../helpers/testBoard';

function screenOf(
  t: TestBoard,
  actor: Actor,
  phase = 'explore' as CommandContext['settings']['phase'],
  now = 0,
) {
  const origin = t.as(actor.seatId ?? actor.role);
  const settings = { ...readWorkshop(t.control), phase };
  const ctx: CommandContext = {
    board: t.board,
    origin,
    actor,
    settings,
    index: new BoardIndex(t.board),
    undo: createUndoManager(t.board, 'board', origin),
    now: () => now,
  };
  return ctx;
}

const ana: Actor = { role: 'participant', seatId: 'ana' };
const bob: Actor = { role: 'participant', seatId: 'bob' };
const facilitator: Actor = { role: 'facilitator', seatId: null };
const viewer: Actor = { role: 'viewer', seatId: null };

describe('placing and moving on the week', () => {
  it('places with the seat as author, by tap or drop, in a cell or the tray', () => {
    const t = new TestBoard().join('ana');
    const screen = screenOf(t, ana);
    const placed = placeActivityCommand(screen, 'shopping', { day: 'mon', period: 'morning' });
    expect(placed.ok).toBe(true);
    const id = placed.ok ? (placed.id as string) : '';
    expect(t.item(id)).toMatchObject({ author: 'ana', day: 'mon', period: 'morning', kind: 'activity' });
    expect(moveItemCommand(screen, id, 'tray')).toEqual({ ok: true });
    expect(t.item(id)).toMatchObject({ day: null, period: null });
  });

  it('refuses another resident’s pictogram, never the facilitator', () => {
    const t = new TestBoard().join('ana').join('bob').place('ana', 'shopping', 'mon', 'morning', 'shop');
    const cell = { day: 'fri', period: 'evening' } as const;
    expect(moveItemCommand(screenOf(t, bob), 'shop', cell)).toEqual({ ok: false, refusal: 'notYours' });
    expect(removeItemCommand(screenOf(t, bob), 'shop')).toEqual({ ok: false, refusal: 'notYours' });
    expect(t.item('shop').day).toBe('mon');
    expect(moveItemCommand(screenOf(t, facilitator), 'shop', cell).ok).toBe(true);
    expect(removeItemCommand(screenOf(t, facilitator), 'shop').ok).toBe(true);
  });

  it('refuses calmly while the board is locked, after the timer paused input, out of phase, or for viewers', () => {
    const t = new TestBoard().join('ana');
    const cell = { day: 'mon', period: 'morning' } as const;
    expect(placeActivityCommand(screenOf(t, viewer), 'shopping', cell)).toEqual({
      ok: false,
      refusal: 'readOnly',
    });
    expect(placeActivityCommand(screenOf(t, ana, 'thread'), 'shopping', cell)).toEqual({
      ok: false,
      refusal: 'phase',
    });
    setBoardLocked(t.control, true, t.as('facilitator'));
    expect(placeActivityCommand(screenOf(t, ana), 'shopping', cell)).toEqual({
      ok: false,
      refusal: 'locked',
    });
    expect(placeActivityCommand(screenOf(t, facilitator), 'shopping', cell).ok).toBe(true);
    setBoardLocked(t.control, false, t.as('facilitator'));
    const paused = screenOf(t, ana, 'explore', 20_000);
    paused.settings = {
      ...paused.settings,
      timer: { endsAt: 10_000, remainingMs: 0, pauseInputAtZero: true },
    };
    expect(placeActivityCommand(paused, 'shopping', cell)).toEqual({ ok: false, refusal: 'paused' });
    expect(t.readBoard().items.filter((item) => item.author === 'ana')).toEqual([]);
  });
});

describe('undo', () => {
  it('undoes this screen’s own last change only, one tap at a time', () => {
    const t = new TestBoard().join('ana').join('bob');
    const anaScreen = screenOf(t, ana);
    const bobScreen = screenOf(t, bob);
    placeActivityCommand(anaScreen, 'shopping', { day: 'mon', period: 'morning' });
    placeActivityCommand(bobScreen, 'doctor', { day: 'tue', period: 'morning' });
    placeActivityCommand(anaScreen, 'cooking', { day: 'mon', period: 'evening' });
    expect(undoCommand(anaScreen)).toEqual({ ok: true });
    // Placed within the same millisecond, so compared as sets (readers order ties by random id).
    expect(
      t
        .readBoard()
        .items.map((item) => item.pictogram)
        .sort(),
    ).toEqual(['doctor', 'shopping']);
    expect(undoCommand(anaScreen)).toEqual({ ok: true });
    expect(t.readBoard().items.map((item) => item.pictogram)).toEqual(['doctor']);
    expect(undoCommand(anaScreen)).toEqual({ ok: true });
    expect(t.readBoard().items.map((item) => item.pictogram)).toEqual(['doctor']);
  });
});

describe('threads, words, proposals and votes', () => {
  it('hangs difficulties on anyone’s activity in the thread phase, with capped words', () => {
    const t = new TestBoard().join('ana').join('bob').place('ana', 'shopping', 'mon', 'morning', 'shop');
    const bobScreen = screenOf(t, bob, 'thread');
    const added = addDifficultyCommand(bobScreen, 'shop', 'language');
    expect(added.ok).toBe(true);
    const id = added.ok ? (added.id as string) : '';
    const long = `مرحبا 👋🏽 ${'é'.repeat(300)}`;
    expect(setWordsCommand(bobScreen, id, long).ok).toBe(true);
    expect(t.item(id).label.length).toBeLessThanOrEqual(LABEL_MAX);
    expect(t.item(id).label.startsWith('مرحبا 👋🏽')).toBe(true);
    expect(setWordsCommand(screenOf(t, ana, 'thread'), id, 'pas à moi')).toEqual({
      ok: false,
      refusal: 'notYours',
    });
    expect(addDifficultyCommand(screenOf(t, ana, 'explore'), 'shop', 'language')).toEqual({
      ok: false,
      refusal: 'phase',
    });
    expect(addDifficultyCommand(bobScreen, 'gone', 'language')).toEqual({ ok: false, refusal: 'gone' });
  });

  it('spends tokens up to the budget, takes them back, and lets the facilitator group duplicates', () => {
    const t = new TestBoard()
      .join('ana')
      .join('bob')
      .place('ana', 'shopping', 'mon', 'morning', 'shop')
      .difficulty('ana', 'shop', 'forgot-password', '', 'pwd');
    const anaScreen = screenOf(t, ana, 'propose');
    const first = addProposalCommand(anaScreen, {
      pictogram: 'library',
      label: 'Atelier',
      difficultyIds: ['pwd'],
    });
    const second = addProposalCommand(screenOf(t, bob, 'propose'), {
      pictogram: 'library',
      label: 'Atelier aussi',
      difficultyIds: ['pwd'],
    });
    const p1 = first.ok ? (first.id as string) : '';
    const p2 = second.ok ? (second.id as string) : '';
    const budget = readWorkshop(t.control).votesPerParticipant;
    for (let vote = 0; vote < budget; vote++) expect(castVoteCommand(anaScreen, p1).ok).toBe(true);
    expect(castVoteCommand(anaScreen, p2)).toEqual({ ok: false, refusal: 'budget' });
    expect(withdrawVoteCommand(anaScreen, p1).ok).toBe(true);
    expect(castVoteCommand(anaScreen, p2).ok).toBe(true);
    expect(castVoteCommand(screenOf(t, facilitator, 'propose'), p1)).toEqual({
      ok: false,
      refusal: 'readOnly',
    });
    expect(mergeProposalsCommand(anaScreen, p2, p1)).toEqual({ ok: false, refusal: 'readOnly' });
    expect(mergeProposalsCommand(screenOf(t, facilitator, 'propose'), p2, p1).ok).toBe(true);
    expect(t.synthesis().proposals[0]).toMatchObject({ id: p1, votes: budget, mergedIds: [p2] });
  });
});
