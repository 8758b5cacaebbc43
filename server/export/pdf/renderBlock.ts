/**
 * How each kind of outline block looks in the PDF. What the document says and in which order is the
 * outline's (shared/export/model/outline.ts); this file only draws, and keeps a heading on the same page
 * as the start of what it introduces (keepTogether.ts).
 */
import type {
  Block,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  PictureBlock,
  TableBlock,
  TitleBlock,
} from '../../../shared/export/model/blocks';
import type { ExportPictures } from '../pictures';
import { bulletOf, keepWithHeading, pictureBox, pictureOf } from './keepTogether';
import { drawTable } from './pdfTable';
import type { PdfWriter } from './pdfWriter';
import { drawRadar } from './radar';

export interface PdfContext {
  pictures: ExportPictures;
  /** Every block of the document and where this one is, for a heading to keep the start of what follows. */
  blocks: readonly Block[];
  at: number;
  /** A named destination the block should carry (the part's anchor, on its first heading). */
  anchor?: string | undefined;
}

export function renderBlock(pdf: PdfWriter, block: Block, context: PdfContext): void {
  switch (block.kind) {
    case 'title':
      title(pdf, block);
      return;
    case 'heading':
      heading(pdf, block, context);
      return;
    case 'paragraph':
      paragraph(pdf, block);
      return;
    case 'list':
      list(pdf, block);
      return;
    case 'table':
      table(pdf, block);
      return;
    case 'picture':
      picture(pdf, block, context);
      return;
    case 'pageBreak':
      pdf.newPage();
      return;
    default: {
      // A kind of block added to the outline must get its look here: this stops the build until it does.
      const unknown: never = block;
      throw new Error(`no look for the block ${JSON.stringify(unknown)}`);
    }
  }
}

function title(pdf: PdfWriter, block: TitleBlock): void {
  pdf.title(block.text, block.subtitle);
}

function heading(pdf: PdfWriter, block: HeadingBlock, context: PdfContext): void {
  pdf.heading(
    block.level,
    block.text,
    keepWithHeading(pdf, context.blocks, context.at, context.pictures),
    context.anchor,
  );
}

function paragraph(pdf: PdfWriter, block: ParagraphBlock): void {
  pdf.paragraph(block.text, block.style, block.lead);
}

function list(pdf: PdfWriter, block: ListBlock): void {
  pdf.bullets(block.items.map(bulletOf));
}

function table(pdf: PdfWriter, block: TableBlock): void {
  drawTable(pdf, block.table, { headerColumn: block.headerColumn });
}

function picture(pdf: PdfWriter, block: PictureBlock, context: PdfContext): void {
  const { source } = block;
  const box = pictureBox(pdf, source, context.pictures);
  if (source.kind === 'radar') {
    pdf.drawing(box.height, (x, y, width) =>
      drawRadar(pdf.doc, source.capabilities, x, y, width, box.height),
    );
  } else {
    const png = pictureOf(source, context.pictures);
    if (png) pdf.image(png, box.maxHeight);
  }
}
