import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  cancelDoorClose,
  closeDoorIn,
  type DoorContext,
  toggleDoor,
} from '../../../client/screens/facilitator/commands';
import { initWorkshop } from '../../../shared/ops/control/workshop';
import { ServerOrigin, UserOrigin } from '../../../shared/ops/origin';
import { doorOpenAt, readWorkshop } from '../../../shared/read/workshop';

function door(doc: Y.Doc, now: number): DoorContext {
  const { doorOpen, doorClosesAt } = readWorkshop(doc);
  return {
    control: doc,
    origin: new UserOrigin('facilitator'),
    role: 'facilitator',
    settings: { doorOpen, doorClosesAt },
    now: () => now,
  };
}

function newControl(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: 'Atelier' }, new ServerOrigin('create'));
  return doc;
}

describe('door commands', () => {
  it('reads an old document without a closing time as "no planned closing"', () => {
    const doc = newControl();
    doc.getMap('workshop').delete('doorClosesAt');
    expect(readWorkshop(doc)).toMatchObject({ doorOpen: true, doorClosesAt: null });
    doc.getMap('workshop').set('doorClosesAt', 'soon');
    expect(readWorkshop(doc).doorClosesAt).toBeNull();
  });

  it('closes the door 30 minutes from now: open before, closed from then on', () => {
    const doc = newControl();
    expect(closeDoorIn(door(doc, 1_000_000), 30)).toEqual({ ok: true });
    expect(readWorkshop(doc).doorClosesAt).toBe(1_000_000 + 1_800_000);
    expect(doorOpenAt(readWorkshop(doc), 1_000_000 + 1_799_999)).toBe(true);
    expect(doorOpenAt(readWorkshop(doc), 1_000_000 + 1_800_000)).toBe(false);
  });

  it('opens a door that closed by itself, forgetting the past closing time', () => {
    const doc = newControl();
    closeDoorIn(door(doc, 0), 15);
    const later = 16 * 60_000;
    expect(doorOpenAt(readWorkshop(doc), later)).toBe(false);
    toggleDoor(door(doc, later));
    expect(readWorkshop(doc)).toMatchObject({ doorOpen: true, doorClosesAt: null });
    toggleDoor(door(doc, later));
    expect(readWorkshop(doc)).toMatchObject({ doorOpen: false, doorClosesAt: null });
  });

  it('keeps the door open when the planned closing is cancelled, and refuses a nonsense delay', () => {
    const doc = newControl();
    closeDoorIn(door(doc, 0), 60);
    cancelDoorClose(door(doc, 0));
    expect(readWorkshop(doc)).toMatchObject({ doorOpen: true, doorClosesAt: null });
    expect(closeDoorIn(door(doc, 0), -5)).toEqual({ ok: false, refusal: 'invalid' });
  });
});
