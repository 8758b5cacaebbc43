/**
 * The commands that write the control document (the facilitator's controls, follow, custom pictograms,
 * the plan's settings, the home list's door) and the tablet's seat: refusals by role returned as data
 * with nothing written, odd values answered `invalid`, and the facilitator's phase and lock reaching
 * residents' commands as their refusals while the plan stays open.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { ControlWriter } from '../../../client/commands/control';
import { bringEveryoneCommand, setFollowCommand } from '../../../client/follow/commands';
import { BoardIndex } from '../../../client/fresco/boardIndex';
import {
  addCustomPictogramCommand,
  type CommandContext,
  placeActivityCommand,
  removeCustomPictogramCommand,
} from '../../../client/fresco/commands';
import { setFieldCommand } from '../../../client/plan/commands';
import {
  addAxisCommand,
  removeAxisCommand,
  renameAxisCommand,
  setSpanCommand,
} from '../../../client/plan/settings/commands';
import {
  addTimerTimeCommand,
  cancelDoorClose,
  closeDoorIn,
  pauseTimerCommand,
  resetTimerCommand,
  setBoardLockedCommand,
  setPauseAtZeroCommand,
  setPhaseCommand,
  startTimerCommand,
  toggleDoor,
} from '../../../client/screens/facilitator/commands';
import { setDoorOpenCommand } from '../../../client/screens/home/commands';
import { chooseLookCommand, chooseNameCommand } from '../../../client/screens/tablet/commands';
import { readWorkshop } from '../../../shared/read/workshop';
import type { Phase } from '../../../shared/schema/control';
import type { Role } from '../../../shared/schema/roles';
import { TestBoard } from '../../helpers/testBoard';

function controlWriter(t: TestBoard, role: Role, now = 1_000_000): ControlWriter {
  return { control: t.control, origin: t.as(role), role, now: () => now };
}

const viewport = { canvas: 'board', x: 10, y: 20, zoom: 1 } as const;

/** Every command on the control document once; what each answers. */
function everyControlCommand(writer: ControlWriter) {
  const door = { ...writer, settings: { doorOpen: true, doorClosesAt: null } };
  return {
    phase: setPhaseCommand(writer, 'propose'),
    lock: setBoardLockedCommand(writer, true),
    start: startTimerCommand(writer, { fresh: true }),
    pause: pauseTimerCommand(writer),
    addTime: addTimerTimeCommand(writer, 60_000),
    reset: resetTimerCommand(writer, 300_000),
    pauseAtZero: setPauseAtZeroCommand(writer, true),
    toggleDoor: toggleDoor(door),
    closeDoorIn: closeDoorIn(door, 15),
    keepDoorOpen: cancelDoorClose(door),
    homeDoor: setDoorOpenCommand(writer, false),
    follow: setFollowCommand(writer, viewport),
    bring: bringEveryoneCommand(writer, viewport),
    custom: addCustomPictogramCommand(writer, {
      kind: 'activity',
      label: 'Épicerie solidaire',
      pictogram: 'shopping',
    }),
    span: setSpanCommand(writer, { start: '2027-01', end: '2028-12' }),
    axis: addAxisCommand(writer, 'Mobilité'),
  };
}

