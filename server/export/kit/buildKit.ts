/**
 * The paper kit: when tablets fail, or a resident prefers paper, the workshop goes on with printed
 * pictogram cards (cut along the dotted lines, words under each picture) and an empty week fresco on A3
 * to stick them on. Keeping a physical alternative is a principle of the field (PRODUCT.md §1).
 */
import { exportLabels } from '../../../shared/export/labels';
import { pictogramCredit } from '../../../shared/export/model/buildExportModel';
import { pictogramsOfKind } from '../../../shared/pictograms';
import type { WorkshopSettings } from '../../../shared/schema/control';
import { FONT_FILES } from '../fonts';
import { PdfWriter } from '../pdf/pdfWriter';
import { fitLabel, type LabelLine, LINE_HEIGHT } from './cardLabel';
import { A3_LANDSCAPE, A4_PORTRAIT, type Box, cardSide, cardSlots, weekGrid } from './kitLayout';
import { pictogramPng } from './pictogramPng';
import { drawWeekSheet } from './weekSheet';

interface Card {
  pictogram: string;
  label: string;
  kind: 'activity' | 'difficulty';
}

const KIND_COLORS = { activity: '#1f4fa8', difficulty: '#a3161a' } as const;
/** Inside a card: padding, the kind's colour bar, and the gaps around the pictogram. */
const PAD = 3;
const BAR = 2.5;
const GAP = 2;

/** Where everything went, in points from each page's top left: what the kit's tests measure. */
export interface KitLayout {
  /** Page sizes in order, [width, height]. */
  pages: [number, number][];
  /** The drawn cells of the A3 week fresco (last page). */
  cells: Box[];
  cards: PlacedCard[];
}

export interface PlacedCard extends Box {
  /** 0-based page index. */
  page: number;
  label: string;
  picture: Box;
  fontSize: number;
  lines: LabelLine[];
}

export async function buildKit(workshop: WorkshopSettings): Promise<Buffer> {
  return (await buildKitWithLayout(workshop)).body;
}

export async function buildKitWithLayout(
  workshop: WorkshopSettings,
): Promise<{ body: Buffer; layout: KitLayout }> {
  const language = workshop.language;
  const labels = exportLabels(language);
  const pdf = new PdfWriter({
    title: labels.kit.title,
    language: language === 'fr' ? 'fr-FR' : 'en-GB',
    author: 'Fresco',
    colon: labels.colon,
  });
  pdf.doc.registerFont('condensed', FONT_FILES.condensedBold);
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
  const grid = weekGrid(A3_LANDSCAPE);
  const side = cardSide(grid);
  const placed: PlacedCard[] = [];
  for (const [title, cards] of sections) {
    if (cards.length > 0) placed.push(...drawCards(pdf, title, cards, pictures, side));
  }

  pdf.doc.addPage({ size: 'A3', layout: 'landscape', margins: { top: 40, bottom: 56, left: 40, right: 40 } });
  drawWeekSheet(pdf.doc, labels, workshop.title);
  const pages = pageSizes(pdf.doc);
  const body = await pdf.finish((page, total) => ({ left: credit, right: labels.page(page, total) }));
  return { body, layout: { pages, cells: grid.cells, cards: placed } };
}

function pageSizes(doc: PDFKit.PDFDocument): [number, number][] {
  const range = doc.bufferedPageRange();
  const sizes: [number, number][] = [];
  for (let i = range.start; i < range.start + range.count; i++) {
    const page = doc.switchToPage(i);
    sizes.push([page.width, page.height]);
  }
  return sizes;
}

function drawCards(
  pdf: PdfWriter,
  title: string,
  cards: Card[],
  pictures: Map<string, Buffer | null>,
  side: number,
): PlacedCard[] {
  const doc = pdf.doc;
  const slots = cardSlots(side, A4_PORTRAIT);
  const placed: PlacedCard[] = [];
  for (let start = 0; start < cards.length; start += slots.length) {
    doc.addPage({ size: 'A4', layout: 'portrait', margins: { top: 40, bottom: 64, left: 40, right: 40 } });
    const page = doc.bufferedPageRange().count - 1;
    doc
      .font('bold')
      .fontSize(14)
      .fillColor('#17202e')
      .text(title, 40, 40, { width: doc.page.width - 80 });
    cards.slice(start, start + slots.length).forEach((card, i) => {
      const slot = slots[i] as Box;
      placed.push({ page, ...drawCard(doc, card, pictures.get(card.pictogram) ?? null, slot) });
    });
  }
  return placed;
}

function drawCard(
  doc: PDFKit.PDFDocument,
  card: Card,
  png: Buffer | null,
  box: Box,
): Omit<PlacedCard, 'page'> {
  const { x, y, width, height } = box;
  doc.save();
  doc.rect(x, y, width, height).dash(3, { space: 3 }).lineWidth(0.5).strokeColor('#767c88').stroke();
  doc.undash();
  doc
    .rect(x + PAD, y + PAD, width - 2 * PAD, BAR)
    .fillColor(KIND_COLORS[card.kind])
    .fill();
  doc.restore();
  const inner = width - 2 * PAD;
  const room = height - 2 * PAD - BAR - 2 * GAP;
  doc.font('condensed');
  const fitted = fitLabel(
    card.label,
    { width: inner, height: room, minPicture: room * 0.45, maxPicture: room * 0.7 },
    (text, size) => doc.fontSize(size).widthOfString(text),
  );
  const pictureTop = y + PAD + BAR + GAP;
  const picture = {
    x: x + (width - fitted.picture) / 2,
    y: pictureTop,
    width: fitted.picture,
    height: fitted.picture,
  };
  if (png) doc.image(png, picture.x, picture.y, { width: picture.width, height: picture.height });
  const lineHeight = fitted.fontSize * LINE_HEIGHT;
  // The label sits at the bottom of the card, under whatever height the pictogram kept.
  const textTop = y + height - PAD - fitted.lines.length * lineHeight;
  doc.font('condensed').fontSize(fitted.fontSize).fillColor('#17202e');
  fitted.lines.forEach((line, i) => {
    // Centred by hand: given a width, pdfkit would wrap a squeezed word letter by letter. pdfkit
    // supports horizontalScaling (the PDF Tz operator); @types/pdfkit does not list it yet.
    const options = { lineBreak: false, horizontalScaling: line.scale } as PDFKit.Mixins.TextOptions;
    const drawn = doc.widthOfString(line.text, options);
    doc.text(line.text, x + PAD + (inner - drawn) / 2, textTop + i * lineHeight, options);
  });
  return { x, y, width, height, label: card.label, picture, fontSize: fitted.fontSize, lines: fitted.lines };
}
