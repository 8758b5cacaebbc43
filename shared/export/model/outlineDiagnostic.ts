/**
 * The schéma's diagnostic: the street surveys of the concertation (the field return's `survey`), before
 * what residents said in the workshops. Each question gets a heading, its chart (the bars of
 * surveyCharts, worded here) and the same figures as a table, so a format without pictures, a screen
 * reader or a spreadsheet reads every figure too. No interview is shown: counts and rates only.
 */
import { type SurveyChart, type SurveyChartId, surveyCharts } from '../../concertation/surveyCharts';
import type { SurveySection } from '../../concertation/surveySection';
import {
  AGE_BANDS,
  EQUIPMENT_KEYS,
  FRAGILITY_LEVELS,
  HELP_KEYS,
  OTHER_NEIGHBOURHOOD,
} from '../../schema/survey';
import type { ExportLabels } from '../labels';
import { oneLine } from '../text/clean';
import {
  type Block,
  type ChartPicture,
  heading,
  type Outline,
  type OutlinePart,
  PAGE_BREAK,
  paragraph,
} from './blocks';
import type { SimpleTable } from './tables';

/** Rows beyond these would not be read on paper (the charts keep fewer still). */
const TOP_ROWS = 15;

/** A pictogram's name in the document's language. */
export type PictogramName = (pictogram: string) => string;

export function diagnosticPart(
  survey: SurveySection,
  labels: ExportLabels,
  name: PictogramName,
): OutlinePart {
  const d = labels.diagnostic;
  const place = (key: string) => oneLine(key) || labels.concertation.unnamedPlace;
  const charts = new Map(surveyCharts(survey).map((chart) => [chart.id, chart]));
  const chart = (id: SurveyChartId, title: string, word: (key: string) => string): Block[] => {
    const bars = charts.get(id);
    return bars ? chartBlock(bars, title, word, labels) : [];
  };
  const count = (rows: [string, number][], what: string): SimpleTable =>
    table(
      [what, d.people],
      rows.map(([label, n]) => [label, String(n)]),
    );
  const blocks: Block[] = [
    PAGE_BREAK,
    heading(1, d.title),
    paragraph(d.intro, 'muted'),
    paragraph(d.interviews(survey.interviews), 'body', d.inTotal),
  ];

  const places = Object.entries(survey.byPlace).sort((a, b) => b[1] - a[1]);
  blocks.push(heading(2, d.byPlace), ...chart('byPlace', d.byPlace, place), {
    kind: 'table',
    table: count(
      [...places.map(([key, n]): [string, number] => [place(key), n]), [labels.total, survey.interviews]],
      d.place,
    ),
    headerColumn: true,
  });

  blocks.push(
    heading(2, d.equipment),
    paragraph(d.equipmentIntro, 'muted'),
    ...chart('equipment', d.equipment, (key) => d.equipmentKeys[key as keyof typeof d.equipmentKeys]),
    {
      kind: 'table',
      table: table(
        [d.equipmentItem, d.share],
        EQUIPMENT_KEYS.map((key) => [
          d.equipmentKeys[key],
          survey.equipmentAnswered[key] === 0 ? d.notAnswered : d.percent(survey.equipment[key]),
        ]),
      ),
      headerColumn: true,
    },
  );

  blocks.push(heading(2, d.uses), ...chart('uses', d.uses, name));
  if (survey.uses.length === 0) blocks.push(paragraph(d.noAnswer, 'empty'));
  else
    blocks.push({
      kind: 'table',
      table: count(
        survey.uses.slice(0, TOP_ROWS).map((use): [string, number] => [name(use.pictogram), use.count]),
        d.use,
      ),
      headerColumn: true,
    });

  blocks.push(
    heading(2, d.difficulties),
    paragraph(d.difficultiesIntro, 'muted'),
    ...chart('difficulties', d.difficulties, name),
  );
  if (survey.difficulties.length === 0) blocks.push(paragraph(d.noAnswer, 'empty'));
  else
    blocks.push({
      kind: 'table',
      table: table(
        [labels.difficulty, d.howOften],
        survey.difficulties
          .slice(0, TOP_ROWS)
          .map((difficulty) => [
            name(difficulty.pictogram),
            d.streetAndWorkshops(difficulty.count, difficulty.inWorkshops),
          ]),
      ),
      headerColumn: true,
    });

  blocks.push(
    heading(2, d.help),
    ...chart('help', d.help, (key) => d.helpKeys[key as keyof typeof d.helpKeys]),
    {
      kind: 'table',
      table: count(
        HELP_KEYS.map((key) => [d.helpKeys[key], survey.help[key]]),
        d.helper,
      ),
      headerColumn: true,
    },
  );

  blocks.push(
    heading(2, d.wouldCome),
    ...chart('wouldCome', d.wouldCome, (key) => d.yesNo[key as 'yes' | 'no']),
    {
      kind: 'table',
      table: count(
        [
          [d.yesNo.yes, survey.wouldCome.yes],
          [d.yesNo.no, survey.wouldCome.no],
        ],
        d.answer,
      ),
      headerColumn: true,
    },
  );

  for (const id of ['digitalFragility', 'socialFragility'] as const) {
    const level = (key: string) => d.levels[Number(key) as 0 | 1 | 2 | 3];
    blocks.push(heading(2, d[id]), paragraph(d.fragilityIntro, 'muted'), ...chart(id, d[id], level), {
      kind: 'table',
      table: count(
        FRAGILITY_LEVELS.map((n) => [d.levels[n], survey[id][n]]),
        d.level,
      ),
      headerColumn: true,
    });
  }

  blocks.push(heading(2, d.ages), {
    kind: 'table',
    table: count(
      AGE_BANDS.map((band) => [d.ageBands[band], survey.ageBands[band]]),
      d.ageBand,
    ),
    headerColumn: true,
  });
  const neighbourhoods = Object.entries(survey.byNeighbourhood).sort((a, b) => b[1] - a[1]);
  if (neighbourhoods.length > 0)
    blocks.push(heading(2, d.neighbourhoods), {
      kind: 'table',
      table: count(
        neighbourhoods
          .slice(0, TOP_ROWS)
          .map(([key, n]): [string, number] => [
            key === OTHER_NEIGHBOURHOOD ? d.otherNeighbourhood : place(key),
            n,
          ]),
        d.neighbourhood,
      ),
      headerColumn: true,
    });
  return { kind: 'diagnostic', blocks };
}

