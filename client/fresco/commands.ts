/**
 * What a tap on the fresco does, as commands: each checks who may do it and when (the rules of
 * `shared/model/threads`), then calls exactly one op with this screen's origin. A refusal is returned as
 * data, never thrown, so the screen answers it with a gentle cue instead of an error dialog.
 */
import type * as Y from 'yjs';
import {
  type Actor,
  authorOf,
  canChangeItem,
  type FrescoTools,
  inputBlock,
  toolsOf,
} from '../../shared/model/threads';
import { votesLeft } from '../../shared/model/votes';
import { type DropTarget, toDayPeriod } from '../../shared/model/weekLayout';
import {
  addDifficulty,
  hasOthersDifficulties,
  moveItem,
  placeActivity,
  removeItem,
  setItemLabel,
} from '../../shared/ops/board/items';
import { addProposal, linkProposal, mergeProposals, unlinkProposal } from '../../shared/ops/board/proposals';
import { castVote, withdrawVote } from '../../shared/ops/board/votes';
import { addCustomPictogram, removeCustomPictogram } from '../../shared/ops/control/customPictograms';
import type { UserOrigin } from '../../shared/ops/origin';
import type { CustomPictogram, WorkshopSettings } from '../../shared/schema/control';
import { type ControlResult, type ControlWriter, controlGate } from '../commands/control';
import { OK, type CommandResult as Result, refused } from '../commands/result';
import type { BoardIndex } from './boardIndex';
import type { Refusal } from './useFrescoStore';

export interface CommandContext {
  board: Y.Doc;
  origin: UserOrigin;
  actor: Actor;
  settings: Pick<WorkshopSettings, 'phase' | 'boardLocked' | 'timer' | 'votesPerParticipant'>;
  index: BoardIndex;
  undo: Y.UndoManager | null;
  /** The server's clock, for the timer. */
  now(): number;
}

export type CommandResult = Result<Refusal>;

/** Why this screen may not use `tool` now, or null. The facilitator may use any tool in any phase. */
export function gate(ctx: CommandContext, tool: keyof FrescoTools | null): Refusal | null {
  const block = inputBlock(ctx.actor, ctx.settings, ctx.now());
  if (block) return block;
  if (tool && ctx.actor.role !== 'facilitator' && !toolsOf(ctx.settings.phase)[tool]) return 'phase';
  return null;
}

/** Each command is one step of undo, even two quick taps in a row. */
function done(ctx: CommandContext, result: CommandResult): CommandResult {
  ctx.undo?.stopCapturing();
  return result;
}

/**
 * `words` carries a custom pictogram's label onto the item, so the item keeps its words if the
 * facilitator later removes that custom pictogram.
 */
export function placeActivityCommand(
  ctx: CommandContext,
  pictogram: string,
  target: DropTarget,
  words?: string,
): CommandResult {
  const refusal = gate(ctx, 'place');
  if (refusal) return refused(refusal);
  const args = { pictogram, label: words, ...toDayPeriod(target), author: authorOf(ctx.actor) };
  const id = placeActivity(ctx.board, args, ctx.origin);
  return done(ctx, id ? { ok: true, id } : refused('gone'));
}

/** Whether this screen may pick up that item (to move or remove it), before even trying. */
export function canChange(ctx: CommandContext, id: string, tool: keyof FrescoTools | null): Refusal | null {
  const item = ctx.index.items.get(id);
  if (!item) return 'gone';
  if (!canChangeItem(ctx.actor, item)) return ctx.actor.role === 'participant' ? 'notYours' : 'readOnly';
  return gate(ctx, tool);
}

export function moveItemCommand(ctx: CommandContext, id: string, target: DropTarget): CommandResult {
  const refusal = canChange(ctx, id, 'place');
  if (refusal) return refused(refusal);
  return done(ctx, moveItem(ctx.board, { id, ...toDayPeriod(target) }, ctx.origin) ? OK : refused('gone'));
}

/**
 * A resident removes only what is theirs, and nothing of anyone else goes with it (the server refuses
 * an update that touches another seat's records): an activity with another resident's difficulty stays,
 * and others' proposals keep their links to what was removed. The facilitator's removal cascades.
 */
export function removeItemCommand(ctx: CommandContext, id: string): CommandResult {
  const item = ctx.index.items.get(id);
  const tool = item?.kind === 'activity' ? 'place' : item?.kind === 'difficulty' ? 'thread' : 'propose';
  const refusal = canChange(ctx, id, tool);
  if (refusal) return refused(refusal);
  const seat = ctx.actor.role === 'participant' ? ctx.actor.seatId : null;
  if (seat === null) return done(ctx, removeItem(ctx.board, { id }, ctx.origin) ? OK : refused('gone'));
  if (item?.kind === 'activity' && hasOthersDifficulties(ctx.board, id, seat)) return refused('othersThread');
  return done(ctx, removeItem(ctx.board, { id, as: seat }, ctx.origin) ? OK : refused('gone'));
}

