/**
 * Re-creates a workshop from its JSON export, through the same ops the screens use (so every rule of the
 * ops holds: labels capped, unknown kinds refused, scores clamped). The target documents should be
 * fresh; records whose id is taken, difficulties whose activity is missing and notes (no op writes them)
 * are skipped and counted in the report. Read as tolerantly as the document readers: a field of the wrong
 * type gets its default.
 */
import type * as Y from 'yjs';
import { addDifficulty, moveItem, placeActivity } from '../../ops/board/items';
import { addParticipant, freeSeat } from '../../ops/board/participants';
import { addProposal, mergeProposals } from '../../ops/board/proposals';
import { castVote } from '../../ops/board/votes';
import { setCapabilityAxes } from '../../ops/control/capabilityAxes';
import { addCustomPictogram } from '../../ops/control/customPictograms';
import { initWorkshop, setPhase, setTimelineSpan, setVotesPerParticipant } from '../../ops/control/workshop';
import type { Origin } from '../../ops/origin';
import { createAction, updateAction } from '../../ops/plan/actions';
import { setCapabilityScore } from '../../ops/plan/sheet';
import { replaceActionText } from '../../ops/plan/text';
import {
  asBoolean,
  asEnum,
  asNullableEnum,
  asNullableString,
  asNumber,
  asString,
  asStringList,
  entriesOf,
  type FieldGetter,
  fieldsOf,
} from '../../read/coerce';
import { DAYS, ITEM_KINDS, PERIODS } from '../../schema/board';
import { LANGUAGES, PHASES } from '../../schema/control';
import { ACTION_TEXT_FIELDS, NATURES, STATUSES } from '../../schema/plan';
import { WORKSHOP_JSON_FORMAT, WORKSHOP_JSON_VERSION } from './schema';

export class WorkshopJsonError extends Error {
  override readonly name = 'WorkshopJsonError';
}

export interface ImportDocs {
  control: Y.Doc;
  board: Y.Doc;
  plan: Y.Doc;
}

export interface ImportReport {
  participants: number;
  items: number;
  votes: number;
  actions: number;
  /** Record ids not re-created, with why. */
  skipped: { id: string; reason: 'taken' | 'noActivity' | 'note' | 'invalid' }[];
}

export function parseWorkshopJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new WorkshopJsonError('Not JSON.');
  }
}

export function importWorkshopJson(json: unknown, docs: ImportDocs, origin: Origin): ImportReport {
  const root = fieldsOf(json);
  if (!root || root('format') !== WORKSHOP_JSON_FORMAT)
    throw new WorkshopJsonError('Not a Fresco workshop export.');
  const version = root('formatVersion');
  if (
    typeof version !== 'number' ||
    !Number.isInteger(version) ||
    version < 1 ||
    version > WORKSHOP_JSON_VERSION
  ) {
    throw new WorkshopJsonError(`Unsupported format version ${String(version)}.`);
  }
  const report: ImportReport = { participants: 0, items: 0, votes: 0, actions: 0, skipped: [] };
  // One transaction per document: a synced screen sends the import as three updates, not thousands of
  // messages (which the server's per-connection rate limit would cut).
  docs.control.transact(() => importControl(fieldsOf(root('workshop')), docs.control, origin), origin);
  docs.board.transact(() => importBoard(root, docs.board, origin, report), origin);
  docs.plan.transact(() => importPlan(root('actions'), docs.plan, origin, report), origin);
  return report;
}

function importControl(workshop: FieldGetter | null, doc: Y.Doc, origin: Origin): void {
  const field: FieldGetter = workshop ?? (() => undefined);
  initWorkshop(
    doc,
    {
      title: asString(field('title')),
      place: asString(field('place')),
      date: asString(field('date')),
      language: asEnum(field('language'), LANGUAGES, 'fr'),
    },
    origin,
  );
  const start = asString(field('timelineStart'));
  const end = asString(field('timelineEnd'));
  if (start && end) setTimelineSpan(doc, { start, end }, origin);
  const axes = field('capabilityAxes');
  if (Array.isArray(axes)) {
    const list = axes.map((axis) => fieldsOf(axis)).filter((axis) => axis !== null);
    setCapabilityAxes(
      doc,
      list.map((axis) => ({ id: asString(axis('id')), label: asString(axis('label')) })),
      origin,
    );
  }
  const votes = field('votesPerParticipant');
  if (typeof votes === 'number') setVotesPerParticipant(doc, votes, origin);
  const phase = asNullableEnum(field('phase'), PHASES);
  if (phase) setPhase(doc, phase, origin);
  const custom = field('customPictograms');
  for (const entry of Array.isArray(custom) ? custom : []) {
    const pictogram = fieldsOf(entry);
    if (!pictogram) continue;
    addCustomPictogram(
      doc,
      {
        id: asString(pictogram('id')),
        kind: asEnum(pictogram('kind'), ['activity', 'difficulty'] as const, 'activity'),
        label: asString(pictogram('label')),
        pictogram: asString(pictogram('pictogram')),
      },
      origin,
    );
  }
}

