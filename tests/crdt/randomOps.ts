/**
 * Random ops as each role's screen would send them, picking among the records that peer currently sees.
 * Every write goes through shared/ops, so the fuzz checks the ops, not hand-made Yjs edits.
 */
import {
  addDifficulty,
  moveItem,
  placeActivity,
  removeItem,
  setItemLabel,
} from '../../shared/ops/board/items';
import { addProposal, linkProposal, mergeProposals, unlinkProposal } from '../../shared/ops/board/proposals';
import { castVote, withdrawVote } from '../../shared/ops/board/votes';
import { addCapabilityAxis, removeCapabilityAxis } from '../../shared/ops/control/capabilityAxes';
import { bringEveryone, setFollow } from '../../shared/ops/control/follow';
import { addTimerTime, pauseTimer, startTimer } from '../../shared/ops/control/timer';
import { setPhase, setVotesPerParticipant } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { createAction, moveAction, removeAction, updateAction } from '../../shared/ops/plan/actions';
import { linkAction, setCapabilityScore, unlinkAction } from '../../shared/ops/plan/sheet';
import { replaceActionText } from '../../shared/ops/plan/text';
import { readItems } from '../../shared/read/board';
import { readActions } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import { DAYS, PERIODS } from '../../shared/schema/board';
import { PHASES } from '../../shared/schema/control';
import { ACTION_TEXT_FIELDS, NATURES } from '../../shared/schema/plan';
import type { Prng } from './prng';
import type { Peer } from './simNetwork';

export type Role = 'facilitator' | 'resident' | 'stakeholder';

export interface FuzzOptions {
  /** Whether the facilitator merges proposals and changes the vote budget (both can break the budget). */
  merges: boolean;
}

/** What the fuzz records so the test can assert what must hold after convergence. */
export interface FuzzLog {
  createdProposals: Set<string>;
  /** Items some peer removed directly (not by cascade). */
  removedDirectly: Set<string>;
  /** Votes accepted by castVote, so a budget check is known not to be vacuous. */
  votesCast: number;
  budgetChecks: number;
}

export class Actor {
  readonly origin: UserOrigin;
  private counter = 0;

  constructor(
    readonly peer: Peer,
    readonly role: Role,
    /** The seat id for residents. */
    readonly actorId: string,
  ) {
    this.origin = new UserOrigin(actorId);
  }

  nextId(prefix: string): string {
    this.counter++;
    return `${prefix}-${this.actorId}-${this.counter}`;
  }
}

export function randomOp(actor: Actor, rng: Prng, now: number, log: FuzzLog, options: FuzzOptions): void {
  if (actor.role === 'resident') residentOp(actor, rng, now, log);
  else if (actor.role === 'stakeholder') stakeholderOp(actor, rng, now);
  else if (rng.chance(0.3)) controlOp(actor, rng, now, options);
  else if (rng.chance(0.6)) facilitatorBoardOp(actor, rng, log, options);
  else stakeholderOp(actor, rng, now);
}

function residentOp(actor: Actor, rng: Prng, now: number, log: FuzzLog): void {
  const doc = actor.peer.docs.board;
  const o = actor.origin;
  const items = readItems(doc);
  const ofKind = (kind: string) => items.filter((item) => item.kind === kind).map((item) => item.id);
  const author = actor.actorId;
  switch (rng.int(9)) {
    case 0:
    case 1: {
      const [day, period] = [rng.pick(DAYS) ?? null, rng.pick(PERIODS) ?? null];
      placeActivity(
        doc,
        { id: actor.nextId('a'), pictogram: `act${rng.int(5)}`, day, period, author, now },
        o,
      );
      return;
    }
    case 2: {
      const activityId = rng.pick(ofKind('activity'));
      const label = rng.chance(0.5) ? rng.word() : '';
      if (activityId)
        addDifficulty(
          doc,
          { id: actor.nextId('d'), activityId, pictogram: `dif${rng.int(6)}`, label, author, now },
          o,
        );
      return;
    }
    case 3: {
      const difficultyIds = [rng.pick(ofKind('difficulty')), rng.pick(ofKind('difficulty'))].filter(
        (id): id is string => id !== undefined,
      );
      const id = addProposal(
        doc,
        { id: actor.nextId('p'), difficultyIds, pictogram: 'idea', label: rng.word(), author, now },
        o,
      );
      if (id) log.createdProposals.add(id);
      return;
    }
    case 4: {
      const proposalId = rng.pick(ofKind('proposal'));
      const difficultyId = rng.pick(ofKind('difficulty'));
      if (proposalId && difficultyId) {
        if (rng.chance(0.7)) linkProposal(doc, { proposalId, difficultyId }, o);
        else unlinkProposal(doc, { proposalId, difficultyId }, o);
      }
      return;
    }
    case 5:
    case 6: {
      const proposalId = rng.pick(ofKind('proposal'));
      const max = readWorkshop(actor.peer.docs.control).votesPerParticipant;
      if (proposalId && castVote(doc, { proposalId, participantId: author, max }, o)) log.votesCast++;
      return;
    }
    case 7: {
      const proposalId = rng.pick(ofKind('proposal'));
      if (proposalId) withdrawVote(doc, { proposalId, participantId: author }, o);
      return;
    }
    default: {
      const id = rng.pick(items.map((item) => item.id));
      if (!id) return;
      if (rng.chance(0.5)) setItemLabel(doc, { id, label: `${rng.word()} ${rng.word()}` }, o);
      else moveItem(doc, { id, day: rng.pick(DAYS) ?? null, period: rng.pick(PERIODS) ?? null }, o);
    }
  }
}

