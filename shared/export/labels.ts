/**
 * The words of the export as the writers use them: text, and counts as functions. The words themselves
 * live in the i18n resource files (`shared/i18n/locales/<lang>/document.json`), with the screens' plural
 * rules; this file only gives them a typed shape.
 */
import { documentWords } from '../i18n/documentWords';
import { LANE_MODES, type LaneMode } from '../model/timeline';
import { DAYS, type Day, ITEM_KINDS, type ItemKind, PERIODS, type Period } from '../schema/board';
import type { Language } from '../schema/control';
import { type ActionStatus, NATURES, type Nature, STATUSES } from '../schema/plan';
import { type DiagnosticLabels, diagnosticLabels } from './diagnosticLabels';

export interface ExportLabels {
  documentTitle: string;
  subtitle: string;
  workshop: string;
  place: string;
  date: string;
  participants: string;
  participantCount: (count: number) => string;
  contents: string;
  counts: (counts: {
    activities: number;
    difficulties: number;
    proposals: number;
    actions: number;
  }) => string;
  synthesis: string;
  matrixTitle: string;
  matrixIntro: string;
  activity: string;
  difficulty: string;
  /** A pictogram neither the catalogue nor the residents' words name: by what kind of item it is. */
  unnamed: Record<ItemKind, string>;
  total: string;
  topProposals: string;
  proposal: string;
  votes: string;
  voters: string;
  explorationFresco: string;
  explorationIntro: string;
  chronologicalFresco: string;
  chronologicalIntro: string;
  pictureOf: (what: string) => string;
  actionSheets: string;
  actionHeading: (number: number, title: string) => string;
  untitled: string;
  fields: {
    number: string;
    title: string;
    nature: string;
    status: string;
    theme: string;
    axis: string;
    lane: string;
    calendar: string;
    start: string;
    end: string;
    owner: string;
    partners: string;
    audience: string;
    context: string;
    objectives: string;
    description: string;
    resources: string;
    budget: string;
    indicators: string;
    capabilities: string;
    residentsSay: string;
    difficulties: string;
    proposals: string;
    missing: string;
  };
  natures: Record<Nature, string>;
  statuses: Record<ActionStatus, string>;
  days: Record<Day, string>;
  periods: Record<Period, string>;
  months: string[];
  unplaced: string;
  noLane: string;
  /** The lane of actions with no lead actor / no theme yet, named as the plan screen names it. */
  noLaneBy: Record<LaneMode, string>;
  noDates: string;
  toComplete: string;
  timesRaised: (count: number) => string;
  voteCount: (votes: number, voters: number) => string;
  residentsWords: string;
  underActivities: string;
  score: string;
  nothingYet: {
    workshop: string;
    synthesis: string;
    proposals: string;
    fresco: string;
    actions: string;
    answers: string;
  };
  moreItems: (count: number) => string;
  legend: { difficulties: string; placed: string };
  pictogramCredit: string;
  generatedWith: string;
  page: (page: number, total: number) => string;
  /** Punctuation that French spaces and English does not: `label: text` against `label : text` (nbsp). */
  colon: string;
  semicolon: string;
  /** Residents' words quoted the language's way: « mots » (with nbsp) or “words”. */
  quote: (words: string) => string;
  /** The same, in two parts, for word processors that number pages themselves: `Page ` n ` / ` N. */
  pageParts: [before: string, between: string];
  /** A concertation's schéma: the field return pooled across neighbourhoods. */
  concertation: {
    title: string;
    intro: string;
    byPlace: string;
    place: string;
    residents: string;
    difficultiesByPlace: string;
    activitiesByPlace: string;
    wordsTitle: string;
    saidIn: (place: string) => string;
    proposalsByPlace: string;
    overall: string;
    unnamedPlace: string;
    schemaTitle: string;
    concertation: string;
    city: string;
    neighbourhoods: string;
    period: string;
    unreachable: (count: number) => string;
  };
  /** A concertation's street surveys (the schéma's diagnostic). */
  diagnostic: DiagnosticLabels;
  kit: {
    title: string;
    intro: string;
    activities: string;
    difficulties: string;
    custom: string;
    weekFresco: string;
    weekend: string;
    cutHere: string;
  };
}

