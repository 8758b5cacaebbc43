/**
 * The export as DOCX, for a city officer to keep editing in Word or LibreOffice: the outline's blocks
 * drawn by docx/renderBlock.ts with Word's own heading styles (the navigation pane lists every fiche),
 * real tables, a "Muted" and an "Empty" style for annotations, A4 pages with numbered footers carrying
 * the pictogram credit.
 */
import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import type { Outline } from '../../../shared/export/model/blocks';
import { exportOutline } from '../../../shared/export/model/outline';
import type { ExportModel } from '../../../shared/export/model/types';
import type { ExportPictures } from '../pictures';
import { docxBlocks } from './renderBlock';
import { docxStyles } from './styles';

export async function buildDocx(model: ExportModel, pictures: ExportPictures): Promise<Buffer> {
  return renderDocx(exportOutline(model), pictures);
}

export async function renderDocx(outline: Outline, pictures: ExportPictures): Promise<Buffer> {
  const document = new Document({
    title: outline.title,
    description: outline.description,
    creator: 'Fresco',
    lastModifiedBy: 'Fresco',
    styles: docxStyles(outline.language),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(outline.footer) },
        children: docxBlocks(
          outline.parts.flatMap((part) => part.blocks),
          pictures,
        ),
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer({ credit, pageParts: [before, between] }: Outline['footer']): Footer {
  return new Footer({
    children: [
      new Paragraph({ style: 'Small', children: [new TextRun(credit)] }),
      new Paragraph({
        style: 'Small',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
