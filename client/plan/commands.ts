/**
 * What the plan screen does, as commands: each checks that this screen may write the plan, then writes
 * one op (or ops in one transaction) with the screen's origin, so a drop or a creation is a single undo
 * step and arrives at once on other screens. A refusal is returned as data, never thrown: the screen
 * says it calmly and keeps what the person typed.
 */
import type * as Y from 'yjs';
import { type LaneMode, shiftMonths, yearMonthOf } from '../../shared/model/timeline';
import type { UserOrigin } from '../../shared/ops/origin';
import { createAction, moveAction, removeAction, updateAction } from '../../shared/ops/plan/actions';
import { linkAction, setCapabilityScore, unlinkAction } from '../../shared/ops/plan/sheet';
import { actionText, replaceActionText } from '../../shared/ops/plan/text';
import { actionsMap } from '../../shared/ops/roots';
import {
  ACTION_TEXT_FIELDS,
  type Action,
  type ActionScalarField,
  type ActionTextField,
  type Nature,
} from '../../shared/schema/plan';
import { canWrite, isRole, type Role } from '../../shared/schema/roles';
import { type CommandResult, OK, refused, written } from '../commands/result';

export interface PlanWriter {
  doc: Y.Doc;
  origin: UserOrigin;
}

/**
 * `readOnly`: this screen's role may not write the plan (a resident, a viewer); `gone`: the fiche was
 * removed on another screen meanwhile.
 */
export type PlanRefusal = 'readOnly' | 'gone';

export type PlanResult = CommandResult<PlanRefusal>;

/**
 * The role a screen writes as. A screen's one origin names its role, or its seat for a resident's
 * tablet (see `UserOrigin`, `createSession`), so the writer needs nothing more to be checked.
 */
function roleOf(origin: UserOrigin): Role {
  return isRole(origin.actor) ? origin.actor : 'participant';
}

/**
 * Why this screen may not write the plan now, or null. Only the role decides (the server's rule, per
 * document): unlike the residents' fresco, the plan has no phase (stakeholders prepare their fiches
 * before the workshop and finish them after it, PRODUCT.md §3) and the board lock pauses residents only.
 */
export function planGate({ origin }: PlanWriter): PlanRefusal | null {
  return canWrite(roleOf(origin), 'plan') ? null : 'readOnly';
}

/** The gate, then whether the fiche is still there: a drop or a keystroke may race a removal elsewhere. */
function refusalFor(writer: PlanWriter, id: string): PlanRefusal | null {
  return planGate(writer) ?? (actionsMap(writer.doc).has(id) ? null : 'gone');
}

/** Drop on the fresco: moved by whole months, and into another lane (lead actor or theme) if given. */
export function dropAction(
  writer: PlanWriter,
  action: Action,
  { delta, lane, mode }: { delta: number; lane: string | null; mode: LaneMode },
): PlanResult {
  const refusal = refusalFor(writer, action.id);
  if (refusal) return refused(refusal);
  const { doc, origin } = writer;
  const months = shiftMonths(action, delta);
  doc.transact(() => {
    if (lane !== null && mode === 'owner') {
      moveAction(doc, { id: action.id, ...months, lane }, origin);
      updateAction(doc, { id: action.id, owner: lane }, origin);
    } else {
      moveAction(doc, { id: action.id, ...months }, origin);
      if (lane !== null) updateAction(doc, { id: action.id, theme: lane }, origin);
    }
  }, origin);
  return OK;
}

/** A dragged edge: new first and last months (only for cards with plain months). */
export function resizeAction(writer: PlanWriter, id: string, from: number, to: number): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  const { doc, origin } = writer;
  return written(moveAction(doc, { id, start: yearMonthOf(from), end: yearMonthOf(to) }, origin), 'gone');
}

/** An undated card dropped on a lane: it gets the months under it, and the lane. */
export function dateAction(
  writer: PlanWriter,
  action: Action,
  { from, to, lane, mode }: { from: number; to: number; lane: string | null; mode: LaneMode },
): PlanResult {
  const refusal = refusalFor(writer, action.id);
  if (refusal) return refused(refusal);
  const { doc, origin } = writer;
  doc.transact(() => {
    moveAction(doc, { id: action.id, start: yearMonthOf(from), end: yearMonthOf(to) }, origin);
    if (lane !== null && lane !== '') {
      updateAction(
        doc,
        mode === 'owner' ? { id: action.id, owner: lane } : { id: action.id, theme: lane },
        origin,
      );
    }
  }, origin);
  return OK;
}

