import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { updateAction } from '../../../shared/ops/plan/actions';
import { actionsMap, itemsMap, participantsMap, votesMap, workshopMap } from '../../../shared/ops/roots';
import { readBoard, readItem, readItems, readParticipants, readVotes } from '../../../shared/read/board';
import { readAction, readActions } from '../../../shared/read/plan';
import { readWorkshop } from '../../../shared/read/workshop';
import { defaultAction, defaultBoardItem, defaultWorkshopSettings } from '../../../shared/schema/defaults';
import { STAKEHOLDER, TestBoard } from '../../helpers/testBoard';

function yMap(entries: Record<string, unknown>): Y.Map<unknown> {
  return new Y.Map(Object.entries(entries));
}

describe('readWorkshop', () => {
  it('gives the defaults for an empty document', () => {
    expect(readWorkshop(new Y.Doc())).toEqual(defaultWorkshopSettings());
  });

  it('replaces wrongly typed values by defaults and keeps good ones', () => {
    const doc = new Y.Doc();
    const map = workshopMap(doc);
    map.set('title', 42);
    map.set('place', 'Centre social');
    map.set('phase', 'party');
    map.set('language', 'en');
    map.set('doorOpen', 'no');
    map.set('timer', { endsAt: 'soon', remainingMs: -5, pauseInputAtZero: true });
    map.set('follow', { canvas: 'wall', x: '1', y: 2, zoom: -1 });
    map.set('timelineStart', '2027-13');
    map.set('timelineEnd', '2031-06');
    map.set('capabilityAxes', [
      { id: 'a', label: 'A' },
      'junk',
      { label: 'no id' },
      { id: 'a', label: 'dup' },
      null,
    ]);
    map.set('votesPerParticipant', '3');
    map.set('customPictograms', [{ id: 'c1', kind: 'weird', label: 'Marché' }, 7]);
    map.set('schemaVersion', 'one');
    const defaults = defaultWorkshopSettings();
    expect(readWorkshop(doc)).toEqual({
      ...defaults,
      place: 'Centre social',
      language: 'en',
      timer: { endsAt: null, remainingMs: 0, durationMs: 0, pauseInputAtZero: true },
      follow: { canvas: 'board', x: 0, y: 2, zoom: 1, bringSeq: 0 },
      timelineEnd: '2031-06',
      capabilityAxes: [{ id: 'a', label: 'A' }],
      customPictograms: [{ id: 'c1', kind: 'activity', label: 'Marché', pictogram: '' }],
    });
  });

  it('accepts a timer written as a Y.Map by an odd peer', () => {
    const doc = new Y.Doc();
    workshopMap(doc).set('timer', yMap({ endsAt: 5, remainingMs: 10 }));
    expect(readWorkshop(doc).timer).toEqual({
      endsAt: 5,
      remainingMs: 10,
      durationMs: 10,
      pauseInputAtZero: false,
    });
  });
});

