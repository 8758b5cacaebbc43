/**
 * The export's data model: everything a document shows, already ordered, counted, named in the
 * workshop's language and cleaned of characters no format accepts. Every format builder (Markdown, HTML,
 * CSV, DOCX, ODT, PDF) and every picture reads this and nothing else, so they all tell the same story.
 */
import type { LaneMode } from '../../model/timeline';
import type { Day, Period } from '../../schema/board';
import type { Language, YearMonth } from '../../schema/control';
import type { ActionStatus, Nature } from '../../schema/plan';
import type { ExportLabels } from '../labels';

export interface ExportCover {
  title: string;
  place: string;
  /** In words ("12 mars 2027"), or as typed when not a `YYYY-MM-DD`. */
  date: string;
  /** Seats that joined; residents are counted, never named. */
  participantCount: number;
  counts: { activities: number; difficulties: number; proposals: number; actions: number };
}

/** A pictogram as a document names and draws it. */
export interface PictogramRef {
  /** The id stored on the board (a shipped pictogram or a custom one). */
  id: string;
  /** Its name in the export's language. */
  name: string;
  /** The shipped pictogram to draw (a custom pictogram is drawn with the one that illustrates it). */
  image: string;
}

export interface SynthesisRow extends PictogramRef {
  placed: number;
  difficulties: number;
}

export interface SynthesisColumn extends PictogramRef {
  count: number;
}

/** Proposals are named by their first words (see namedByWords). */
export interface TopProposal extends PictogramRef {
  itemId: string;
  /** Words of the duplicates grouped under it. */
  words: string[];
  votes: number;
  voters: number;
  /** Names of the difficulties it answers. */
  answers: string[];
}

export interface ExportSynthesis {
  rows: SynthesisRow[];
  columns: SynthesisColumn[];
  /** `matrix[row][column]`. */
  matrix: number[][];
  proposals: TopProposal[];
}

/** Activities of one pictogram in one cell of the week, drawn once with a count. */
export interface WeekGroup extends PictogramRef {
  count: number;
  difficulties: number;
}

export interface WeekCell {
  day: Day;
  period: Period;
  groups: WeekGroup[];
}

export interface ExportWeek {
  cells: WeekCell[];
  unplaced: WeekGroup[];
}

export interface TimelineEntry {
  id: string;
  number: number;
  title: string;
  nature: Nature;
  start: YearMonth;
  end: YearMonth;
  /** The lane the plan screen puts it in (see model/timeline.laneKey); empty for "no lead/theme". */
  lane: string;
}

export interface ExportTimeline {
  start: YearMonth;
  end: YearMonth;
  /** Says what the lanes are, so the picture names the empty lane as the screen does. */
  laneMode: LaneMode;
  entries: TimelineEntry[];
}

export interface CapabilityScore {
  axisId: string;
  label: string;
  score: number;
}

/** A kind of difficulty an action answers, with how often residents raised it and in their words. */
export interface AnsweredDifficulty extends PictogramRef {
  /** Times it was raised on the whole board. */
  count: number;
  /** Names of the activities it came up in. */
  activities: string[];
  words: string[];
  /** In a concertation: the neighbourhood (workshop place) where it was raised, for another workshop's item. */
  place?: string;
}

export interface AnsweredProposal extends PictogramRef {
  itemId: string;
  words: string[];
  votes: number;
  voters: number;
  /** As for AnsweredDifficulty. */
  place?: string;
}

export interface ActionSheet {
  id: string;
  number: number;
  /** The typed title, or the "untitled" label. */
  title: string;
  nature: Nature;
  natureLabel: string;
  status: ActionStatus;
  statusLabel: string;
  theme: string;
  axis: string;
  lane: string;
  start: YearMonth;
  end: YearMonth;
  calendar: string;
  owner: string;
  partners: string;
  audience: string;
  context: string;
  objectives: string;
  description: string;
  resources: string;
  budget: string;
  indicators: string;
  capabilities: CapabilityScore[];
  difficulties: AnsweredDifficulty[];
  proposals: AnsweredProposal[];
  /** Links to removed items or to a workshop no longer in the concertation: the fiche says how many. */
  unreachableLinks: number;
  /** Labels of required fields still empty, for a "to complete" line. */
  missing: string[];
}

export interface ExportModel {
  language: Language;
  labels: ExportLabels;
  cover: ExportCover;
  synthesis: ExportSynthesis;
  week: ExportWeek;
  timeline: ExportTimeline;
  actions: ActionSheet[];
  /** Credit line of the pictograms, shown in every export (CC BY-SA attribution). */
  credit: string;
}
