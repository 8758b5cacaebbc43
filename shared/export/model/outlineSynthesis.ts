/**
 * The outline of the residents' workshop: the activities × difficulties table, the most supported
 * proposals, then both frescos as pictures (with the words a format without pictures shows instead).
 */
import { DAYS, PERIODS } from '../../schema/board';
import { type Block, heading, type OutlinePart, PAGE_BREAK, paragraph } from './blocks';
import { proposalsTable, synthesisTable, timelineTable } from './tables';
import type { ExportModel, WeekGroup } from './types';

export function synthesisPart(model: ExportModel): OutlinePart {
  const { labels } = model;
  const matrix = synthesisTable(model);
  const proposals = proposalsTable(model);
  return {
    kind: 'synthesis',
    blocks: [
      PAGE_BREAK,
      heading(1, labels.synthesis),
      heading(2, labels.matrixTitle),
      paragraph(labels.matrixIntro, 'muted'),
      matrix
        ? { kind: 'table', table: matrix, headerColumn: true }
        : paragraph(labels.nothingYet.synthesis, 'empty'),
      heading(2, labels.topProposals),
      proposals
        ? { kind: 'table', table: proposals, headerColumn: false }
        : paragraph(labels.nothingYet.proposals, 'empty'),
    ],
  };
}

export function frescosPart(model: ExportModel): OutlinePart {
  const { labels } = model;
  const timeline = timelineTable(model);
  return {
    kind: 'frescos',
    blocks: [
      PAGE_BREAK,
      heading(1, labels.explorationFresco),
      paragraph(labels.explorationIntro, 'muted'),
      {
        kind: 'picture',
        source: { kind: 'week' },
        alt: labels.pictureOf(labels.explorationFresco),
        fallback: weekInWords(model),
      },
      heading(1, labels.chronologicalFresco),
      paragraph(labels.chronologicalIntro, 'muted'),
      {
        kind: 'picture',
        source: { kind: 'timeline' },
        alt: labels.pictureOf(labels.chronologicalFresco),
        // The table below says the same in words.
        fallback: [],
      },
      timeline
        ? { kind: 'table', table: timeline, headerColumn: false }
        : paragraph(labels.nothingYet.actions, 'empty'),
    ],
  };
}

/** The week fresco as a table of days and moments, for formats that cannot carry a picture. */
function weekInWords(model: ExportModel): Block[] {
  const { labels, week } = model;
  if (week.cells.every((c) => c.groups.length === 0) && week.unplaced.length === 0)
    return [paragraph(labels.nothingYet.fresco, 'empty')];
  const describe = (groups: WeekGroup[]) =>
    groups
      .map(
        (g) =>
          `${g.name}${g.count > 1 ? ` ×${g.count}` : ''}${g.difficulties > 0 ? ` (${g.difficulties} ⚠)` : ''}`,
      )
      .join(', ');
  const rows = PERIODS.map((period) => [
    labels.periods[period],
    ...DAYS.map((day) =>
      describe(week.cells.find((c) => c.day === day && c.period === period)?.groups ?? []),
    ),
  ]);
  const blocks: Block[] = [
    {
      kind: 'table',
      table: {
        header: ['', ...DAYS.map((day) => labels.days[day])],
        rows,
        widths: [1.4, ...DAYS.map(() => 2)],
      },
      headerColumn: true,
    },
  ];
  if (week.unplaced.length > 0)
    blocks.push(paragraph(describe(week.unplaced), 'body', `${labels.unplaced}${labels.colon}`));
  blocks.push(paragraph(labels.legend.difficulties, 'muted', `⚠${labels.colon}`));
  return blocks;
}
