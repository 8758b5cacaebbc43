/** From the three documents (or their read models) to the export model every format is built from. */
import type * as Y from 'yjs';
import { actionCompleteness } from '../../model/actionChecks';
import { computeSynthesis } from '../../model/synthesis';
import { DEFAULT_LANE_MODE, type LaneMode, laneKey } from '../../model/timeline';
import { OPENMOJI_URL, PICTOGRAM_CREDIT, PICTOGRAM_LICENSE_URL, pictogramLabel } from '../../pictograms';
import { readBoard } from '../../read/board';
import { readPlan } from '../../read/plan';
import { readWorkshop } from '../../read/workshop';
import type { Board } from '../../schema/board';
import type { Language, WorkshopSettings } from '../../schema/control';
import type { Action, Plan } from '../../schema/plan';
import { formatDate, formatSpan } from '../format';
import { type ExportLabels, exportLabels } from '../labels';
import { cleanText, oneLine } from '../text/clean';
import { type BoardIndex, indexBoard, namedByWords, proposalWords } from './answers';
import { answersAcross, indexLinkedBoards, type LinkedBoard, type LinkedIndex } from './crossLinks';
import { type CatalogLabel, pictogramNamer, unnamedByKind } from './pictogramNames';
import type { ActionSheet, ExportModel, ExportSynthesis } from './types';
import { buildWeek } from './week';

export interface ExportInput {
  workshop: WorkshopSettings;
  board: Board;
  plan: Plan;
}

export interface ExportOptions {
  /** Names of pictograms; the shipped catalog by default (ids it does not know are made readable). */
  pictogramLabel?: CatalogLabel;
  /** The pictogram credit line in each language; the catalog's PICTOGRAM_CREDIT by default. */
  credit?: Partial<Record<Language, string>>;
  /** Forces a language; by default the workshop's. */
  language?: Language;
  /**
   * How the fresco's lanes are laid out (by lead actor or by theme), as on the screen of whoever
   * exports; the screen's default when not given.
   */
  laneMode?: LaneMode;
  /**
   * In a concertation's stakeholders' workshop: the other workshops whose items the actions may link
   * to (`<workshopId>/<itemId>`), by workshop id.
   */
  linked?: ReadonlyMap<string, LinkedBoard>;
}

/** CC BY-SA asks for the licence and the source with the credit. */
export function pictogramCredit(language: Language): string {
  return `${PICTOGRAM_CREDIT[language]} (${OPENMOJI_URL}, ${PICTOGRAM_LICENSE_URL}).`;
}

/** How many top proposals the synthesis lists; the JSON export keeps them all. */
export const TOP_PROPOSALS = 10;

export function readExportInput(control: Y.Doc, board: Y.Doc, plan: Y.Doc): ExportInput {
  return { workshop: readWorkshop(control), board: readBoard(board), plan: readPlan(plan) };
}

export function buildExportModel(input: ExportInput, options: ExportOptions = {}): ExportModel {
  const { workshop, board, plan } = input;
  const language = options.language ?? workshop.language;
  const labels = exportLabels(language);
  const synthesis = computeSynthesis(board);
  const name = pictogramNamer(workshop.customPictograms, language, options.pictogramLabel ?? pictogramLabel, {
    itemLabels: synthesis.itemLabels,
    unnamed: unnamedByKind(board.items, labels.unnamed),
  });
  const index = indexBoard(board.items, synthesis, name);
  const catalog = options.pictogramLabel ?? pictogramLabel;
  const elsewhere = indexLinkedBoards(options.linked ?? new Map(), language, labels, catalog);
  const count = (kind: string) => board.items.filter((item) => item.kind === kind).length;
  const laneMode = options.laneMode ?? DEFAULT_LANE_MODE;
  const laneOf = (action: Action) => oneLine(laneKey(action, laneMode));
  return {
    language,
    labels,
    cover: {
      title: oneLine(workshop.title),
      place: oneLine(workshop.place),
      date: oneLine(formatDate(workshop.date, language)),
      participantCount: board.participants.length,
      counts: {
        activities: count('activity'),
        difficulties: count('difficulty'),
        proposals: count('proposal'),
        actions: plan.actions.length,
      },
    },
    synthesis: buildSynthesis(index),
    week: buildWeek(board.items, synthesis, name),
    timeline: {
      start: workshop.timelineStart,
      end: workshop.timelineEnd,
      laneMode,
      entries: plan.actions.map((action) => ({
        id: action.id,
        number: action.number,
        title: oneLine(action.title) || labels.untitled,
        nature: action.nature,
        start: action.start.trim(),
        end: action.end.trim(),
        lane: laneOf(action),
      })),
    },
    actions: plan.actions.map((action) =>
      buildSheet(action, laneOf(action), { workshop, index, elsewhere, labels, language }),
    ),
    credit: oneLine(options.credit?.[language] ?? pictogramCredit(language)) || labels.pictogramCredit,
  };
}