export function addDifficultyCommand(
  ctx: CommandContext,
  activityId: string,
  pictogram: string,
  words?: string,
): CommandResult {
  const refusal = gate(ctx, 'thread');
  if (refusal) return refused(refusal);
  const args = { activityId, pictogram, label: words, author: authorOf(ctx.actor) };
  const id = addDifficulty(ctx.board, args, ctx.origin);
  return done(ctx, id ? { ok: true, id } : refused('gone'));
}

/** Words on one's own difficulty or proposal (the facilitator's on any). */
export function setWordsCommand(ctx: CommandContext, id: string, words: string): CommandResult {
  const item = ctx.index.items.get(id);
  const refusal = canChange(ctx, id, item?.kind === 'proposal' ? 'propose' : 'thread');
  if (refusal) return refused(refusal);
  if (item && item.label === words.trim()) return OK;
  return done(ctx, setItemLabel(ctx.board, { id, label: words }, ctx.origin) ? OK : refused('gone'));
}

export function addProposalCommand(
  ctx: CommandContext,
  proposal: { pictogram: string; label: string; difficultyIds: string[] },
): CommandResult {
  const refusal = gate(ctx, 'propose');
  if (refusal) return refused(refusal);
  const id = addProposal(ctx.board, { ...proposal, author: authorOf(ctx.actor) }, ctx.origin);
  return done(ctx, id ? { ok: true, id } : refused('gone'));
}

export function toggleProposalLinkCommand(
  ctx: CommandContext,
  proposalId: string,
  difficultyId: string,
): CommandResult {
  const refusal = canChange(ctx, proposalId, 'propose');
  if (refusal) return refused(refusal);
  const linked = ctx.index.items.get(proposalId)?.links.includes(difficultyId) ?? false;
  const args = { proposalId, difficultyId };
  const ok = linked ? unlinkProposal(ctx.board, args, ctx.origin) : linkProposal(ctx.board, args, ctx.origin);
  return done(ctx, ok ? OK : refused('gone'));
}

export function castVoteCommand(ctx: CommandContext, proposalId: string): CommandResult {
  const refusal = gate(ctx, 'vote');
  if (refusal) return refused(refusal);
  const participantId = ctx.actor.seatId;
  if (ctx.actor.role !== 'participant' || !participantId) return refused('readOnly');
  const max = ctx.settings.votesPerParticipant;
  if (votesLeft(ctx.index.votes, participantId, max) <= 0) return refused('budget');
  return done(
    ctx,
    castVote(ctx.board, { proposalId, participantId, max }, ctx.origin) ? OK : refused('gone'),
  );
}

export function withdrawVoteCommand(ctx: CommandContext, proposalId: string): CommandResult {
  const refusal = gate(ctx, 'vote');
  if (refusal) return refused(refusal);
  const participantId = ctx.actor.seatId;
  if (ctx.actor.role !== 'participant' || !participantId) return refused('readOnly');
  return done(ctx, withdrawVote(ctx.board, { proposalId, participantId }, ctx.origin) ? OK : refused('gone'));
}

/** The facilitator groups a duplicate proposal under another. */
export function mergeProposalsCommand(
  ctx: CommandContext,
  sourceId: string,
  targetId: string,
): CommandResult {
  if (ctx.actor.role !== 'facilitator') return refused('readOnly');
  return done(ctx, mergeProposals(ctx.board, { sourceId, targetId }, ctx.origin) ? OK : refused('gone'));
}

/** Undoes this screen's last change only (the manager tracks this screen's origin, nobody else's). */
export function undoCommand(ctx: CommandContext): CommandResult {
  const refusal = gate(ctx, null);
  if (refusal) return refused(refusal);
  if (!ctx.undo || ctx.undo.undoStack.length === 0) return OK;
  ctx.undo.undo();
  return OK;
}

/**
 * The facilitator's own activities and difficulties for this workshop, in the residents' palette at once.
 * They live in the control document (only the facilitator writes it); removing one leaves the items
 * already placed, with their words.
 */
export function addCustomPictogramCommand(
  writer: ControlWriter,
  custom: { kind: CustomPictogram['kind']; label: string; pictogram: string },
): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  const id = addCustomPictogram(writer.control, custom, writer.origin);
  return id ? { ok: true, id } : refused('invalid');
}

export function removeCustomPictogramCommand(writer: ControlWriter, id: string): ControlResult {
  const refusal = controlGate(writer);
  if (refusal) return refused(refusal);
  return removeCustomPictogram(writer.control, { id }, writer.origin) ? OK : refused('invalid');
}
