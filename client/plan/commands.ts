/**
 * What the plan screen does, each as one op (or ops in one transaction) with the screen's origin, so
 * a drop or a creation is a single undo step and arrives at once on other screens.
 */
import type * as Y from 'yjs';
import { type LaneMode, shiftMonths, yearMonthOf } from '../../shared/model/timeline';
import type { UserOrigin } from '../../shared/ops/origin';
import { createAction, moveAction, removeAction, updateAction } from '../../shared/ops/plan/actions';
import type { Action, Nature } from '../../shared/schema/plan';

export interface PlanWriter {
  doc: Y.Doc;
  origin: UserOrigin;
}

/** Drop on the fresco: moved by whole months, and into another lane (lead actor or theme) if given. */
export function dropAction(
  { doc, origin }: PlanWriter,
  action: Action,
  { delta, lane, mode }: { delta: number; lane: string | null; mode: LaneMode },
): void {
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
}

/** A dragged edge: new first and last months (only for cards with plain months). */
export function resizeAction({ doc, origin }: PlanWriter, id: string, from: number, to: number): void {
  moveAction(doc, { id, start: yearMonthOf(from), end: yearMonthOf(to) }, origin);
}

/** An undated card dropped on a lane: it gets the months under it, and the lane. */
export function dateAction(
  writer: PlanWriter,
  action: Action,
  { from, to, lane, mode }: { from: number; to: number; lane: string | null; mode: LaneMode },
): void {
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

/** A new fiche; returns its id. The lead actor, if known, is set in the same transaction. */
export function startAction({ doc, origin }: PlanWriter, draft: ActionDraft): string | null {
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
  return id;
}

export function deleteAction({ doc, origin }: PlanWriter, id: string): void {
  removeAction(doc, { id }, origin);
}
