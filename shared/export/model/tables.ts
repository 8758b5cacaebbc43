/**
 * Tables every document format shares. The activities × difficulties matrix is a grid while it fits a
 * portrait page; a workshop that found many kinds of difficulty gets one row per (activity, difficulty)
 * pair instead, which stays readable on paper and in a word processor.
 */
import type { ExportModel } from './types';

export interface SimpleTable {
  header: string[];
  rows: string[][];
  /** Relative column widths. */
  widths: number[];
}

export const MAX_GRID_COLUMNS = 6;

export function synthesisTable(model: ExportModel): SimpleTable | null {
  const { synthesis, labels } = model;
  if (synthesis.rows.length === 0) return null;
  if (synthesis.columns.length <= MAX_GRID_COLUMNS) {
    return {
      header: [
        `${labels.activity} / ${labels.difficulty}`,
        ...synthesis.columns.map((c) => `${c.name} (${c.count})`),
        labels.total,
      ],
      rows: synthesis.rows.map((row, r) => [
        `${row.name} (${row.placed})`,
        ...synthesis.columns.map((_, c) => String(synthesis.matrix[r]?.[c] ?? 0)),
        String(row.difficulties),
      ]),
      widths: [3, ...synthesis.columns.map(() => 1.4), 1],
    };
  }
  const rows: string[][] = [];
  synthesis.rows.forEach((row, r) => {
    synthesis.columns.forEach((column, c) => {
      const count = synthesis.matrix[r]?.[c] ?? 0;
      if (count > 0) rows.push([`${row.name} (${row.placed})`, column.name, String(count)]);
    });
    if (row.difficulties === 0) rows.push([`${row.name} (${row.placed})`, '', '0']);
  });
  return { header: [labels.activity, labels.difficulty, labels.total], rows, widths: [3, 3, 1] };
}

export function proposalsTable(model: ExportModel): SimpleTable | null {
  const { labels } = model;
  if (model.synthesis.proposals.length === 0) return null;
  return {
    header: ['#', labels.proposal, labels.votes, labels.fields.difficulties],
    rows: model.synthesis.proposals.map((p, i) => [
      String(i + 1),
      [p.name, ...p.words.map(labels.quote)].join(' '),
      labels.voteCount(p.votes, p.voters),
      p.answers.join(', '),
    ]),
    widths: [0.5, 4, 2, 3],
  };
}

export function timelineTable(model: ExportModel): SimpleTable | null {
  const { labels } = model;
  if (model.actions.length === 0) return null;
  const f = labels.fields;
  return {
    header: [f.number, f.title, f.nature, f.calendar, f.lane],
    rows: model.actions.map((s) => [String(s.number), s.title, s.natureLabel, s.calendar, s.lane]),
    widths: [0.6, 4, 1.6, 2.6, 1.8],
  };
}
