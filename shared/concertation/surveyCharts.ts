/**
 * The survey section as charts, drawn the same way on the lead's page, beside the stakeholders' plan
 * and in the schéma's diagnostic. Pure: figures in, bars out; each renderer only puts words on the
 * keys (its own translations, the catalogue's pictogram labels) and draws the bars.
 */
import { EQUIPMENT_KEYS, FRAGILITY_LEVELS, HELP_KEYS } from '../schema/survey';
import type { SurveySection } from './surveySection';

export const SURVEY_CHART_IDS = [
  'byPlace',
  'equipment',
  'uses',
  'difficulties',
  'help',
  'wouldCome',
  'digitalFragility',
  'socialFragility',
] as const;
export type SurveyChartId = (typeof SURVEY_CHART_IDS)[number];

export interface SurveyBar {
  /** An equipment or help key, a fragility level (`0`…`3`), a place, `yes`/`no`, or a pictogram id. */
  key: string;
  /** Whether `key` is a pictogram id (drawn with its picture and the catalogue's label). */
  pictogram: boolean;
  /** A count, or a rate 0…1 for `rate` charts. */
  value: number;
  /** The bar's length, 0…1 of the chart's longest. */
  share: number;
  /** Rate bars only: interviews the rate is over (0: nobody answered, which is not 0 %). */
  answered?: number;
  /** Difficulties only: how often the residents' workshops raised the same pictogram. */
  inWorkshops?: number;
}

export interface SurveyChart {
  id: SurveyChartId;
  unit: 'count' | 'rate';
  bars: SurveyBar[];
}

/** Pictogram charts keep their most cited bars: a chart read at a glance, the rest in the tables. */
export const TOP_PICTOGRAMS = 8;

export function surveyCharts(section: SurveySection, top = TOP_PICTOGRAMS): SurveyChart[] {
  const charts: SurveyChart[] = [
    counted(
      'byPlace',
      Object.entries(section.byPlace).sort((a, b) => b[1] - a[1]),
    ),
    {
      id: 'equipment',
      unit: 'rate',
      bars: EQUIPMENT_KEYS.map((key) => ({
        ...bar(key, section.equipment[key], 1),
        answered: section.equipmentAnswered[key],
      })),
    },
    pictograms('uses', section.uses.slice(0, top)),
    pictograms('difficulties', section.difficulties.slice(0, top)),
    counted(
      'help',
      HELP_KEYS.map((key) => [key, section.help[key]]),
    ),
    counted('wouldCome', [
      ['yes', section.wouldCome.yes],
      ['no', section.wouldCome.no],
    ]),
    counted(
      'digitalFragility',
      FRAGILITY_LEVELS.map((level) => [String(level), section.digitalFragility[level]]),
    ),
    counted(
      'socialFragility',
      FRAGILITY_LEVELS.map((level) => [String(level), section.socialFragility[level]]),
    ),
  ];
  return charts;
}

function counted(id: SurveyChartId, entries: ReadonlyArray<readonly [string, number]>): SurveyChart {
  const longest = Math.max(1, ...entries.map(([, value]) => value));
  return { id, unit: 'count', bars: entries.map(([key, value]) => bar(key, value, longest)) };
}

function pictograms(
  id: SurveyChartId,
  entries: ReadonlyArray<{ pictogram: string; count: number; inWorkshops?: number }>,
): SurveyChart {
  const longest = Math.max(1, ...entries.map((entry) => entry.count));
  return {
    id,
    unit: 'count',
    bars: entries.map((entry) => ({
      ...bar(entry.pictogram, entry.count, longest),
      pictogram: true,
      ...(entry.inWorkshops === undefined ? {} : { inWorkshops: entry.inWorkshops }),
    })),
  };
}

function bar(key: string, value: number, longest: number): SurveyBar {
  return { key, pictogram: false, value, share: longest > 0 ? Math.min(1, value / longest) : 0 };
}
