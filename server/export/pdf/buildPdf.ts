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
  for (const part of outline.parts) {
    let anchor = part.anchor;
    part.blocks.forEach((block, i) => {
      const context = { pictures, following: part.blocks.slice(i + 1), anchor };
      renderBlock(pdf, block, block.kind === 'heading' ? context : { ...context, anchor: undefined });
      if (block.kind === 'heading') anchor = undefined;
    });
  }
  const { footer } = outline;
  return pdf.finish((page, total) => ({ left: footer.credit, right: footer.page(page, total) }));
}
