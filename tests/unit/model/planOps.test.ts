import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { UserOrigin } from '../../../shared/ops/origin';
import { createAction, moveAction, removeAction, updateAction } from '../../../shared/ops/plan/actions';
import { linkAction, setCapabilityScore, unlinkAction } from '../../../shared/ops/plan/sheet';
import { actionText, replaceActionText } from '../../../shared/ops/plan/text';
import { actionsMap } from '../../../shared/ops/roots';
import { readAction, readActions } from '../../../shared/read/plan';
import type { ActionTextField, Nature } from '../../../shared/schema/plan';
import { TestBoard } from '../../helpers/testBoard';

const caf = new UserOrigin('stakeholder');

describe('createAction', () => {
  it('numbers actions in creation order and fills every field', () => {
    const t = new TestBoard()
      .action({ id: 'a', title: 'Permanences numériques', nature: 'continue', context: 'Mots de passe' })
      .action({ id: 'b', title: 'Ateliers', links: ['p1', 'p1', 'p2'], lane: 'CCAS', axis: 'rights' });
    expect(t.actionOf('a')).toMatchObject({
      number: 1,
      title: 'Permanences numériques',
      nature: 'continue',
      status: 'draft',
      context: 'Mots de passe',
      objectives: '',
      start: '2027-01',
      end: '2027-06',
      capabilities: {},
      links: [],
    });
    expect(t.actionOf('b')).toMatchObject({ number: 2, lane: 'CCAS', axis: 'rights', links: ['p1', 'p2'] });
  });

  it('creates the nested types up front so editors bind to them', () => {
    const t = new TestBoard().action({ id: 'a' });
    const record = actionsMap(t.plan).get('a') as Y.Map<unknown>;
    expect(record.get('capabilities')).toBeInstanceOf(Y.Map);
    expect(record.get('links')).toBeInstanceOf(Y.Array);
    expect(actionText(t.plan, 'a', 'objectives')).toBeInstanceOf(Y.Text);
  });

  it('stores odd drafting values as given: empty title, end before start', () => {
    const doc = new Y.Doc();
    const id = createAction(doc, { title: '', nature: 'new', start: '2028-05', end: '2027-01' }, caf);
    expect(readAction(doc, id as string)).toMatchObject({ title: '', start: '2028-05', end: '2027-01' });
  });

  it('falls back to "new" for an unknown nature and refuses a taken id', () => {
    const doc = new Y.Doc();
    createAction(doc, { id: 'x', nature: 'later' as Nature, start: '', end: '' }, caf);
    expect(readAction(doc, 'x')?.nature).toBe('new');
    expect(createAction(doc, { id: 'x', nature: 'new', start: '', end: '' }, caf)).toBeNull();
  });
});

describe('updateAction and moveAction', () => {
  it('writes given scalar fields as typed, ignoring invalid enums', () => {
    const t = new TestBoard().action({ id: 'a' });
    updateAction(
      t.plan,
      { id: 'a', title: 'Titre ', budget: 'environ 5 000 €', owner: 'CCAS', status: 'ready' },
      caf,
    );
    updateAction(t.plan, { id: 'a', nature: 'maybe' as Nature, status: 'done' as 'ready' }, caf);
    expect(t.actionOf('a')).toMatchObject({
      title: 'Titre ',
      budget: 'environ 5 000 €',
      owner: 'CCAS',
      status: 'ready',
      nature: 'new',
    });
    expect(updateAction(t.plan, { id: 'ghost', title: 'x' }, caf)).toBe(false);
  });

  it('moves on the timeline, with or without a lane', () => {
    const t = new TestBoard().action({ id: 'a', lane: 'CAF' });
    expect(moveAction(t.plan, { id: 'a', start: '2028-01', end: '2027-12' }, caf)).toBe(true);
    expect(t.actionOf('a')).toMatchObject({ start: '2028-01', end: '2027-12', lane: 'CAF' });
    moveAction(t.plan, { id: 'a', start: '2028-01', end: '2028-12', lane: 'Mission locale' }, caf);
    expect(t.actionOf('a').lane).toBe('Mission locale');
    expect(moveAction(t.plan, { id: 'ghost', start: '2028-01', end: '2028-12' }, caf)).toBe(false);
  });

  it('removeAction deletes; unknown ids are no-ops', () => {
    const t = new TestBoard().action({ id: 'a' });
    expect(removeAction(t.plan, { id: 'ghost' }, caf)).toBe(false);
    expect(removeAction(t.plan, { id: 'a' }, caf)).toBe(true);
    expect(readActions(t.plan)).toEqual([]);
  });
});