function table(header: string[], rows: string[][]): SimpleTable {
  return { header, rows, widths: [3, 2] };
}

/**
 * The chart as a picture block, worded; none when every bar is empty (the table says so). Its words are
 * in the table right after it, so a writer that cannot draw it shows nothing in its place.
 */
function chartBlock(
  chart: SurveyChart,
  title: string,
  word: (key: string) => string,
  labels: ExportLabels,
): Block[] {
  if (chart.bars.every((bar) => (bar.value === 0 && bar.answered !== 0 ? true : bar.answered === 0)))
    return [];
  const d = labels.diagnostic;
  const picture: ChartPicture = {
    id: chart.id,
    title,
    bars: chart.bars.map((bar) => ({
      label: word(bar.key),
      value:
        bar.answered === 0 ? d.notAnswered : chart.unit === 'rate' ? d.percent(bar.value) : String(bar.value),
      share: bar.share,
      ...(bar.inWorkshops === undefined ? {} : { note: d.workshopNote(bar.inWorkshops) }),
      ...(bar.pictogram ? { pictogram: bar.key } : {}),
    })),
  };
  return [
    {
      kind: 'picture',
      source: { kind: 'chart', chart: picture },
      alt: labels.pictureOf(title),
      fallback: [],
    },
  ];
}

/** Every survey chart of an outline, for the server to rasterise once before the writers draw. */
export function chartsOf(outline: Outline): ChartPicture[] {
  return outline.parts.flatMap((part) =>
    part.blocks.flatMap((block) =>
      block.kind === 'picture' && block.source.kind === 'chart' ? [block.source.chart] : [],
    ),
  );
}

/**
 * The diagnostic's tables as spreadsheet rows: question, answer, figure. They are the outline's own
 * cells, so the CSV cannot tell other figures than the documents.
 */
export function diagnosticRows(outline: Outline): string[][] {
  const part = outline.parts.find((candidate) => candidate.kind === 'diagnostic');
  if (!part) return [];
  const rows: string[][] = [];
  let question = '';
  for (const block of part.blocks) {
    if (block.kind === 'heading' && block.level === 2) question = block.text;
    if (block.kind === 'table') for (const row of block.table.rows) rows.push([question, ...row]);
  }
  return rows;
}
