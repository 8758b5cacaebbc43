/**
 * Tables in the PDF: rows move to the next page whole, with the header row repeated above them; a header
 * row never ends a page without a row under it; a row taller than a whole page (a very long text) flows
 * as labelled paragraphs instead of being cut.
 */
import type { SimpleTable } from '../../../shared/export/model/tables';
import { INK, type PdfWriter } from './pdfWriter';

const LINE = '#c9ccd3';
const SHADE = '#f1ede4';
const PAD = 4;

interface Layout {
  widths: number[];
  fontSize: number;
}

function layoutOf(pdf: PdfWriter, table: SimpleTable): Layout {
  const total = table.widths.reduce((sum, w) => sum + w, 0);
  return {
    widths: table.widths.map((w) => (w / total) * pdf.contentWidth),
    fontSize: table.header.length > 5 ? 8.5 : 9.5,
  };
}

function rowHeight(pdf: PdfWriter, layout: Layout, row: string[], header: boolean): number {
  pdf.doc.font(header ? 'bold' : 'body').fontSize(layout.fontSize);
  const cells = row.map((cell, i) =>
    pdf.doc.heightOfString(cell || ' ', { width: (layout.widths[i] ?? 40) - PAD * 2 }),
  );
  return Math.max(...cells) + PAD * 2;
}

/** Height of the header row and the first row: what must fit under a heading placed above the table. */
export function tableStartHeight(pdf: PdfWriter, table: SimpleTable): number {
  const layout = layoutOf(pdf, table);
  const header = table.header.length > 0 ? rowHeight(pdf, layout, table.header, true) : 0;
  const first = table.rows[0] ? rowHeight(pdf, layout, table.rows[0], false) : 0;
  pdf.reset();
  return Math.min(header + first, pdf.bottom - pdf.top);
}

export function drawTable(
  pdf: PdfWriter,
  table: SimpleTable,
  options: { headerColumn?: boolean } = {},
): void {
  const { doc } = pdf;
  const layout = layoutOf(pdf, table);
  const available = pdf.bottom - pdf.top;
  const drawRow = (row: string[], header: boolean, keepBelow = 0) => {
    const height = rowHeight(pdf, layout, row, header);
    if (height > available) {
      const colon = pdf.colon;
      if (table.header.length === 0) pdf.paragraph(row.slice(1).join(' '), 'body', `${row[0] ?? ''}${colon}`);
      else
        for (const [i, cell] of row.entries())
          pdf.paragraph(cell, 'body', `${table.header[i] ?? ''}${colon}`);
      return;
    }
    if (doc.y + height + keepBelow > pdf.bottom) {
      doc.addPage();
      if (!header && table.header.length > 0) drawRow(table.header, true);
    }
    const top = doc.y;
    let x = pdf.left;
    row.forEach((cell, i) => {
      const width = layout.widths[i] ?? 40;
      const shaded = header || (options.headerColumn === true && i === 0);
      if (shaded) doc.rect(x, top, width, height).fill(SHADE);
      doc.rect(x, top, width, height).lineWidth(0.5).strokeColor(LINE).stroke();
      doc
        .font(shaded ? 'bold' : 'body')
        .fontSize(layout.fontSize)
        .fillColor(INK);
      doc.text(cell, x + PAD, top + PAD, { width: width - PAD * 2 });
      x += width;
    });
    doc.x = pdf.left;
    doc.y = top + height;
  };
  if (table.header.length > 0) {
    const first = table.rows[0] ? rowHeight(pdf, layout, table.rows[0], false) : 0;
    drawRow(table.header, true, first <= available ? first : 0);
  }
  for (const row of table.rows) drawRow(row, false);
  doc.moveDown(0.6);
  pdf.reset();
}