function buildSynthesis(index: BoardIndex): ExportSynthesis {
  const { synthesis, name, byId } = index;
  return {
    rows: synthesis.activities.map((row) => ({
      ...name(row.pictogram),
      placed: row.placed,
      difficulties: row.difficulties,
    })),
    columns: synthesis.difficulties.map((column) => ({ ...name(column.pictogram), count: column.count })),
    matrix: synthesis.matrix.map((row) => [...row]),
    proposals: synthesis.proposals.slice(0, TOP_PROPOSALS).map((proposal) => ({
      ...namedByWords(name(proposal.pictogram), proposalWords(proposal, byId)),
      itemId: proposal.id,
      votes: proposal.votes,
      voters: proposal.voters,
      answers: [
        ...new Set(
          proposal.difficultyIds
            .map((id) => name(byId.get(id)?.pictogram ?? '').name)
            .filter((n) => n !== '?'),
        ),
      ],
    })),
  };
}

interface SheetContext {
  workshop: WorkshopSettings;
  index: BoardIndex;
  elsewhere: ReadonlyMap<string, LinkedIndex>;
  labels: ExportLabels;
  language: Language;
}

function buildSheet(action: Action, lane: string, context: SheetContext): ActionSheet {
  const { workshop, index, elsewhere, labels, language } = context;
  const answers = answersAcross(action.links, index, elsewhere);
  const axisLabel = workshop.capabilityAxes.find((axis) => axis.id === action.axis)?.label ?? action.axis;
  return {
    id: action.id,
    number: action.number,
    title: oneLine(action.title) || labels.untitled,
    nature: action.nature,
    natureLabel: labels.natures[action.nature],
    status: action.status,
    statusLabel: labels.statuses[action.status],
    theme: oneLine(action.theme),
    axis: oneLine(axisLabel),
    lane,
    start: action.start.trim(),
    end: action.end.trim(),
    calendar: oneLine(formatSpan(action.start, action.end, language)),
    owner: oneLine(action.owner),
    partners: cleanText(action.partners).trim(),
    audience: cleanText(action.audience).trim(),
    context: cleanText(action.context).trim(),
    objectives: cleanText(action.objectives).trim(),
    description: cleanText(action.description).trim(),
    resources: cleanText(action.resources).trim(),
    budget: oneLine(action.budget),
    indicators: cleanText(action.indicators).trim(),
    capabilities: workshop.capabilityAxes.map((axis) => ({
      axisId: axis.id,
      label: oneLine(axis.label) || axis.id,
      score: action.capabilities[axis.id] ?? 0,
    })),
    difficulties: answers.difficulties,
    proposals: answers.proposals,
    unreachableLinks: answers.unreachable,
    missing: [
      ...new Set(
        actionCompleteness(action).map((field) =>
          field === 'start' || field === 'end' ? labels.fields.calendar : labels.fields[field],
        ),
      ),
    ],
  };
}
