/**
 * The words of a schéma's diagnostic (the street surveys), read from the `diagnostic` entries of the
 * document resource files with the same plural rules; a part of ExportLabels kept in a file of its own.
 */
import type { documentWords } from '../i18n/documentWords';
import {
  AGE_BANDS,
  type AgeBand,
  EQUIPMENT_KEYS,
  type EquipmentKey,
  HELP_KEYS,
  type HelpKey,
} from '../schema/survey';

export interface DiagnosticLabels {
  title: string;
  intro: string;
  inTotal: string;
  interviews: (count: number) => string;
  people: string;
  /** A rate 0…1 as a whole percentage, spaced the language's way. */
  percent: (rate: number) => string;
  byPlace: string;
  place: string;
  equipment: string;
  equipmentIntro: string;
  equipmentItem: string;
  share: string;
  equipmentKeys: Record<EquipmentKey, string>;
  uses: string;
  use: string;
  difficulties: string;
  difficultiesIntro: string;
  howOften: string;
  /** "citée 3 fois dans la rue, 5 fois en atelier". */
  streetAndWorkshops: (street: number, workshops: number) => string;
  /** The same workshops' count, short, beside a chart's bar. */
  workshopNote: (count: number) => string;
  help: string;
  helper: string;
  helpKeys: Record<HelpKey, string>;
  wouldCome: string;
  answer: string;
  yesNo: { yes: string; no: string };
  digitalFragility: string;
  socialFragility: string;
  fragilityIntro: string;
  level: string;
  /** Levels 0…3, each with its number and word. */
  levels: [string, string, string, string];
  ages: string;
  ageBand: string;
  ageBands: Record<AgeBand, string>;
  neighbourhoods: string;
  neighbourhood: string;
  noAnswer: string;
  /** An equipment item nobody answered, in place of its rate. */
  notAnswered: string;
  /** The neighbourhood answer OTHER_NEIGHBOURHOOD. */
  otherNeighbourhood: string;
  /** The CSV's diagnostic columns (with `answer`). */
  question: string;
  figure: string;
}

const DIAGNOSTIC_KEYS = [
  'title',
  'intro',
  'inTotal',
  'people',
  'byPlace',
  'place',
  'equipment',
  'equipmentIntro',
  'equipmentItem',
  'share',
  'uses',
  'use',
  'difficulties',
  'difficultiesIntro',
  'howOften',
  'help',
  'helper',
  'wouldCome',
  'answer',
  'digitalFragility',
  'socialFragility',
  'fragilityIntro',
  'level',
  'ages',
  'ageBand',
  'neighbourhoods',
  'neighbourhood',
  'noAnswer',
  'notAnswered',
  'otherNeighbourhood',
  'question',
  'figure',
] as const satisfies readonly (keyof DiagnosticLabels)[];

export function diagnosticLabels(
  t: ReturnType<typeof documentWords>,
  each: <K extends string>(prefix: string, keys: readonly K[]) => Record<K, string>,
): DiagnosticLabels {
  const levels = each('diagnostic.levels', ['0', '1', '2', '3'] as const);
  return {
    ...each('diagnostic', DIAGNOSTIC_KEYS),
    interviews: (count) => t('diagnostic.interviews', { count }),
    percent: (rate) => t('diagnostic.percent', { value: Math.round(rate * 100) }),
    streetAndWorkshops: (street, workshops) =>
      t('diagnostic.streetAndWorkshops', {
        street: t('diagnostic.onStreet', { count: street }),
        workshops: t('diagnostic.inWorkshops', { count: workshops }),
      }),
    workshopNote: (count) => t('diagnostic.workshopNote', { count }),
    equipmentKeys: each('diagnostic.equipmentKeys', EQUIPMENT_KEYS),
    helpKeys: each('diagnostic.helpKeys', HELP_KEYS),
    yesNo: each('diagnostic.yesNo', ['yes', 'no'] as const),
    levels: [levels['0'], levels['1'], levels['2'], levels['3']],
    ageBands: each('diagnostic.ageBands', AGE_BANDS),
  };
}