function facilitatorBoardOp(actor: Actor, rng: Prng, log: FuzzLog, options: FuzzOptions): void {
  const doc = actor.peer.docs.board;
  const items = readItems(doc);
  const proposals = items.filter((item) => item.kind === 'proposal').map((item) => item.id);
  if (options.merges && rng.chance(0.4)) {
    const [sourceId, targetId] = [rng.pick(proposals), rng.pick(proposals)];
    if (sourceId && targetId) mergeProposals(doc, { sourceId, targetId }, actor.origin);
    return;
  }
  if (rng.chance(0.5)) {
    const id = rng.pick(items.map((item) => item.id));
    if (id && removeItem(doc, { id }, actor.origin)) log.removedDirectly.add(id);
    return;
  }
  const id = rng.pick(items.map((item) => item.id));
  if (id) setItemLabel(doc, { id, label: rng.word() }, actor.origin);
}

function controlOp(actor: Actor, rng: Prng, now: number, options: FuzzOptions): void {
  const doc = actor.peer.docs.control;
  const o = actor.origin;
  const viewport = { canvas: 'board' as const, x: rng.int(500), y: rng.int(500), zoom: 1 + rng.int(3) };
  switch (rng.int(7)) {
    case 0:
      setPhase(doc, rng.pick(PHASES) ?? 'welcome', o);
      return;
    case 1:
      if (!startTimer(doc, { now }, o)) pauseTimer(doc, { now }, o);
      return;
    case 2:
      addTimerTime(doc, { ms: 60_000 * (rng.int(3) - 1), now }, o);
      return;
    case 3:
      if (rng.chance(0.5)) setFollow(doc, rng.chance(0.2) ? null : viewport, o);
      else bringEveryone(doc, viewport, o);
      return;
    case 4: {
      const axes = readWorkshop(doc).capabilityAxes;
      if (rng.chance(0.5) || axes.length === 0)
        addCapabilityAxis(doc, { id: actor.nextId('axis'), label: rng.word() }, o);
      else removeCapabilityAxis(doc, { id: (rng.pick(axes) as { id: string }).id }, o);
      return;
    }
    case 5:
      if (options.merges) setVotesPerParticipant(doc, 1 + rng.int(5), o);
      return;
    default:
      return;
  }
}

function stakeholderOp(actor: Actor, rng: Prng, now: number): void {
  const doc = actor.peer.docs.plan;
  const o = actor.origin;
  const ids = readActions(doc).map((action) => action.id);
  const id = rng.pick(ids);
  const month = () => `${2027 + rng.int(4)}-${String(1 + rng.int(12)).padStart(2, '0')}`;
  const op = ids.length === 0 ? 0 : rng.int(9);
  switch (op) {
    case 0:
      createAction(
        doc,
        {
          id: actor.nextId('x'),
          nature: rng.pick(NATURES) ?? 'new',
          start: month(),
          end: month(),
          title: rng.word(),
          now,
        },
        o,
      );
      return;
    case 1:
      updateAction(
        doc,
        { id: id as string, title: `${rng.word()}${rng.word()}`, budget: `${rng.int(9)} 000 €` },
        o,
      );
      return;
    case 2:
      moveAction(doc, { id: id as string, start: month(), end: month(), lane: rng.word() }, o);
      return;
    case 3:
      setCapabilityScore(doc, { id: id as string, axis: `axis${rng.int(4)}`, score: rng.int(7) - 1 }, o);
      return;
    case 4: {
      const itemId = readItems(actor.peer.docs.board).at(rng.int(5))?.id ?? `item${rng.int(3)}`;
      if (rng.chance(0.7)) linkAction(doc, { id: id as string, itemId }, o);
      else unlinkAction(doc, { id: id as string, itemId }, o);
      return;
    }
    case 5:
    case 6:
    case 7: {
      const action = readActions(doc).find((candidate) => candidate.id === id);
      const field = rng.pick(ACTION_TEXT_FIELDS) ?? 'context';
      if (!action) return;
      const before = action[field];
      const at = rng.int(before.length + 1);
      const cut = rng.chance(0.3) ? rng.int(4) : 0;
      const text = before.slice(0, at) + rng.word() + before.slice(Math.min(before.length, at + cut));
      replaceActionText(doc, { id: id as string, field, text }, o);
      return;
    }
    default:
      if (rng.chance(0.3)) removeAction(doc, { id: id as string }, o);
  }
}