describe('who may write the control document', () => {
  it('refuses a stakeholder, a resident and a viewer as data, and writes nothing', () => {
    for (const role of ['stakeholder', 'participant', 'viewer'] as const) {
      const t = new TestBoard();
      const before = Y.encodeStateVector(t.control);
      for (const [name, answer] of Object.entries(everyControlCommand(controlWriter(t, role)))) {
        expect({ role, name, answer }).toEqual({ role, name, answer: { ok: false, refusal: 'readOnly' } });
      }
      expect(Y.encodeStateVector(t.control)).toEqual(before);
    }
  });

  it('lets the facilitator do each of them', () => {
    const t = new TestBoard();
    for (const [name, answer] of Object.entries(everyControlCommand(controlWriter(t, 'facilitator')))) {
      expect({ name, ok: answer.ok }).toEqual({ name, ok: true });
    }
    expect(t.workshop()).toMatchObject({
      phase: 'propose',
      boardLocked: true,
      doorOpen: false,
      timelineStart: '2027-01',
      timelineEnd: '2028-12',
    });
    expect(t.workshop().timer).toMatchObject({ endsAt: null, remainingMs: 300_000, pauseInputAtZero: true });
    expect(t.workshop().customPictograms.map((c) => c.label)).toEqual(['Épicerie solidaire']);
    expect(t.workshop().follow).toMatchObject({ canvas: 'board', x: 10, y: 20, zoom: 1, bringSeq: 1 });
  });

  it('answers invalid to what no control should send, and writes nothing', () => {
    const t = new TestBoard();
    const writer = controlWriter(t, 'facilitator');
    const before = Y.encodeStateVector(t.control);
    const invalid = { ok: false, refusal: 'invalid' };
    expect(setPhaseCommand(writer, 'lunch' as Phase)).toEqual(invalid);
    expect(resetTimerCommand(writer, -1)).toEqual(invalid);
    expect(addTimerTimeCommand(writer, Number.NaN)).toEqual(invalid);
    expect(closeDoorIn({ ...writer, settings: { doorOpen: true, doorClosesAt: null } }, 0)).toEqual(invalid);
    expect(setFollowCommand(writer, { ...viewport, zoom: 0 })).toEqual(invalid);
    expect(addAxisCommand(writer, '   ')).toEqual(invalid);
    expect(renameAxisCommand(writer, 'no-such-axis', 'Mobilité')).toEqual(invalid);
    expect(removeAxisCommand(writer, 'no-such-axis')).toEqual(invalid);
    expect(removeCustomPictogramCommand(writer, 'no-such-pictogram')).toEqual(invalid);
    expect(Y.encodeStateVector(t.control)).toEqual(before);
  });

  it('starts a fresh run in one step when the timer is past zero', () => {
    const t = new TestBoard();
    const writer = controlWriter(t, 'facilitator', 5_000);
    resetTimerCommand(writer, 0);
    let transactions = 0;
    t.control.on('afterTransaction', () => transactions++);
    expect(startTimerCommand(writer, { fresh: true })).toEqual({ ok: true });
    expect(transactions).toBe(1);
    expect(readWorkshop(t.control).timer.endsAt).toBeGreaterThan(5_000);
  });
});

describe('the facilitator’s phase and lock, as residents’ refusals', () => {
  const ana = { role: 'participant', seatId: 'ana' } as const;
  function tablet(t: TestBoard): CommandContext {
    return {
      board: t.board,
      origin: t.as('ana'),
      actor: ana,
      settings: readWorkshop(t.control),
      index: new BoardIndex(t.board),
      undo: null,
      now: () => 0,
    };
  }
  const cell = { day: 'mon', period: 'morning' } as const;

  it('a resident is told "locked" while the facilitator locks the board, "phase" out of the explore phase', () => {
    const t = new TestBoard().join('ana').action({ id: 'a1', title: 'Permanence' });
    const facilitator = controlWriter(t, 'facilitator');
    setPhaseCommand(facilitator, 'explore');
    expect(placeActivityCommand(tablet(t), 'shopping', cell).ok).toBe(true);
    setBoardLockedCommand(facilitator, true);
    expect(placeActivityCommand(tablet(t), 'shopping', cell)).toEqual({ ok: false, refusal: 'locked' });
    setBoardLockedCommand(facilitator, false);
    setPhaseCommand(facilitator, 'plan');
    expect(placeActivityCommand(tablet(t), 'shopping', cell)).toEqual({ ok: false, refusal: 'phase' });
    // The plan has neither: a stakeholder writes while the board is locked, in any phase.
    setBoardLockedCommand(facilitator, true);
    expect(setFieldCommand({ doc: t.plan, origin: t.as('stakeholder') }, 'a1', 'owner', 'CAF')).toEqual({
      ok: true,
    });
  });
});

describe('a tablet sitting down', () => {
  it('writes its own seat only; a screen without a seat is refused', () => {
    const t = new TestBoard();
    const seat = { board: t.board, origin: t.as('ana'), role: 'participant' as const, seatId: 'ana' };
    expect(chooseLookCommand(seat, { avatar: 'owl', color: '#135492', name: '' })).toEqual({ ok: true });
    expect(chooseNameCommand(seat, 'Ana')).toEqual({ ok: true });
    expect(t.readBoard().participants).toEqual([
      expect.objectContaining({ id: 'ana', avatar: 'owl', color: '#135492', name: 'Ana' }),
    ]);
    for (const role of ['facilitator', 'viewer'] as const) {
      const screen = { board: t.board, origin: t.as(role), role, seatId: null };
      expect(chooseLookCommand(screen, { avatar: 'cat', color: '#000000', name: '' })).toEqual({
        ok: false,
        refusal: 'readOnly',
      });
      expect(chooseNameCommand(screen, 'X')).toEqual({ ok: false, refusal: 'readOnly' });
    }
    expect(t.readBoard().participants.map((p) => p.name)).toEqual(['Ana']);
  });
});
