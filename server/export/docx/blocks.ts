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

const LEVELS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

export function heading(level: 1 | 2 | 3, text: string, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: LEVELS[level], pageBreakBefore, children: [new TextRun(text)] });
}

export function para(text: string, style?: 'Muted' | 'Empty' | 'Small'): Paragraph {
  return new Paragraph({ style, children: [new TextRun(text)] });
}

/** A long field: one Word paragraph per line typed; the "to complete" mark when empty. */
export function longText(text: string, empty: string): Paragraph[] {
  const lines = paragraphsOf(text);
  return lines.length === 0 ? [para(empty, 'Empty')] : lines.map((line) => para(line.trim()));
}

export function bullet(bold: string, text: string, sub?: string): Paragraph[] {
  const main = new Paragraph({
    bullet: { level: 0 },
    children: [new TextRun({ text: bold, bold: true }), new TextRun(text ? ` ${text}` : '')],
  });
  return sub
    ? [main, new Paragraph({ bullet: { level: 1 }, style: 'Muted', children: [new TextRun(sub)] })]
    : [main];
}

function cell(text: string, options: { header?: boolean; width: number }): TableCell {
  const lines = paragraphsOf(text);
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    shading: options.header ? { fill: SHADE, type: ShadingType.CLEAR, color: 'auto' } : undefined,
    children: (lines.length > 0 ? lines : ['']).map(
      (line) =>
        new Paragraph({ style: 'TableText', children: [new TextRun({ text: line, bold: options.header })] }),
    ),
  });
}

/** A table; its header row repeats on each page. `headerColumn` shades the first column (label, value tables). */
export function table(spec: SimpleTable, options: { headerColumn?: boolean } = {}): Table {
  const total = spec.widths.reduce((sum, w) => sum + w, 0);
  const widths = spec.widths.map((w) => Math.floor((w / total) * TEXT_WIDTH_TWIPS));
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
  for (const row of spec.rows) {
    rows.push(
      new TableRow({
        children: row.map((text, i) =>
          cell(text, { header: options.headerColumn === true && i === 0, width: widths[i] ?? 1000 }),
        ),
      }),
    );
  }
  return new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: widths, rows });
}

/** A picture at most the text width (and `maxHeightPx` tall), with its alternative text. */
export function picture(png: Png, alt: string, maxHeightPx = 600): Paragraph {
  const scale = Math.min(TEXT_WIDTH_PX / png.width, maxHeightPx / png.height, 1);
  return new Paragraph({
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