/** Reads every label once per language from the `document` resource files. */
function readLabels(language: Language): ExportLabels {
  const t = documentWords(language);
  const each = <K extends string>(prefix: string, keys: readonly K[]): Record<K, string> =>
    Object.fromEntries(keys.map((key) => [key, t(`${prefix}.${key}`)])) as Record<K, string>;
  return {
    documentTitle: t('documentTitle'),
    subtitle: t('subtitle'),
    workshop: t('workshop'),
    place: t('place'),
    date: t('date'),
    participants: t('participants'),
    participantCount: (count) => t('participantCount', { count }),
    contents: t('contents'),
    counts: ({ activities, difficulties, proposals, actions }) =>
      t('counts', {
        activities: t('activityCount', { count: activities }),
        difficulties: t('difficultyCount', { count: difficulties }),
        proposals: t('proposalCount', { count: proposals }),
        actions: t('actionCount', { count: actions }),
      }),
    synthesis: t('synthesis'),
    matrixTitle: t('matrixTitle'),
    matrixIntro: t('matrixIntro'),
    activity: t('activity'),
    difficulty: t('difficulty'),
    unnamed: each('unnamed', ITEM_KINDS),
    total: t('total'),
    topProposals: t('topProposals'),
    proposal: t('proposal'),
    votes: t('votes'),
    voters: t('voters'),
    explorationFresco: t('explorationFresco'),
    explorationIntro: t('explorationIntro'),
    chronologicalFresco: t('chronologicalFresco'),
    chronologicalIntro: t('chronologicalIntro'),
    pictureOf: (what) => t('pictureOf', { what }),
    actionSheets: t('actionSheets'),
    actionHeading: (number, title) => t('actionHeading', { number, title }),
    untitled: t('untitled'),
    fields: each('fields', FIELD_KEYS),
    natures: each('natures', NATURES),
    statuses: each('statuses', STATUSES),
    days: each('days', DAYS),
    periods: each('periods', PERIODS),
    months: t('months', { returnObjects: true }) as string[],
    unplaced: t('unplaced'),
    noLane: t('noLane'),
    noLaneBy: each('noLaneBy', LANE_MODES),
    noDates: t('noDates'),
    toComplete: t('toComplete'),
    timesRaised: (count) => t('timesRaised', { count }),
    voteCount: (votes, voters) =>
      t('voteLine', { votes: t('voteCount', { count: votes }), voters: t('voterCount', { count: voters }) }),
    residentsWords: t('residentsWords'),
    underActivities: t('underActivities'),
    score: t('score'),
    nothingYet: each('nothingYet', NOTHING_YET_KEYS),
    moreItems: (count) => t('moreItems', { count }),
    legend: each('legend', ['difficulties', 'placed'] as const),
    pictogramCredit: t('pictogramCredit'),
    generatedWith: t('generatedWith'),
    page: (page, total) => t('page', { page, total }),
    pageParts: [t('pageBefore'), t('pageBetween')],
    colon: t('colon'),
    semicolon: t('semicolon'),
    quote: (words) => t('quote', { words }),
    kit: each('kit', KIT_KEYS),
    diagnostic: diagnosticLabels(t, each),
    concertation: {
      ...each('concertation', CONCERTATION_KEYS),
      saidIn: (place) => t('concertation.saidIn', { place }),
      unreachable: (count) => t('concertation.unreachable', { count }),
    },
  };
}

const FIELD_KEYS = [
  'number',
  'title',
  'nature',
  'status',
  'theme',
  'axis',
  'lane',
  'calendar',
  'start',
  'end',
  'owner',
  'partners',
  'audience',
  'context',
  'objectives',
  'description',
  'resources',
  'budget',
  'indicators',
  'capabilities',
  'residentsSay',
  'difficulties',
  'proposals',
  'missing',
] as const satisfies readonly (keyof ExportLabels['fields'])[];
const NOTHING_YET_KEYS = ['workshop', 'synthesis', 'proposals', 'fresco', 'actions', 'answers'] as const;
const KIT_KEYS = [
  'title',
  'intro',
  'activities',
  'difficulties',
  'custom',
  'weekFresco',
  'weekend',
  'cutHere',
] as const;

const CONCERTATION_KEYS = [
  'title',
  'intro',
  'byPlace',
  'place',
  'residents',
  'difficultiesByPlace',
  'activitiesByPlace',
  'wordsTitle',
  'proposalsByPlace',
  'overall',
  'unnamedPlace',
  'schemaTitle',
  'concertation',
  'city',
  'neighbourhoods',
  'period',
] as const;

const cache = new Map<Language, ExportLabels>();

export function exportLabels(language: Language): ExportLabels {
  const lang: Language = language === 'en' ? 'en' : 'fr';
  let labels = cache.get(lang);
  if (!labels) {
    labels = readLabels(lang);
    cache.set(lang, labels);
  }
  return labels;
}
