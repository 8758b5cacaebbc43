/**
 * The export as PDF (A4): the export outline drawn block by block (renderBlock.ts), with bookmarks for
 * the headings, a named destination per fiche (`#action-<id>`, as in the HTML) and the credit and page
 * number at the bottom of every page.
 */
import { exportOutline } from '../../../shared/export/model/outline';
import type { ExportModel } from '../../../shared/export/model/types';
import type { ExportPictures } from '../pictures';
import { PdfWriter } from './pdfWriter';
import { renderBlock } from './renderBlock';

export async function buildPdf(model: ExportModel, pictures: ExportPictures): Promise<Buffer> {
  const outline = exportOutline(model);
  const pdf = new PdfWriter({
    title: outline.title,
    language: outline.language === 'fr' ? 'fr-FR' : 'en-GB',
    author: 'Fresco',
    colon: model.labels.colon,
  });
  const blocks = outline.parts.flatMap((part) => part.blocks);
  // A part's anchor goes on its first heading.
  const anchors = new Map<number, string>();
  let start = 0;
  for (const part of outline.parts) {
    const first = part.blocks.findIndex((block) => block.kind === 'heading');
    if (part.anchor && first >= 0) anchors.set(start + first, part.anchor);
    start += part.blocks.length;
  }
  blocks.forEach((block, at) => {
    renderBlock(pdf, block, { pictures, blocks, at, anchor: anchors.get(at) });
  });
  const { footer } = outline;
  return pdf.finish((page, total) => ({ left: footer.credit, right: footer.page(page, total) }));
}
