/**
 * The street survey (PRODUCT.md §4 "Survey"): one `survey` document per session, one record per
 * interview in `interviews`. Nothing here can name a person: answers are pictogram ids, fixed keys and
 * small numbers; the age band and the neighbourhood are the most a record says about who answered.
 */
import type { ValueShape } from './shapes';
import { ID_MAX } from './shapes';

/** The document of a survey session, at `/sync/<surveyId>/survey`. */
export const SURVEY_DOC = 'survey';
export type SurveyDocName = typeof SURVEY_DOC;

export const AGE_BANDS = ['under25', '25to39', '40to59', '60to74', '75plus'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const EQUIPMENT_KEYS = ['smartphone', 'computer', 'tablet', 'internetAtHome', 'dataPlan'] as const;
export type EquipmentKey = (typeof EQUIPMENT_KEYS)[number];

export const HELP_KEYS = ['family', 'neighbours', 'professionals', 'nobody'] as const;
export type HelpKey = (typeof HELP_KEYS)[number];

/** The interviewer's own estimate: 0 none, 1 light, 2 marked, 3 strong fragility. */
export const FRAGILITY_LEVELS = [0, 1, 2, 3] as const;
export type FragilityLevel = (typeof FRAGILITY_LEVELS)[number];

/**
 * The questions, in their default order. The lead may turn questions off and reorder them before a
 * session; no question can be added, so every interview keeps the shape the field return pools.
 */
export const QUESTION_IDS = [
  'ageBand',
  'neighbourhood',
  'equipment',
  'uses',
  'difficulties',
  'help',
  'wouldCome',
  'digitalFragility',
  'socialFragility',
] as const;
export type QuestionId = (typeof QUESTION_IDS)[number];

export interface QuestionSetting {
  id: QuestionId;
  enabled: boolean;
}

/** Every question exactly once, in the order asked. */
export type Questionnaire = QuestionSetting[];

export const DEFAULT_QUESTIONNAIRE: Questionnaire = QUESTION_IDS.map((id) => ({ id, enabled: true }));

/**
 * The neighbourhood answer for "another neighbourhood" (not one of the concertation's): a fixed key
 * rather than null, so the diagnostic tells it from a skipped question.
 */
export const OTHER_NEIGHBOURHOOD = 'other';

/** An interview as the app reads it (tolerant reader: `shared/read/survey.ts`). */
export interface Interview {
  id: string;
  ageBand: AgeBand | null;
  /** One of the concertation's neighbourhoods (a residents' workshop's place), or null. */
  neighbourhood: string | null;
  /** Only the keys that were answered; a skipped question leaves the map empty. */
  equipment: Partial<Record<EquipmentKey, boolean>>;
  /** Activity pictogram ids. */
  uses: string[];
  /** Difficulty pictogram ids. */
  difficulties: string[];
  help: HelpKey[];
  wouldCome: boolean | null;
  digitalFragility: FragilityLevel | null;
  socialFragility: FragilityLevel | null;
  /** The interviewer's seat: an interviewer changes or removes only its own interviews. */
  author: string;
  createdAt: number;
}

/** An interview's answers, as an interviewer's phone gathers them before saving. */
export type InterviewAnswers = Omit<Interview, 'id' | 'author' | 'createdAt'>;

export const EMPTY_ANSWERS: InterviewAnswers = {
  ageBand: null,
  neighbourhood: null,
  equipment: {},
  uses: [],
  difficulties: [],
  help: [],
  wouldCome: null,
  digitalFragility: null,
  socialFragility: null,
};

/** Pictograms one interview may list: the whole catalogue is far below this. */
export const SURVEY_LIST_MAX = 200;

const fragility: ValueShape = { kind: 'number', min: 0, max: 3, integer: true, nullable: true };

/**
 * The shape the server checks every interview field against (`equipment` is a Y.Map of booleans,
 * `uses`, `difficulties` and `help` are Y.Arrays of ids; the gate also checks `help` holds only
 * HELP_KEYS).
 */
export const INTERVIEW_SHAPE: Readonly<Record<string, ValueShape>> = {
  ageBand: { kind: 'enum', values: AGE_BANDS, nullable: true },
  neighbourhood: { kind: 'string', max: 120, nullable: true },
  uses: { kind: 'idList', maxEntries: SURVEY_LIST_MAX },
  difficulties: { kind: 'idList', maxEntries: SURVEY_LIST_MAX },
  equipment: { kind: 'flags', keys: EQUIPMENT_KEYS },
  help: { kind: 'idList', maxEntries: HELP_KEYS.length },
  wouldCome: { kind: 'boolean', nullable: true },
  author: { kind: 'string', max: ID_MAX },
  createdAt: { kind: 'number', min: 0, max: 8.64e15, integer: true },
  digitalFragility: fragility,
  socialFragility: fragility,
};
