import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { wellFormed } from '../../../shared/model/label';
import {
  addDifficulty,
  moveItem,
  placeActivity,
  removeItem,
  setItemLabel,
} from '../../../shared/ops/board/items';
import { addParticipant, freeSeat, updateParticipant } from '../../../shared/ops/board/participants';
import { UserOrigin } from '../../../shared/ops/origin';
import { itemsMap } from '../../../shared/ops/roots';
import { readItems, readParticipants } from '../../../shared/read/board';
import { type Day, LABEL_MAX, NAME_MAX } from '../../../shared/schema/board';
import { TestBoard } from '../../helpers/testBoard';

const ana = new UserOrigin('ana');

describe('participants', () => {
  it('seats a resident once, with a trimmed, capped name', () => {
    const doc = new Y.Doc();
    const long = `  ${'Ä'.repeat(NAME_MAX + 5)}  `;
    expect(addParticipant(doc, { id: 'ana', name: long, avatar: 'cat', color: '#ff0000' }, ana)).toBe(true);
    expect(addParticipant(doc, { id: 'ana', name: 'again', avatar: 'dog', color: '#00ff00' }, ana)).toBe(
      false,
    );
    expect(addParticipant(doc, { id: '', name: 'x', avatar: 'dog', color: '#00ff00' }, ana)).toBe(false);
    expect(readParticipants(doc)).toEqual([
      { id: 'ana', name: 'Ä'.repeat(NAME_MAX), avatar: 'cat', color: '#ff0000', freed: false },
    ]);
  });

  it('updates given fields and frees seats without deleting them', () => {
    const doc = new Y.Doc();
    addParticipant(doc, { id: 'ana', name: 'Ana', avatar: 'cat', color: '#ff0000' }, ana);
    expect(updateParticipant(doc, { id: 'ana', avatar: 'owl' }, ana)).toBe(true);
    expect(updateParticipant(doc, { id: 'bob', avatar: 'owl' }, ana)).toBe(false);
    expect(freeSeat(doc, { id: 'ana' }, ana)).toBe(true);
    expect(freeSeat(doc, { id: 'bob' }, ana)).toBe(false);
    expect(readParticipants(doc)[0]).toMatchObject({ name: 'Ana', avatar: 'owl', freed: true });
  });
});

describe('activities and difficulties', () => {
  it('places an activity with its author and creation time', () => {
    const t = new TestBoard().join('ana').place('ana', 'shopping', 'mon', 'morning', 'shop');
    expect(t.item('shop')).toEqual({
      id: 'shop',
      kind: 'activity',
      pictogram: 'shopping',
      label: '',
      day: 'mon',
      period: 'morning',
      parent: null,
      links: [],
      mergedInto: null,
      author: 'ana',
      createdAt: expect.any(Number),
    });
  });

  it('leaves an activity with an odd day in the tray instead of throwing', () => {
    const doc = new Y.Doc();
    const id = placeActivity(
      doc,
      { pictogram: 'bus', day: 'someday' as Day, period: 'morning', author: 'ana' },
      ana,
    );
    expect(readItems(doc)[0]).toMatchObject({ id, day: null, period: 'morning' });
  });

  it('refuses a given id that is taken', () => {
    const t = new TestBoard().place('ana', 'shopping', 'mon', 'morning', 'shop');
    const args = {
      pictogram: 'bus',
      day: 'tue' as const,
      period: 'evening' as const,
      author: 'ana',
      id: 'shop',
    };
    expect(placeActivity(t.board, args, ana)).toBeNull();
    expect(t.item('shop').pictogram).toBe('shopping');
  });

  it('hangs a difficulty off an existing activity only', () => {
    const t = new TestBoard().place('ana', 'doctor', 'tue', 'afternoon', 'doc');
    const id = addDifficulty(
      t.board,
      { activityId: 'doc', pictogram: 'online-appointment', author: 'ana' },
      ana,
    );
    expect(t.item(id as string)).toMatchObject({
      kind: 'difficulty',
      parent: 'doc',
      day: null,
      period: null,
    });
    expect(addDifficulty(t.board, { activityId: 'nope', pictogram: 'x', author: 'ana' }, ana)).toBeNull();
    expect(
      addDifficulty(t.board, { activityId: id as string, pictogram: 'x', author: 'ana' }, ana),
    ).toBeNull();
  });

  it('moves an item, back to the tray with nulls, refusing values that are neither', () => {
    const t = new TestBoard().place('ana', 'bus', 'mon', 'morning', 'bus');
    t.move('bus', 'sat', 'evening');
    expect(t.item('bus')).toMatchObject({ day: 'sat', period: 'evening' });
    t.move('bus', null, null);
    expect(t.item('bus')).toMatchObject({ day: null, period: null });
    expect(moveItem(t.board, { id: 'bus', day: 'funday' as Day, period: null }, ana)).toBe(false);
    expect(moveItem(t.board, { id: 'ghost', day: 'mon', period: null }, ana)).toBe(false);
  });
});

