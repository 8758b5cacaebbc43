/**
 * The timeline's gestures as plain data: where a press lands, when it becomes a drag, what a drop asks
 * the plan for. Expectations are written out in months and screen pixels (a month is 26 world units,
 * lanes 72 high, the camera at the corner of the sticky frame: world 0,0 is screen 196,60).
 */
import { describe, expect, it } from 'vitest';
import { cardAt, DragMachine } from '../../../client/plan/canvas/dragMachine';
import { layoutTimeline, timelineSpan } from '../../../shared/model/timeline';
import { monthIndex } from '../../../shared/model/yearMonth';
import { defaultAction } from '../../../shared/schema/defaults';
import type { Action } from '../../../shared/schema/plan';

const m = (ym: string) => monthIndex(ym) as number;
const span = timelineSpan('2027-01', '2030-12');
const camera = { x: 196, y: 60, zoom: 1 };

function action(id: string, fields: Partial<Action>): Action {
  return { ...defaultAction(id), ...fields };
}

// CAF's lane is 0–72, CCAS's 72–144, the undated band below them.
const layout = layoutTimeline(
  [
    action('a1', { owner: 'CCAS', start: '2027-01', end: '2027-06' }),
    action('a2', { owner: 'CAF', start: '2027-03', end: '2027-05' }),
    action('u1', { owner: 'CCAS', start: '', end: '' }),
  ],
  span,
  'owner',
);
/** The middle of a1 on screen. */
const A1 = { x: 274, y: 168 };

describe('hit testing', () => {
  it('finds the card under the pointer, and none under the sticky axis or lane names', () => {
    expect(cardAt(layout, camera, A1)?.id).toBe('a1');
    expect(cardAt(layout, camera, { x: 287, y: 96 })?.id).toBe('a2');
    expect(cardAt(layout, camera, { x: 500, y: 168 })).toBeNull();
    // a1 scrolled under the lane names and the axis is covered by them.
    const scrolled = { x: 120, y: -20, zoom: 1 };
    expect(cardAt(layout, scrolled, { x: 150, y: 88 })).toBeNull();
    expect(cardAt(layout, { x: 196, y: -40, zoom: 1 }, { x: 274, y: 50 })).toBeNull();
  });
});

describe('the drag state machine', () => {
  it('opens a card on a tap that stays within a few pixels', () => {
    const machine = new DragMachine();
    machine.press(cardAt(layout, camera, A1), A1, camera, true);
    expect(machine.move({ x: 277, y: 169 }, camera, layout, true)).toEqual({ kind: 'none' });
    expect(machine.release()).toEqual({ kind: 'open', id: 'a1' });
  });

  it('moves a card by whole months, lifting it once', () => {
    const machine = new DragMachine();
    machine.press(cardAt(layout, camera, A1), A1, camera, true);
    const first = machine.move({ x: 274 + 78, y: 168 }, camera, layout, true);
    expect(first).toEqual({
      kind: 'drag',
      lifted: true,
      resizing: false,
      ghost: { id: 'a1', x: 78, y: 82, width: 156, from: m('2027-04'), to: m('2027-09'), lane: 'CCAS' },
    });
    expect(machine.dragged?.id).toBe('a1');
    const second = machine.move({ x: 274 + 80, y: 168 }, camera, layout, true);
    expect(second).toMatchObject({ kind: 'drag', lifted: false });
    expect(machine.release()).toEqual({ kind: 'move', id: 'a1', delta: 3, lane: null });
    expect(machine.active).toBe(false);
  });

  it('changes lane when dropped on another one, keeping its months', () => {
    const machine = new DragMachine();
    machine.press(cardAt(layout, camera, A1), A1, camera, true);
    const step = machine.move({ x: 274, y: 168 - 72 }, camera, layout, true);
    expect(step).toMatchObject({ kind: 'drag', ghost: { y: 10, lane: 'CAF', from: m('2027-01') } });
    expect(machine.release()).toEqual({ kind: 'move', id: 'a1', delta: 0, lane: 'CAF' });
  });

  it('resizes from an edge, snapped to a month boundary', () => {
    const machine = new DragMachine();
    // a1 ends at screen x 352: a press 4 px inside grabs its end.
    const press = { x: 348, y: 168 };
    machine.press(cardAt(layout, camera, press), press, camera, true);
    const step = machine.move({ x: 352 + 52, y: 170 }, camera, layout, true);
    expect(step).toEqual({
      kind: 'drag',
      lifted: true,
      resizing: true,
      ghost: { id: 'a1', x: 0, y: 82, width: 208, from: m('2027-01'), to: m('2027-08'), lane: null },
    });
    expect(machine.release()).toEqual({ kind: 'resize', id: 'a1', from: m('2027-01'), to: m('2027-08') });
  });

  it('dates an undated card dropped on a lane, for six months from the month under the pointer', () => {
    const undated = layout.byId.get('u1');
    if (!undated) throw new Error('no undated card');
    const press = { x: 196 + undated.rect.x + 20, y: 60 + undated.rect.y + 20 };
    const machine = new DragMachine();
    machine.press(cardAt(layout, camera, press), press, camera, true);
    machine.move({ x: 196 + 317, y: 160 }, camera, layout, true);
    expect(machine.release()).toEqual({
      kind: 'date',
      id: 'u1',
      from: m('2028-01'),
      to: m('2028-06'),
      lane: 'CCAS',
    });
    // Dropped outside every lane, it stays undated.
    machine.press(cardAt(layout, camera, press), press, camera, true);
    machine.move({ x: press.x + 40, y: press.y }, camera, layout, true);
    expect(machine.release()).toEqual({ kind: 'none' });
  });

  it('pans for a reader who drags a card, and on the background for everyone', () => {
    const reader = new DragMachine();
    reader.press(cardAt(layout, camera, A1), A1, camera, false);
    expect(reader.move({ x: 284, y: 168 }, camera, layout, false)).toEqual({ kind: 'none' });
    expect(reader.move({ x: 300, y: 200 }, camera, layout, false)).toEqual({
      kind: 'pan',
      camera: { x: 222, y: 92, zoom: 1 },
    });
    expect(reader.release()).toEqual({ kind: 'none' });

    const editor = new DragMachine();
    editor.press(null, { x: 500, y: 300 }, camera, true);
    expect(editor.move({ x: 450, y: 280 }, camera, layout, true)).toEqual({
      kind: 'pan',
      camera: { x: 146, y: 40, zoom: 1 },
    });
  });

  it('drops nothing when the drag is cancelled (Escape)', () => {
    const machine = new DragMachine();
    machine.press(cardAt(layout, camera, A1), A1, camera, true);
    machine.move({ x: 274 + 78, y: 168 }, camera, layout, true);
    machine.cancel();
    expect(machine.dragged).toBeNull();
    expect(machine.release()).toEqual({ kind: 'none' });
  });
});