function importBoard(root: FieldGetter, doc: Y.Doc, origin: Origin, report: ImportReport): void {
  const participants = root('participants');
  for (const entry of Array.isArray(participants) ? participants : []) {
    const seat = fieldsOf(entry);
    const id = seat ? asString(seat('id')) : '';
    if (!seat || !id) continue;
    const fields = {
      id,
      name: '',
      avatar: asString(seat('avatar')),
      color: asString(seat('color'), '#888888'),
    };
    if (!addParticipant(doc, fields, origin)) {
      report.skipped.push({ id, reason: 'taken' });
      continue;
    }
    report.participants++;
    if (asBoolean(seat('freed'), false)) freeSeat(doc, { id }, origin);
  }

  const items = (Array.isArray(root('items')) ? (root('items') as unknown[]) : [])
    .map((value) => fieldsOf(value))
    .filter((item) => item !== null);
  const kindOf = (item: FieldGetter) => asEnum(item('kind'), ITEM_KINDS, 'note');
  // Parents before children: activities, then difficulties, then proposals (their links need both).
  for (const kind of ITEM_KINDS) {
    for (const item of items.filter((entry) => kindOf(entry) === kind)) importItem(item, doc, origin, report);
  }
  // Votes before merges: a merge moves the duplicate's votes onto the proposal standing for the group.
  for (const [proposalId, tally] of entriesOf(root('votes'))) {
    for (const [participantId, count] of entriesOf(tally)) {
      const tokens = Math.floor(asNumber(count, 0));
      for (let i = 0; i < tokens; i++) {
        const args = { proposalId, participantId, max: Number.MAX_SAFE_INTEGER };
        if (castVote(doc, args, origin)) report.votes++;
      }
    }
  }
  for (const item of items) {
    const target = asNullableString(item('mergedInto'));
    if (target && kindOf(item) === 'proposal')
      mergeProposals(doc, { sourceId: asString(item('id')), targetId: target }, origin);
  }
}

function importItem(item: FieldGetter, doc: Y.Doc, origin: Origin, report: ImportReport): void {
  const id = asString(item('id'));
  if (!id) return;
  const common = {
    id,
    pictogram: asString(item('pictogram')),
    label: asString(item('label')),
    author: asString(item('author')),
    now: asNumber(item('createdAt'), Date.now()),
  };
  let created: string | null = null;
  switch (asEnum(item('kind'), ITEM_KINDS, 'note')) {
    case 'activity':
      created = placeActivity(
        doc,
        {
          ...common,
          day: asNullableEnum(item('day'), DAYS),
          period: asNullableEnum(item('period'), PERIODS),
        },
        origin,
      );
      break;
    case 'difficulty': {
      const activityId = asString(item('parent'));
      created = addDifficulty(doc, { ...common, activityId }, origin);
      if (created === null) {
        report.skipped.push({ id, reason: 'noActivity' });
        return;
      }
      break;
    }
    case 'proposal': {
      const links = asStringList(item('links'));
      const parent = asNullableString(item('parent'));
      const difficultyIds = links.length > 0 ? links : parent ? [parent] : [];
      created = addProposal(doc, { ...common, difficultyIds }, origin);
      break;
    }
    case 'note':
      report.skipped.push({ id, reason: 'note' });
      return;
  }
  if (created === null) {
    report.skipped.push({ id, reason: 'taken' });
    return;
  }
  report.items++;
  // A difficulty's day and period follow its activity; only activities carry their own.
  if (asEnum(item('kind'), ITEM_KINDS, 'note') !== 'activity') {
    const day = asNullableEnum(item('day'), DAYS);
    const period = asNullableEnum(item('period'), PERIODS);
    if (day || period) moveItem(doc, { id, day, period }, origin);
  }
}

function importPlan(actions: unknown, doc: Y.Doc, origin: Origin, report: ImportReport): void {
  for (const entry of Array.isArray(actions) ? actions : []) {
    const action = fieldsOf(entry);
    const id = action ? asString(action('id')) : '';
    if (!action || !id) continue;
    const created = createAction(
      doc,
      {
        id,
        title: asString(action('title')),
        nature: asEnum(action('nature'), NATURES, 'new'),
        start: asString(action('start')),
        end: asString(action('end')),
        lane: asString(action('lane')),
        theme: asString(action('theme')),
        axis: asString(action('axis')),
        links: asStringList(action('links')),
        now: asNumber(action('createdAt'), Date.now()),
      },
      origin,
    );
    if (created === null) {
      report.skipped.push({ id, reason: 'taken' });
      continue;
    }
    report.actions++;
    updateAction(
      doc,
      {
        id,
        status: asEnum(action('status'), STATUSES, 'draft'),
        owner: asString(action('owner')),
        partners: asString(action('partners')),
        budget: asString(action('budget')),
        number: asNumber(action('number'), 0),
      },
      origin,
    );
    for (const field of ACTION_TEXT_FIELDS) {
      const text = asString(action(field));
      if (text) replaceActionText(doc, { id, field, text }, origin);
    }
    for (const [axis, score] of entriesOf(action('capabilities'))) {
      if (typeof score === 'number') setCapabilityScore(doc, { id, axis, score }, origin);
    }
  }
}