describe('board readers', () => {
  it('skip records that are not records and fill missing fields', () => {
    const doc = new Y.Doc();
    itemsMap(doc).set('junk', 'not a record');
    itemsMap(doc).set('empty', new Y.Map());
    itemsMap(doc).set('plain', {
      kind: 'activity',
      pictogram: 'bus',
      day: 'mon',
      period: 'night',
      createdAt: 'x',
    });
    expect(readItem(doc, 'junk')).toBeNull();
    expect(readItem(doc, 'missing')).toBeNull();
    expect(readItem(doc, 'empty')).toEqual(defaultBoardItem('empty'));
    expect(readItem(doc, 'plain')).toEqual({
      ...defaultBoardItem('plain'),
      kind: 'activity',
      pictogram: 'bus',
      day: 'mon',
    });
    expect(readItems(doc).map((item) => item.id)).toEqual(['empty', 'plain']);
  });

  it('read an unknown kind as a note so nothing disappears, and dedupe links', () => {
    const doc = new Y.Doc();
    const record = yMap({ kind: 'sticker', label: 'coucou', links: Y.Array.from(['d1', 'd1', 7, 'd2']) });
    itemsMap(doc).set('x', record);
    expect(readItem(doc, 'x')).toMatchObject({ kind: 'note', label: 'coucou', links: ['d1', 'd2'] });
  });

  it('read a proposal with only a parent (old peer) as linked to it', () => {
    const doc = new Y.Doc();
    itemsMap(doc).set('p', yMap({ kind: 'proposal', parent: 'd1' }));
    expect(readItem(doc, 'p')?.links).toEqual(['d1']);
  });

  it('sort items by creation time, then id, the same on every peer', () => {
    const doc = new Y.Doc();
    itemsMap(doc).set('b', yMap({ kind: 'note', createdAt: 2 }));
    itemsMap(doc).set('c', yMap({ kind: 'note', createdAt: 1 }));
    itemsMap(doc).set('a', yMap({ kind: 'note', createdAt: 2 }));
    expect(readItems(doc).map((item) => item.id)).toEqual(['c', 'a', 'b']);
  });

  it('keep only positive whole vote counts, from Y.Maps or plain objects', () => {
    const doc = new Y.Doc();
    votesMap(doc).set('p1', yMap({ ana: 2, bob: 0, cy: -1, dan: 'many', eve: 1.9 }));
    votesMap(doc).set('p2', { ana: 1 });
    votesMap(doc).set('p3', 'junk');
    expect(readVotes(doc)).toEqual({ p1: { ana: 2, eve: 1 }, p2: { ana: 1 } });
  });

  it('readBoard leaves out votes on items that are gone', () => {
    const doc = new Y.Doc();
    itemsMap(doc).set('p1', yMap({ kind: 'proposal' }));
    votesMap(doc).set('p1', yMap({ ana: 1 }));
    votesMap(doc).set('gone', yMap({ ana: 2 }));
    expect(readBoard(doc).votes).toEqual({ p1: { ana: 1 } });
  });

  it('read participants with defaults, sorted by name', () => {
    const doc = new Y.Doc();
    participantsMap(doc).set('2', yMap({ name: 'Zoé', freed: 'yes' }));
    participantsMap(doc).set('1', yMap({ name: 'Ali', color: 5 }));
    participantsMap(doc).set('3', 'junk');
    expect(readParticipants(doc)).toEqual([
      { id: '1', name: 'Ali', avatar: '', color: '#888888', freed: false },
      { id: '2', name: 'Zoé', avatar: '', color: '#888888', freed: false },
    ]);
  });
});

describe('plan readers', () => {
  it('fill defaults, validate enums, read text from Y.Text or strings, clamp scores', () => {
    const doc = new Y.Doc();
    actionsMap(doc).set(
      'a',
      yMap({
        number: '3',
        title: 'Ateliers',
        nature: 'reinforce',
        status: 'finished',
        start: 2027,
        context: new Y.Text('Contexte'),
        objectives: 'Objectifs en texte brut',
        audience: 12,
        capabilities: yMap({ work: 9, rights: 'high', dignity: 1.4 }),
        links: ['p1', 5, 'p1'],
      }),
    );
    expect(readAction(doc, 'a')).toEqual({
      ...defaultAction('a'),
      title: 'Ateliers',
      nature: 'reinforce',
      context: 'Contexte',
      objectives: 'Objectifs en texte brut',
      capabilities: { work: 4, dignity: 1 },
      links: ['p1'],
    });
  });

  it('read back every scalar field updateAction writes', () => {
    const t = new TestBoard().action({ id: 'a' });
    const written = {
      title: 'Ateliers mots de passe',
      nature: 'continue',
      status: 'ready',
      lane: 'CCAS',
      theme: 'Accès aux droits',
      axis: 'rights',
      start: '2027-03',
      end: '2027-09',
      owner: 'CCAS',
      partners: 'CAF, médiathèque',
      budget: 'environ 5 000 €',
    } as const;
    expect(updateAction(t.plan, { id: 'a', ...written }, t.as(STAKEHOLDER))).toBe(true);
    expect(readAction(t.plan, 'a')).toMatchObject(written);
  });

  it('skip non-records', () => {
    const doc = new Y.Doc();
    actionsMap(doc).set('junk', [1, 2]);
    actionsMap(doc).set('ok', new Y.Map());
    expect(readActions(doc).map((action) => action.id)).toEqual(['ok']);
    expect(readAction(doc, 'junk')).toBeNull();
  });
});
