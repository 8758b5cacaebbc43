/**
 * The plan's commands: who may write the plan, written out as a table; refusals returned as data and
 * nothing written with them; a fiche removed on another screen answered `gone`, never brought back.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  appendContextCommand,
  dateAction,
  deleteAction,
  dropAction,
  linkItemCommand,
  type PlanWriter,
  planGate,
  resizeAction,
  restoreActionCommand,
  setFieldCommand,
  setScoreCommand,
  setTextCommand,
  startAction,
  unlinkItemsCommand,
} from '../../../client/plan/commands';
import { monthIndex } from '../../../shared/model/yearMonth';
import { UserOrigin } from '../../../shared/ops/origin';
import { removeAction } from '../../../shared/ops/plan/actions';
import { TestBoard } from '../../helpers/testBoard';

function writerOf(t: TestBoard, actor: string): PlanWriter {
  return { doc: t.plan, origin: t.as(actor) };
}

const DRAFT = {
  title: 'Permanence',
  nature: 'new',
  start: '2027-01',
  end: '2027-06',
  links: [],
  context: '',
} as const;

/** Every plan command once, on the fiche `a1`; what each answers. */
function everyCommand(writer: PlanWriter, t: TestBoard) {
  const action = t.actionOf('a1');
  const from = monthIndex('2027-03') as number;
  return {
    start: startAction(writer, { ...DRAFT, links: [] }),
    drop: dropAction(writer, action, { delta: 1, lane: 'CAF', mode: 'owner' }),
    resize: resizeAction(writer, 'a1', from, from + 2),
    date: dateAction(writer, action, { from, to: from + 1, lane: 'Emploi', mode: 'theme' }),
    field: setFieldCommand(writer, 'a1', 'title', 'Autre titre'),
    text: setTextCommand(writer, 'a1', 'objectives', 'Des objectifs'),
    context: appendContextCommand(writer, action, '« mot de passe » cité 3 fois'),
    score: setScoreCommand(writer, 'a1', 'rights', 3),
    link: linkItemCommand(writer, 'a1', 'p1'),
    unlink: unlinkItemsCommand(writer, 'a1', ['p0']),
    remove: deleteAction(writer, 'a1'),
  };
}

describe('who may write the plan', () => {
  it('is the facilitator and the stakeholders; a resident’s tablet and a viewer only read', () => {
    const t = new TestBoard();
    // The screen's origin names its role, or its seat for a resident (see createSession).
    expect(planGate(writerOf(t, 'facilitator'))).toBeNull();
    expect(planGate(writerOf(t, 'stakeholder'))).toBeNull();
    expect(planGate(writerOf(t, 'seat-ana'))).toBe('readOnly');
    expect(planGate(writerOf(t, 'viewer'))).toBe('readOnly');
  });

  it('refuses every command from a viewer or a resident as data, and writes nothing', () => {
    for (const actor of ['viewer', 'seat-ana']) {
      const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
      t.linkAction('a1', 'p0');
      const before = Y.encodeStateVector(t.plan);
      const answers = everyCommand(writerOf(t, actor), t);
      for (const [name, answer] of Object.entries(answers)) {
        expect({ name, answer }).toEqual({ name, answer: { ok: false, refusal: 'readOnly' } });
      }
      expect(Y.encodeStateVector(t.plan)).toEqual(before);
      expect(t.actionOf('a1')).toMatchObject({ title: 'Permanence', start: '2027-01', links: ['p0'] });
    }
  });

  it('lets a stakeholder do each of them', () => {
    const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
    t.linkAction('a1', 'p0');
    const answers = everyCommand(writerOf(t, 'stakeholder'), t);
    for (const [name, answer] of Object.entries(answers)) {
      expect({ name, ok: answer.ok }).toEqual({ name, ok: true });
    }
    expect(answers.start.ok && typeof answers.start.id).toBe('string');
    expect(t.readPlan().actions.map((a) => a.title)).toEqual(['Permanence']);
  });

  it('is not paused by the board lock nor closed by a phase: partners write before and after the workshop', () => {
    const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
    const writer = writerOf(t, 'stakeholder');
    t.control.getMap('workshop').set('boardLocked', true);
    for (const phase of ['welcome', 'explore', 'thread', 'propose', 'plan', 'export']) {
      t.control.getMap('workshop').set('phase', phase);
      expect(setFieldCommand(writer, 'a1', 'owner', `CAF ${phase}`)).toEqual({ ok: true });
    }
    expect(t.actionOf('a1').owner).toBe('CAF export');
  });
});

