/** Building blocks of the DOCX: real Word headings, paragraphs, bullet lists, tables and pictures. */
import {
  HeadingLevel,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { SimpleTable } from '../../../shared/export/model/tables';
import { paragraphsOf } from '../../../shared/export/text/clean';
import type { Png } from '../raster';

/** A4 width less 2 cm margins, in twips (1/20 pt) and in the 96-dpi pixels docx sizes images with. */
export const TEXT_WIDTH_TWIPS = 11906 - 2 * 1134;
const TEXT_WIDTH_PX = Math.round((TEXT_WIDTH_TWIPS / 1440) * 96);
const SHADE = 'F1EDE4';
/** The colour of the "Empty" paragraph style (styles.ts), for the "to complete" mark inside a table. */
const EMPTY_INK = '6B6F78';

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export type ParagraphStyle = 'Muted' | 'Empty' | 'Small';

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: LEVELS[level], pageBreakBefore, children: [new TextRun(text)] });
}

export function para(
  text: string,
  style?: ParagraphStyle,
  options: { lead?: string; pageBreakBefore?: boolean } = {},
): Paragraph {
  const lead = options.lead === undefined ? [] : [new TextRun({ text: `${options.lead} `, bold: true })];
  return new Paragraph({
    style,
    pageBreakBefore: options.pageBreakBefore,
    children: [...lead, new TextRun(text)],
  });
}

/** A bullet: bold `lead` then `text` as written (its punctuation is its own), a muted sub-bullet below. */
export function bullet(lead: string, text: string, sub?: string, pageBreakBefore = false): Paragraph[] {
  const main = new Paragraph({
    bullet: { level: 0 },
    pageBreakBefore,
    children: [new TextRun({ text: lead, bold: true }), new TextRun(text)],
  });
  return sub
    ? [main, new Paragraph({ bullet: { level: 1 }, style: 'Muted', children: [new TextRun(sub)] })]
    : [main];
}

function cell(text: string, options: { header?: boolean; empty?: boolean; width: number }): TableCell {
  const lines = paragraphsOf(text);
  const ink = options.empty ? { italics: true, color: EMPTY_INK } : {};
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { fill: SHADE, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: (lines.length > 0 ? lines : ['']).map(
      (line) =>
        new Paragraph({
          style: 'TableText',
          children: [new TextRun({ text: line, bold: options.header, ...ink })],
        }),
    ),
  });
}

/**
 * A table; its header row repeats on each page. `headerColumn` shades the first column (label, value
 * tables); `emptyCells` ([row, column] of `spec.rows`) hold the "to complete" mark.
 */
export function table(
  spec: SimpleTable,
  options: { headerColumn?: boolean; emptyCells?: [number, number][] } = {},
): Table {
  const total = spec.widths.reduce((sum, w) => sum + w, 0);
  const widths = spec.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
  const empty = new Set(options.emptyCells?.map(([row, column]) => `${row} ${column}`));
  const rows: TableRow[] = [];
  if (spec.header.length > 0) {
    rows.push(
      new TableRow({
        tableHeader: true,
        cantSplit: true,
        children: spec.header.map((text, i) => cell(text, { header: true, width: widths[i] ?? 1000 })),
      }),
    );
  }
  spec.rows.forEach((row, r) => {
    rows.push(
      new TableRow({
        children: row.map((text, i) =>
          cell(text, {
            header: options.headerColumn === true && i === 0,
            empty: empty.has(`${r} ${i}`),
            width: widths[i] ?? 1000,
          }),
        ),
      }),
    );
  });
  return new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: widths, rows });
}

/** A picture at most the text width (and `maxHeightPx` tall), with its alternative text. */
export function picture(png: Png, alt: string, maxHeightPx = 600, pageBreakBefore = false): Paragraph {
  const scale = Math.min(TEXT_WIDTH_PX / png.width, maxHeightPx / png.height, 1);
  return new Paragraph({
    pageBreakBefore,
    children: [
      new ImageRun({
        type: 'png',
        data: png.data,
        transformation: { width: Math.round(png.width * scale), height: Math.round(png.height * scale) },
        altText: { name: alt, title: alt, description: alt },
      }),
    ],
  });
}
