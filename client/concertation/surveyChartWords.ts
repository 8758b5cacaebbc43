/**
 * The survey charts' words: each bar of `surveyCharts` gets the label a person reads, the number
 * written on it, and a sentence a screen reader says instead of the bar's length (which only repeats
 * the number). Pure, so the text equivalents are tested in Node; SurveyCharts.tsx only lays them out.
 */
import type { TFunction } from 'i18next';
import type { SurveyBar, SurveyChart, SurveyChartId } from '../../shared/concertation/surveyCharts';
import { surveyCharts } from '../../shared/concertation/surveyCharts';
import type { SurveySection } from '../../shared/concertation/surveySection';
import { pictogramLabel } from '../../shared/pictograms/lookup';
import type { Language } from '../../shared/schema/control';

export interface SurveyBarView {
  key: string;
  label: string;
  /** The pictogram drawn before the label, for pictogram bars. */
  pictogram: string | null;
  /** A fragility level 0…3, drawn as that many filled marks out of three beside its name. */
  level: number | null;
  /** Written at the end of the bar: `12`, `75 %`. */
  shown: string;
  /** What a screen reader says for the value: `12 personnes`. */
  spoken: string;
  /** 0…1 of the chart's longest bar. */
  share: number;
  /** Difficulties only: how often the residents' workshops raised it, in words. */
  inWorkshops: string | null;
}

export interface SurveyChartView {
  id: SurveyChartId;
  title: string;
  hint: string | null;
  bars: SurveyBarView[];
  /** False when nobody answered: the chart says so instead of drawing empty bars. */
  answered: boolean;
}

export interface SurveyView {
  /** « 42 personnes interrogées dans 3 lieux ». */
  summary: string;
  charts: SurveyChartView[];
}

const HINTS: ReadonlySet<SurveyChartId> = new Set([
  'equipment',
  'difficulties',
  'digitalFragility',
  'socialFragility',
]);

export function surveyView(
  section: SurveySection,
  t: TFunction<'diagnostic'>,
  language: Language,
): SurveyView {
  const summary = t('charts.summary', {
    people: t('charts.people', { count: section.interviews }),
    places: t('charts.places', { count: Object.keys(section.byPlace).length }),
  });
  const percent = new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 0 });
  const number = new Intl.NumberFormat(language);
  const charts = surveyCharts(section).map(
    (chart): SurveyChartView => ({
      id: chart.id,
      title: t(`charts.chart.${chart.id}`),
      hint: HINTS.has(chart.id) ? t(`charts.hint.${chart.id}`) : null,
      answered: answered(chart, section),
      bars: chart.bars.map((bar) => ({
        key: bar.key,
        label: labelOf(chart.id, bar, t, language),
        pictogram: bar.pictogram ? bar.key : null,
        level: chart.id === 'digitalFragility' || chart.id === 'socialFragility' ? Number(bar.key) : null,
        shown: unanswered(bar)
          ? t('charts.noAnswerShort')
          : chart.unit === 'rate'
            ? percent.format(bar.value)
            : number.format(bar.value),
        spoken: unanswered(bar)
          ? t('charts.noAnswerShort')
          : chart.unit === 'rate'
            ? t('charts.rateValue', { rate: percent.format(bar.value) })
            : t(chart.id === 'byPlace' ? 'charts.interviewsValue' : 'charts.value', { count: bar.value }),
        share: bar.share,
        inWorkshops:
          bar.inWorkshops === undefined
            ? null
            : bar.inWorkshops === 0
              ? t('charts.neverInWorkshops')
              : t('charts.inWorkshops', { count: bar.inWorkshops }),
      })),
    }),
  );
  return { summary, charts };
}

function labelOf(id: SurveyChartId, bar: SurveyBar, t: TFunction<'diagnostic'>, language: Language): string {
  if (bar.pictogram) return pictogramLabel(bar.key, language) ?? bar.key;
  switch (id) {
    case 'byPlace':
      return bar.key || t('charts.unnamedPlace');
    case 'equipment':
      return t(`charts.equipment.${bar.key}`);
    case 'help':
      return t(`charts.help.${bar.key}`);
    case 'wouldCome':
      return t(`charts.wouldCome.${bar.key}`);
    default:
      return t(`charts.level.${bar.key}`);
  }
}

/** A rate over nobody: said as no answer, never drawn as 0 %. */
function unanswered(bar: SurveyBar): boolean {
  return bar.answered === 0;
}

/** Equipment is answered when one item was (a real 0 % is drawn); other charts when a bar counts someone. */
function answered(chart: SurveyChart, _section: SurveySection): boolean {
  if (chart.id === 'equipment') return chart.bars.some((bar) => (bar.answered ?? 0) > 0);
  return chart.bars.some((bar) => bar.value > 0);
}