describe('capabilities and links', () => {
  it('clamps and rounds scores to 0…4, refusing non-numbers', () => {
    const t = new TestBoard().action({ id: 'a' });
    t.score('a', 'work', 7).score('a', 'rights', -2).score('a', 'dignity', 2.6);
    expect(setCapabilityScore(t.plan, { id: 'a', axis: 'work', score: Number.NaN }, caf)).toBe(false);
    expect(setCapabilityScore(t.plan, { id: 'ghost', axis: 'work', score: 1 }, caf)).toBe(false);
    expect(t.actionOf('a').capabilities).toEqual({ work: 4, rights: 0, dignity: 3 });
  });

  it('links board items once and unlinks them', () => {
    const t = new TestBoard().action({ id: 'a' });
    linkAction(t.plan, { id: 'a', itemId: 'p1' }, caf);
    linkAction(t.plan, { id: 'a', itemId: 'p1' }, caf);
    linkAction(t.plan, { id: 'a', itemId: 'd2' }, caf);
    expect(t.actionOf('a').links).toEqual(['p1', 'd2']);
    expect(unlinkAction(t.plan, { id: 'a', itemId: 'p1' }, caf)).toBe(true);
    expect(unlinkAction(t.plan, { id: 'a', itemId: 'p1' }, caf)).toBe(false);
    expect(t.actionOf('a').links).toEqual(['d2']);
  });
});

describe('long text fields', () => {
  it('replaceActionText splices only the change, so concurrent typing elsewhere survives', () => {
    const t = new TestBoard().action({ id: 'a', context: 'Les habitants oublient leurs mots de passe.' });
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(t.plan));
    // Someone types at the start on another screen while a form replaces a word at the end here.
    actionText(peer, 'a', 'context')?.insert(0, 'Constat : ');
    replaceActionText(
      t.plan,
      { id: 'a', field: 'context', text: 'Les habitants oublient leurs codes.' },
      caf,
    );
    Y.applyUpdate(t.plan, Y.encodeStateAsUpdate(peer));
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(t.plan));
    expect(t.actionOf('a').context).toBe('Constat : Les habitants oublient leurs codes.');
    expect(readAction(peer, 'a')?.context).toBe(t.actionOf('a').context);
  });

  it('upgrades a plain-string field written by an old peer, keeping nothing stale', () => {
    const t = new TestBoard().action({ id: 'a' });
    (actionsMap(t.plan).get('a') as Y.Map<unknown>).set('indicators', 'ancien texte');
    expect(actionText(t.plan, 'a', 'indicators')).toBeNull();
    replaceActionText(t.plan, { id: 'a', field: 'indicators', text: 'Nombre de personnes' }, caf);
    expect(actionText(t.plan, 'a', 'indicators')?.toString()).toBe('Nombre de personnes');
  });

  it('stores half an emoji as U+FFFD so the writer and its peers hold the same text', () => {
    const t = new TestBoard().action({ id: 'a' });
    replaceActionText(t.plan, { id: 'a', field: 'context', text: `ok ${'😀'.slice(0, 1)}` }, caf);
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(t.plan));
    expect(t.actionOf('a').context).toBe('ok \ufffd');
    expect(readAction(peer, 'a')?.context).toBe('ok \ufffd');
  });

  it('refuses unknown fields and actions; an unchanged text writes nothing', () => {
    const t = new TestBoard().action({ id: 'a', context: 'x' });
    expect(replaceActionText(t.plan, { id: 'a', field: 'title' as ActionTextField, text: 'x' }, caf)).toBe(
      false,
    );
    expect(replaceActionText(t.plan, { id: 'ghost', field: 'context', text: 'x' }, caf)).toBe(false);
    expect(actionText(t.plan, 'a', 'budget' as ActionTextField)).toBeNull();
    let updates = 0;
    t.plan.on('update', () => updates++);
    expect(replaceActionText(t.plan, { id: 'a', field: 'context', text: 'x' }, caf)).toBe(true);
    expect(updates).toBe(0);
  });
});

describe('readActions order', () => {
  it('sorts by start month, then number; actions with no start come last', () => {
    const t = new TestBoard()
      .action({ id: 'late', start: '2029-01' })
      .action({ id: 'none', start: '' })
      .action({ id: 'early', start: '2027-03' })
      .action({ id: 'early2', start: '2027-03' });
    expect(readActions(t.plan).map((a) => a.id)).toEqual(['early', 'early2', 'late', 'none']);
  });
});
