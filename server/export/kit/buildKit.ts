/**
 * The paper kit: when tablets fail, or a resident prefers paper, the workshop goes on with printed
 * pictogram cards (cut along the dotted lines, words under each picture) and an empty week fresco on A3
 * to stick them on. Keeping a physical alternative is a principle of the field (PRODUCT.md §1).
 */
import { exportLabels } from '../../../shared/export/labels';
import { pictogramCredit } from '../../../shared/export/model/buildExportModel';
import { pictogramsOfKind } from '../../../shared/pictograms';
import type { WorkshopSettings } from '../../../shared/schema/control';
import { PdfWriter } from '../pdf/pdfWriter';
import { pictogramPng } from './pictogramPng';
import { drawWeekSheet } from './weekSheet';

interface Card {
  pictogram: string;
  label: string;
  kind: 'activity' | 'difficulty';
}

const COLUMNS = 3;
const ROWS = 4;
const KIND_COLORS = { activity: '#1f4fa8', difficulty: '#a3161a' } as const;

export async function buildKit(workshop: WorkshopSettings): Promise<Buffer> {
  const language = workshop.language;
  const labels = exportLabels(language);
  const pdf = new PdfWriter({
    title: labels.kit.title,
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    author: 'Fresco',
  });
  const credit = pictogramCredit(language);
  pdf.title(labels.kit.title, workshop.title);
  pdf.paragraph(labels.kit.intro);
  pdf.paragraph(labels.kit.cutHere, 'muted');
  pdf.paragraph(credit, 'small');

  const toCards = (kind: Card['kind']): Card[] =>
    pictogramsOfKind(kind).map((p) => ({ pictogram: p.id, label: p.label[language], kind }));
  const custom: Card[] = workshop.customPictograms.map((p) => ({
    pictogram: p.pictogram,
    label: p.label,
    kind: p.kind,
  }));
  const sections: [string, Card[]][] = [
    [labels.kit.activities, toCards('activity')],
    [labels.kit.difficulties, toCards('difficulty')],
    [labels.kit.custom, custom],
  ];
  const pictures = new Map<string, Buffer | null>();
  const ids = [...new Set(sections.flatMap(([, cards]) => cards.map((card) => card.pictogram)))];
  await Promise.all(ids.map(async (id) => pictures.set(id, await pictogramPng(id))));
  for (const [title, cards] of sections) {
    if (cards.length > 0) drawCards(pdf, title, cards, pictures);
  }

  pdf.doc.addPage({ size: 'A3', layout: 'landscape', margins: { top: 40, bottom: 56, left: 40, right: 40 } });
  drawWeekSheet(pdf.doc, labels, workshop.title);
  return pdf.finish((page, total) => ({ left: credit, right: labels.page(page, total) }));
}

function drawCards(pdf: PdfWriter, title: string, cards: Card[], pictures: Map<string, Buffer | null>): void {
  const doc = pdf.doc;
  const perPage = COLUMNS * ROWS;
  for (let start = 0; start < cards.length; start += perPage) {
    doc.addPage({ size: 'A4', layout: 'portrait', margins: { top: 40, bottom: 64, left: 40, right: 40 } });
    const top = 40 + 26;
    doc
      .font('bold')
      .fontSize(14)
      .fillColor('#17202e')
      .text(title, 40, 40, { width: doc.page.width - 80 });
    const width = (doc.page.width - 80) / COLUMNS;
    const height = (doc.page.height - top - 64) / ROWS;
    cards.slice(start, start + perPage).forEach((card, i) => {
      drawCard(
        doc,
        card,
        pictures.get(card.pictogram) ?? null,
        40 + (i % COLUMNS) * width,
        top + Math.floor(i / COLUMNS) * height,
        width,
        height,
      );
    });
  }
}

function drawCard(
  doc: PDFKit.PDFDocument,
  card: Card,
  png: Buffer | null,
  x: number,
  y: number,
  width: number,
  height: number,
): void {
  doc.save();
  doc.rect(x, y, width, height).dash(4, { space: 4 }).lineWidth(0.6).strokeColor('#767c88').stroke();
  doc.undash();
  doc
    .rect(x + 6, y + 6, width - 12, 5)
    .fillColor(KIND_COLORS[card.kind])
    .fill();
  doc.restore();
  const size = Math.min(width, height) * 0.56;
  if (png) doc.image(png, x + (width - size) / 2, y + 16, { width: size, height: size });
  doc.font('bold').fontSize(12).fillColor('#17202e');
  doc.text(card.label, x + 8, y + 20 + size, {
    width: width - 16,
    height: height - size - 26,
    align: 'center',
    ellipsis: true,
  });
}
