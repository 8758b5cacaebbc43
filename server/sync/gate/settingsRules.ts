/**
 * The rules of the two documents without seats: `control` (the facilitator's settings, plain values
 * under `workshop`) and `plan` (actions written by facilitator and stakeholders alike, PRODUCT.md §3).
 * Nobody owns a record there, but every value keeps its shape and size.
 */
import { ACTION_SHAPE, BOARD_META_SHAPE, type ValueShape } from '../../../shared/schema/shapes';
import { UpdateRefused } from './readUpdate';
import { checkInsertShape, checkNestedShape } from './recordValues';
import type { InsertEffect, UpdateEffects } from './resolveEffects';

/** One setting of the control document: a plain JSON value (timer, follow, axes, custom pictograms). */
const SETTING_SHAPE: ValueShape = { kind: 'json', maxBytes: 64 * 1024 };
/** A plan field this version does not know: kept, small, for a newer client or another tool. */
const UNKNOWN_ACTION_FIELD: ValueShape = { kind: 'json', maxBytes: 4 * 1024 };

export function checkControlUpdate(effects: UpdateEffects): void {
  for (const insert of effects.inserts) {
    if (insert.path[0] !== 'workshop' || insert.path.length !== 2) {
      throw new UpdateRefused('a part of the settings the schema does not have');
    }
    checkInsertShape(insert, SETTING_SHAPE, 'setting');
  }
  for (const deletion of effects.deletes) {
    if (deletion.path[0] !== 'workshop')
      throw new UpdateRefused('a part of the settings the schema does not have');
  }
}

/** Returns how many action records the update creates. */
export function checkPlanUpdate(effects: UpdateEffects, isFacilitator: boolean): number {
  let created = 0;
  for (const insert of effects.inserts) {
    const [root] = insert.path;
    if (root === 'meta' && isFacilitator && insert.path.length === 2) {
      checkInsertShape(insert, BOARD_META_SHAPE[insert.path[1] as string], 'settings');
    } else if (root === 'actions') {
      created += checkActionInsert(insert);
    } else {
      throw new UpdateRefused('a part of the plan the schema does not have');
    }
  }
  for (const deletion of effects.deletes) {
    const [root] = deletion.path;
    if (root !== 'actions' && !(root === 'meta' && isFacilitator)) {
      throw new UpdateRefused('a part of the plan the schema does not have');
    }
  }
  return created;
}

function checkActionInsert(insert: InsertEffect): number {
  const content = insert.item.content;
  if (insert.path.length === 2) {
    if (content.kind === 'deleted') return 0;
    if (content.kind !== 'type' || content.type !== 'map')
      throw new UpdateRefused('a value where an action belongs');
    return insert.item.origin === null ? 1 : 0;
  }
  const field = insert.path[2] as string;
  if (insert.path.length === 3) {
    checkInsertShape(insert, ACTION_SHAPE[field] ?? UNKNOWN_ACTION_FIELD, 'action');
    return 0;
  }
  if (insert.path.length === 4) {
    checkNestedShape(insert, ACTION_SHAPE[field], 'action');
    return 0;
  }
  throw new UpdateRefused('action: nested deeper than the schema');
}