export interface ActionDraft {
  title: string;
  nature: Nature;
  start: string;
  end: string;
  links: string[];
  context: string;
  owner?: string;
  theme?: string;
}

/** A new fiche, its id in the result. The lead actor, if known, is set in the same transaction. */
export function startAction(writer: PlanWriter, draft: ActionDraft): PlanResult {
  const refusal = planGate(writer);
  if (refusal) return refused(refusal);
  const { doc, origin } = writer;
  let id: string | null = null;
  doc.transact(() => {
    id = createAction(
      doc,
      {
        title: draft.title,
        nature: draft.nature,
        start: draft.start,
        end: draft.end,
        links: draft.links,
        context: draft.context,
        theme: draft.theme,
      },
      origin,
    );
    if (id && draft.owner) updateAction(doc, { id, owner: draft.owner }, origin);
  }, origin);
  return id ? { ok: true, id } : refused('gone');
}

/**
 * A fiche removed on another screen while this one had it open, written again from what this screen
 * last saw (every field, score and link), as a new fiche with the next number: nothing typed is lost.
 */
export function restoreActionCommand(writer: PlanWriter, snapshot: Action): PlanResult {
  const refusal = planGate(writer);
  if (refusal) return refused(refusal);
  const { doc, origin } = writer;
  let id: string | null = null;
  doc.transact(() => {
    const { title, nature, start, end, lane, theme, axis, links, context } = snapshot;
    id = createAction(doc, { title, nature, start, end, lane, theme, axis, links, context }, origin);
    if (!id) return;
    const { status, owner, partners, budget } = snapshot;
    updateAction(doc, { id, status, owner, partners, budget }, origin);
    for (const field of ACTION_TEXT_FIELDS) {
      if (field !== 'context') replaceActionText(doc, { id, field, text: snapshot[field] }, origin);
    }
    for (const [axisId, score] of Object.entries(snapshot.capabilities)) {
      setCapabilityScore(doc, { id, axis: axisId, score }, origin);
    }
  }, origin);
  return id ? { ok: true, id } : refused('gone');
}

export function deleteAction(writer: PlanWriter, id: string): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  return written(removeAction(writer.doc, { id }, writer.origin), 'gone');
}

/** A short field of the fiche (title, nature, status, lead, months, budget…), stored as typed. */
export function setFieldCommand(
  writer: PlanWriter,
  id: string,
  field: ActionScalarField,
  value: string,
): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  return written(updateAction(writer.doc, { id, [field]: value }, writer.origin), 'gone');
}

/** A long field set from a plain input: only the changed middle is spliced in (see replaceActionText). */
export function setTextCommand(
  writer: PlanWriter,
  id: string,
  field: ActionTextField,
  text: string,
): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  return written(replaceActionText(writer.doc, { id, field, text }, writer.origin), 'gone');
}

/** The residents' words the fiche answers, added under what the context already says. */
export function appendContextCommand(writer: PlanWriter, action: Action, words: string): PlanResult {
  const text = action.context.trim() ? `${action.context}\n\n${words}` : words;
  return setTextCommand(writer, action.id, 'context', text);
}

/**
 * The long field's Y.Text for a live editor binding, or null before it exists (an old peer's plain
 * string, upgraded by the first setTextCommand). Reading, not writing: here so editors reach the plan
 * through this file only.
 */
export function liveTextOf(writer: PlanWriter, id: string, field: ActionTextField): Y.Text | null {
  return actionText(writer.doc, id, field);
}

export function setScoreCommand(writer: PlanWriter, id: string, axis: string, score: number): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  return written(setCapabilityScore(writer.doc, { id, axis, score }, writer.origin), 'gone');
}

/** Links a board item (a proposal or a difficulty) the action answers. */
export function linkItemCommand(writer: PlanWriter, id: string, itemId: string): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  return written(linkAction(writer.doc, { id, itemId }, writer.origin), 'gone');
}

/** Unlinks items (a proposal with its difficulties goes in one step); one already unlinked is fine. */
export function unlinkItemsCommand(writer: PlanWriter, id: string, itemIds: readonly string[]): PlanResult {
  const refusal = refusalFor(writer, id);
  if (refusal) return refused(refusal);
  writer.doc.transact(() => {
    for (const itemId of itemIds) unlinkAction(writer.doc, { id, itemId }, writer.origin);
  }, writer.origin);
  return OK;
}