describe('a fiche removed on another screen', () => {
  it('answers gone to every write, and nothing brings the record back', () => {
    const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
    const action = t.actionOf('a1');
    // Another stakeholder's screen deletes it; the update reaches this one.
    const elsewhere = new Y.Doc();
    Y.applyUpdate(elsewhere, Y.encodeStateAsUpdate(t.plan));
    removeAction(elsewhere, { id: 'a1' }, new UserOrigin('stakeholder'));
    Y.applyUpdate(t.plan, Y.encodeStateAsUpdate(elsewhere));

    const writer = writerOf(t, 'stakeholder');
    const from = monthIndex('2027-03') as number;
    const gone = { ok: false, refusal: 'gone' };
    expect(setFieldCommand(writer, 'a1', 'title', 'Permanence du mardi')).toEqual(gone);
    expect(setTextCommand(writer, 'a1', 'context', 'Les habitants disent…')).toEqual(gone);
    expect(appendContextCommand(writer, action, 'cité 3 fois')).toEqual(gone);
    expect(dropAction(writer, action, { delta: 2, lane: null, mode: 'owner' })).toEqual(gone);
    expect(resizeAction(writer, 'a1', from, from + 1)).toEqual(gone);
    expect(dateAction(writer, action, { from, to: from, lane: 'CAF', mode: 'owner' })).toEqual(gone);
    expect(setScoreCommand(writer, 'a1', 'rights', 2)).toEqual(gone);
    expect(linkItemCommand(writer, 'a1', 'p1')).toEqual(gone);
    expect(unlinkItemsCommand(writer, 'a1', ['p1'])).toEqual(gone);
    expect(deleteAction(writer, 'a1')).toEqual(gone);
    expect(t.plan.getMap('actions').has('a1')).toBe(false);
  });
});

describe('the fiche’s own writes', () => {
  it('adds the residents’ words under the context already written, and unlinks a proposal with its difficulties at once', () => {
    const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
    t.linkAction('a1', 'p1').linkAction('a1', 'd1').linkAction('a1', 'd2');
    const writer = writerOf(t, 'stakeholder');
    expect(appendContextCommand(writer, t.actionOf('a1'), '« Je ne sais pas » : cité 2 fois')).toEqual({
      ok: true,
    });
    expect(appendContextCommand(writer, t.actionOf('a1'), 'Mot de passe oublié : cité 3 fois')).toEqual({
      ok: true,
    });
    expect(t.actionOf('a1').context).toBe(
      '« Je ne sais pas » : cité 2 fois\n\nMot de passe oublié : cité 3 fois',
    );
    let transactions = 0;
    t.plan.on('afterTransaction', () => transactions++);
    expect(unlinkItemsCommand(writer, 'a1', ['p1', 'd1'])).toEqual({ ok: true });
    expect(transactions).toBe(1);
    expect(t.actionOf('a1').links).toEqual(['d2']);
  });
});

describe('a removed fiche written again', () => {
  it('comes back as a new fiche with every field, score and link this screen last saw', () => {
    const t = new TestBoard().action({ id: 'a1', title: 'Permanence', start: '2027-01', end: '2027-06' });
    t.linkAction('a1', 'p1').linkAction('a1', 'd1').score('a1', 'rights', 3);
    const writer = writerOf(t, 'stakeholder');
    setFieldCommand(writer, 'a1', 'owner', 'CCAS');
    setFieldCommand(writer, 'a1', 'budget', 'environ 5 000 €');
    setFieldCommand(writer, 'a1', 'status', 'ready');
    setTextCommand(writer, 'a1', 'objectives', 'Que chacun retrouve ses mots de passe.');
    setTextCommand(writer, 'a1', 'context', '« je note tout sur un papier » : cité 2 fois');
    const seen = t.actionOf('a1');
    removeAction(t.plan, { id: 'a1' }, t.as('bruno-elsewhere'));

    const result = restoreActionCommand(writer, seen);
    expect(result.ok).toBe(true);
    const id = result.ok ? (result.id as string) : '';
    expect(id).not.toBe('a1');
    const { id: _old, number: _n, createdAt: _c, ...content } = seen;
    expect(t.actionOf(id)).toMatchObject({
      ...content,
      owner: 'CCAS',
      budget: 'environ 5 000 €',
      status: 'ready',
      objectives: 'Que chacun retrouve ses mots de passe.',
      context: '« je note tout sur un papier » : cité 2 fois',
      capabilities: { rights: 3 },
      links: ['p1', 'd1'],
    });
    expect(restoreActionCommand(writerOf(t, 'viewer'), seen)).toEqual({ ok: false, refusal: 'readOnly' });
  });
});
