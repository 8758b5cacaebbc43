import type * as Y from 'yjs';
import { actionsMap } from '../ops/roots';
import { defaultAction } from '../schema/defaults';
import {
  ACTION_SCALAR_FIELDS,
  ACTION_TEXT_FIELDS,
  type Action,
  CAPABILITY_MAX,
  NATURES,
  type Plan,
  STATUSES,
} from '../schema/plan';
import {
  asEnum,
  asNumber,
  asString,
  asStringList,
  asText,
  compareStrings,
  entriesOf,
  fieldsOf,
} from './coerce';

/** Actions sorted by start month, then number, then id; an action with no valid start comes last. */
export function readActions(doc: Y.Doc): Action[] {
  const actions: Action[] = [];
  for (const [id, value] of actionsMap(doc).entries()) {
    const action = toAction(id, value);
    if (action) actions.push(action);
  }
  return actions.sort(
    (a, b) =>
      compareStrings(a.start || '\uffff', b.start || '\uffff') ||
      a.number - b.number ||
      compareStrings(a.id, b.id),
  );
}

export function readAction(doc: Y.Doc, id: string): Action | null {
  return toAction(id, actionsMap(doc).get(id));
}

export function readPlan(doc: Y.Doc): Plan {
  return { actions: readActions(doc) };
}

function toAction(id: string, value: unknown): Action | null {
  const field = fieldsOf(value);
  if (!field) return null;
  const action = defaultAction(id);
  action.number = asNumber(field('number'), action.number);
  // The fields updateAction writes, so a field added there is read here. Drafting values (empty title,
  // end before start, "environ 5 000 €") are read as stored: the editor flags them with actionProblems
  // instead of hiding them. A scalar field that is not a string must get its own branch (tsc says so).
  for (const key of ACTION_SCALAR_FIELDS) {
    if (key === 'nature') action.nature = asEnum(field(key), NATURES, action.nature);
    else if (key === 'status') action.status = asEnum(field(key), STATUSES, action.status);
    else action[key] = asString(field(key));
  }
  for (const key of ACTION_TEXT_FIELDS) action[key] = asText(field(key));
  action.capabilities = readCapabilities(field('capabilities'));
  action.links = asStringList(field('links'));
  action.createdAt = asNumber(field('createdAt'), action.createdAt);
  return action;
}

function readCapabilities(value: unknown): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const [axis, score] of entriesOf(value)) {
    if (typeof score !== 'number' || !Number.isFinite(score)) continue;
    scores[axis] = Math.min(CAPABILITY_MAX, Math.max(0, Math.round(score)));
  }
  return scores;
}
