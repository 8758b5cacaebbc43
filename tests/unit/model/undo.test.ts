import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { migrateDoc } from '../../../shared/migrate/migrateDoc';
import { placeActivity, setItemLabel } from '../../../shared/ops/board/items';
import { UserOrigin } from '../../../shared/ops/origin';
import { replaceActionText } from '../../../shared/ops/plan/text';
import { createUndoManager } from '../../../shared/ops/undo';
import { readItems } from '../../../shared/read/board';
import { readAction } from '../../../shared/read/plan';
import { TestBoard } from '../../helpers/testBoard';

describe('undo', () => {
  it('undoes only the local user’s own writes, never another resident’s', () => {
    const doc = new Y.Doc();
    const ana = new UserOrigin('ana');
    const bob = new UserOrigin('bob');
    const undo = createUndoManager(doc, 'board', ana);
    placeActivity(doc, { id: 'mine', pictogram: 'bus', day: 'mon', period: 'morning', author: 'ana' }, ana);
    undo.stopCapturing();
    placeActivity(doc, { id: 'his', pictogram: 'car', day: 'mon', period: 'morning', author: 'bob' }, bob);
    undo.undo();
    expect(readItems(doc).map((item) => item.id)).toEqual(['his']);
    undo.redo();
    expect(
      readItems(doc)
        .map((item) => item.id)
        .sort(),
    ).toEqual(['his', 'mine']);
  });

  it('tracks the origin instance, not the class: another UserOrigin for the same actor is not undone', () => {
    const doc = new Y.Doc();
    const here = new UserOrigin('ana');
    const otherTab = new UserOrigin('ana');
    const undo = createUndoManager(doc, 'board', here);
    placeActivity(doc, { id: 'x', pictogram: 'bus', day: 'mon', period: 'morning', author: 'ana' }, otherTab);
    expect(undo.canUndo()).toBe(false);
  });

  it('does not undo remote updates or server migrations', () => {
    const doc = new Y.Doc();
    const ana = new UserOrigin('ana');
    const undo = createUndoManager(doc, 'board', ana);
    const remote = new Y.Doc();
    placeActivity(remote, { id: 'r', pictogram: 'bus', day: 'mon', period: 'morning', author: 'bob' }, ana);
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(remote), 'provider');
    migrateDoc('board', doc);
    expect(undo.canUndo()).toBe(false);
  });

  it('undoes a label change and plan typing', () => {
    const t = new TestBoard().place('ana', 'bus', 'mon', 'morning', 'bus');
    const ana = t.as('ana');
    const undo = createUndoManager(t.board, 'board', ana);
    setItemLabel(t.board, { id: 'bus', label: 'ligne 4' }, ana);
    undo.undo();
    expect(t.item('bus').label).toBe('');

    t.action({ id: 'a', context: 'Constat' });
    const me = t.as('stakeholder');
    const planUndo = createUndoManager(t.plan, 'plan', me);
    replaceActionText(t.plan, { id: 'a', field: 'context', text: 'Constat partagé' }, me);
    planUndo.undo();
    expect(readAction(t.plan, 'a')?.context).toBe('Constat');
  });
});
