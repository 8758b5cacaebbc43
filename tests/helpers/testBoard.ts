/**
 * A chainable driver for the three documents of one workshop, in the manner of tldraw's TestEditor:
 *
 *   const t = new TestBoard().join('ana').place('ana', 'shopping', 'mon', 'morning', 'shop')
 *     .difficulty('ana', 'shop', 'forgot-password', 'mot de passe', 'pwd').propose('ana', ['pwd'], 'atelier', 'p1');
 *
 * Ids given as the last argument are used as the record ids, so tests name their records. Setup helpers
 * throw when the op refuses: a refused setup step is a bug in the test, not a result. Tests of refusal
 * call the ops themselves on `t.board` / `t.plan` / `t.control` with `t.as(actor)`.
 * Creation times come from a counter, so items read back in the order the test created them.
 */
import * as Y from 'yjs';
import { migrateDoc } from '../../shared/migrate/migrateDoc';
import { computeSynthesis, type Synthesis } from '../../shared/model/synthesis';
import {
  addDifficulty,
  moveItem,
  placeActivity,
  removeItem,
  setItemLabel,
} from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { addProposal, mergeProposals } from '../../shared/ops/board/proposals';
import { castVote, withdrawVote } from '../../shared/ops/board/votes';
import { initWorkshop } from '../../shared/ops/control/workshop';
import { ServerOrigin, UserOrigin } from '../../shared/ops/origin';
import { createAction, type NewAction } from '../../shared/ops/plan/actions';
import { linkAction, setCapabilityScore } from '../../shared/ops/plan/sheet';
import { readBoard, readItem } from '../../shared/read/board';
import { readAction, readPlan } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import type { Board, BoardItem, Day, Period } from '../../shared/schema/board';
import type { WorkshopSettings } from '../../shared/schema/control';
import type { Action, Plan } from '../../shared/schema/plan';

export const FACILITATOR = 'facilitator';
export const STAKEHOLDER = 'stakeholder';

export class TestBoard {
  readonly control = new Y.Doc();
  readonly board = new Y.Doc();
  readonly plan = new Y.Doc();
  private readonly origins = new Map<string, UserOrigin>();
  private clock = 1_000;

  constructor(info: { title: string; place?: string; date?: string } = { title: 'Atelier test' }) {
    const server = new ServerOrigin('test setup');
    initWorkshop(this.control, info, server);
    migrateDoc('board', this.board);
    migrateDoc('plan', this.plan);
  }

  /** The one UserOrigin of an actor (participant id, `facilitator`, `stakeholder`), as a screen keeps it. */
  as(actor: string): UserOrigin {
    let origin = this.origins.get(actor);
    if (!origin) {
      origin = new UserOrigin(actor);
      this.origins.set(actor, origin);
    }
    return origin;
  }

  /** A fresh, increasing creation time. */
  tick(): number {
    this.clock += 1_000;
    return this.clock;
  }

  join(id: string, name = id): this {
    const fields = { id, name, avatar: `avatar-${id}`, color: '#336699' };
    return this.check(addParticipant(this.board, fields, this.as(id)), `join ${id}`);
  }

  place(who: string, pictogram: string, day: Day | null, period: Period | null, id?: string): this {
    const args = { pictogram, day, period, author: who, id, now: this.tick() };
    return this.check(placeActivity(this.board, args, this.as(who)), `place ${pictogram}`);
  }

  difficulty(who: string, activityId: string, pictogram: string, label = '', id?: string): this {
    const args = { activityId, pictogram, label, author: who, id, now: this.tick() };
    return this.check(addDifficulty(this.board, args, this.as(who)), `difficulty ${pictogram}`);
  }

  propose(who: string, difficultyIds: string[], label: string, id?: string, pictogram = 'idea'): this {
    const args = { difficultyIds, pictogram, label, author: who, id, now: this.tick() };
    return this.check(addProposal(this.board, args, this.as(who)), `propose ${label}`);
  }

  vote(who: string, proposalId: string, times = 1): this {
    const max = this.workshop().votesPerParticipant;
    for (let i = 0; i < times; i++) {
      this.check(castVote(this.board, { proposalId, participantId: who, max }, this.as(who)), `vote ${who}`);
    }
    return this;
  }

  withdraw(who: string, proposalId: string): this {
    const args = { proposalId, participantId: who };
    return this.check(withdrawVote(this.board, args, this.as(who)), `withdraw ${who}`);
  }

  merge(sourceId: string, targetId: string): this {
    return this.check(mergeProposals(this.board, { sourceId, targetId }, this.as(FACILITATOR)), 'merge');
  }

  move(id: string, day: Day | null, period: Period | null, who = FACILITATOR): this {
    return this.check(moveItem(this.board, { id, day, period }, this.as(who)), `move ${id}`);
  }

  label(id: string, label: string, who = FACILITATOR): this {
    return this.check(setItemLabel(this.board, { id, label }, this.as(who)), `label ${id}`);
  }

  remove(id: string, who = FACILITATOR): this {
    return this.check(removeItem(this.board, { id }, this.as(who)), `remove ${id}`);
  }

  action(fields: Partial<NewAction> & { id?: string }, who = STAKEHOLDER): this {
    const args: NewAction = { nature: 'new', start: '2027-01', end: '2027-06', ...fields, now: this.tick() };
    return this.check(createAction(this.plan, args, this.as(who)), 'create action');
  }

  score(id: string, axis: string, score: number, who = STAKEHOLDER): this {
    return this.check(setCapabilityScore(this.plan, { id, axis, score }, this.as(who)), `score ${id}`);
  }

  linkAction(id: string, itemId: string, who = STAKEHOLDER): this {
    return this.check(linkAction(this.plan, { id, itemId }, this.as(who)), `link ${id}`);
  }

  workshop(): WorkshopSettings {
    return readWorkshop(this.control);
  }

  readBoard(): Board {
    return readBoard(this.board);
  }

  item(id: string): BoardItem {
    const item = readItem(this.board, id);
    if (!item) throw new Error(`no item ${id}`);
    return item;
  }

  readPlan(): Plan {
    return readPlan(this.plan);
  }

  actionOf(id: string): Action {
    const action = readAction(this.plan, id);
    if (!action) throw new Error(`no action ${id}`);
    return action;
  }

  synthesis(): Synthesis {
    return computeSynthesis(this.readBoard());
  }

  private check(result: boolean | string | null, what: string): this {
    if (result === false || result === null) throw new Error(`TestBoard: op refused: ${what}`);
    return this;
  }
}
