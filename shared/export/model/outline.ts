/**
 * The export model as an outline of blocks: the cover, the synthesis, both frescos, one part per fiche
 * action and the closing words. Pure, and the only place the document's order, headings, page breaks and
 * punctuation are decided; the writers in shared/export and server/export only draw blocks.
 */
import { type Block, type Outline, type OutlinePart, paragraph } from './blocks';
import { coverPage, documentTitle } from './coverPage';
import { sheetPart, sheetsPart } from './outlineSheet';
import { frescosPart, synthesisPart } from './outlineSynthesis';
import type { ExportModel } from './types';

export function exportOutline(model: ExportModel): Outline {
  const { labels } = model;
  return {
    language: model.language,
    title: documentTitle(model),
    description: labels.subtitle,
    parts: [
      coverPart(model),
      synthesisPart(model),
      frescosPart(model),
      sheetsPart(model),
      ...model.actions.map((sheet, i) => sheetPart(sheet, model, i > 0)),
      { kind: 'closing', blocks: [paragraph(labels.generatedWith, 'small')] },
    ],
    footer: { credit: model.credit, page: labels.page, pageParts: labels.pageParts },
  };
}

function coverPart(model: ExportModel): OutlinePart {
  const { labels } = model;
  const cover = coverPage(model);
  const blocks: Block[] = [
    { kind: 'title', text: labels.documentTitle, subtitle: labels.subtitle },
    {
      kind: 'table',
      table: cover.facts,
      headerColumn: true,
      emptyCells: cellsReading(cover.facts.rows, labels.toComplete),
    },
    paragraph(cover.counts, 'muted'),
  ];
  if (cover.nothingYet) blocks.push(paragraph(cover.nothingYet, 'empty'));
  blocks.push(paragraph(cover.credit, 'small'));
  return { kind: 'cover', blocks };
}

/** The [row, column] of every cell of `rows` that reads exactly `mark` (the "to complete" mark). */
function cellsReading(rows: string[][], mark: string): [row: number, column: number][] {
  return rows.flatMap((row, r) =>
    row.flatMap((text, c): [number, number][] => (text === mark ? [[r, c]] : [])),
  );
}