describe('labels', () => {
  it('trims and caps at LABEL_MAX', () => {
    const t = new TestBoard().place('ana', 'bus', 'mon', 'morning', 'bus');
    t.label('bus', `   ${'a'.repeat(LABEL_MAX + 20)}   `);
    expect(t.item('bus').label).toBe('a'.repeat(LABEL_MAX));
    t.label('bus', '  ligne 4  ');
    expect(t.item('bus').label).toBe('ligne 4');
  });

  it('never splits an emoji at the cap (no lone surrogate)', () => {
    const t = new TestBoard().place('ana', 'bus', 'mon', 'morning', 'bus');
    const label = `${'a'.repeat(LABEL_MAX - 1)}😀😀`;
    t.label('bus', label);
    const stored = t.item('bus').label;
    expect(stored).toBe('a'.repeat(LABEL_MAX - 1));
    expect(wellFormed(stored)).toBe(stored);
  });

  it('keeps a family emoji (several code points) whole or drops it whole', () => {
    const family = '👨‍👩‍👧';
    const t = new TestBoard().place('ana', 'bus', 'mon', 'morning', 'bus');
    t.label('bus', `${'a'.repeat(LABEL_MAX - 3)}${family}`);
    expect(t.item('bus').label).toBe('a'.repeat(LABEL_MAX - 3));
  });

  it('is a no-op on an unknown id', () => {
    const t = new TestBoard();
    expect(setItemLabel(t.board, { id: 'ghost', label: 'x' }, ana)).toBe(false);
    expect(itemsMap(t.board).size).toBe(0);
  });
});

describe('removeItem', () => {
  function workshop(): TestBoard {
    return new TestBoard()
      .join('ana')
      .join('bob')
      .place('ana', 'paperwork', 'mon', 'morning', 'caf')
      .difficulty('ana', 'caf', 'forgot-password', 'mot de passe CAF', 'pwd')
      .difficulty('bob', 'caf', 'form-too-long', '', 'form')
      .place('bob', 'bank', 'tue', 'morning', 'bank')
      .difficulty('bob', 'bank', 'fear-of-scams', 'arnaques', 'scam')
      .propose('ana', ['pwd', 'scam'], 'Permanence au centre social', 'p1')
      .propose('bob', ['form'], 'Aide aux formulaires', 'p2')
      .vote('ana', 'p2')
      .vote('bob', 'p2');
  }

  it('takes an activity’s difficulties with it', () => {
    const t = workshop().remove('caf');
    expect(
      t
        .readBoard()
        .items.map((i) => i.id)
        .sort(),
    ).toEqual(['bank', 'p1', 'p2', 'scam']);
  });

  it('keeps proposals of removed difficulties: links pruned, parent moves on, votes kept', () => {
    const t = workshop().remove('caf');
    expect(t.item('p1')).toMatchObject({ parent: 'scam', links: ['scam'] });
    expect(t.item('p2')).toMatchObject({ parent: null, links: [], label: 'Aide aux formulaires' });
    expect(t.readBoard().votes.p2).toEqual({ ana: 1, bob: 1 });
    expect(t.synthesis().detachedProposalIds).toEqual(['p2']);
  });

  it('removing a proposal gives its tokens back and un-merges what was merged into it', () => {
    const t = workshop().propose('bob', ['scam'], 'Atelier arnaques', 'p3').merge('p3', 'p2');
    t.remove('p2');
    expect(t.readBoard().votes).toEqual({});
    expect(t.item('p3').mergedInto).toBeNull();
  });

  it('is a no-op on an unknown id', () => {
    const t = workshop();
    expect(removeItem(t.board, { id: 'ghost' }, ana)).toBe(false);
    expect(t.readBoard().items).toHaveLength(7);
  });
});
