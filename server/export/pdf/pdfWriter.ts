/**
 * A thin layout layer over pdfkit for flowing documents: headings that never sit alone at a page bottom,
 * paragraphs, bullet lists whose entries stay whole, pictures scaled to fit, bookmarks, and "page n / N"
 * footers written once every page exists (tables are in pdfTable.ts). Text is real text in an embedded
 * TrueType font: selectable, searchable, accented.
 */
import PDFDocument from 'pdfkit';
import { FONT_FILES } from '../fonts';
import type { Png } from '../raster';

export const A4 = { width: 595.28, height: 841.89 };
const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
export const INK = '#17202e';
const MUTED = '#454d5c';
const ACCENT = '#1f4fa8';

export interface PdfInfo {
  title: string;
  language: string;
  author: string;
  /** The language's colon (with its space in French), after the labels of a row flowed as paragraphs. */
  colon: string;
}

export type ParagraphStyle = 'body' | 'muted' | 'small' | 'empty';

export interface PdfBullet {
  bold: string;
  text: string;
  sub?: string;
}

const HEADING_SIZES = { 1: 18, 2: 14, 3: 11.5 } as const;
const BULLET_INDENT = 14;

type Outline = PDFKit.PDFOutline;

export class PdfWriter {
  readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly done: Promise<Buffer>;
  private outlineParents: Outline[] = [];

  constructor(
    private readonly info: PdfInfo,
    size: [number, number] = [A4.width, A4.height],
  ) {
    this.doc = new PDFDocument({
      size,
      margins: MARGIN,
      bufferPages: true,
      autoFirstPage: true,
      pdfVersion: '1.7',
      lang: info.language,
      displayTitle: true,
      info: { Title: info.title, Author: info.author, Creator: 'Fresco', Producer: 'Fresco (pdfkit)' },
    });
    this.doc.registerFont('body', FONT_FILES.regular);
    this.doc.registerFont('bold', FONT_FILES.bold);
    this.doc.registerFont('italic', FONT_FILES.oblique);
    this.doc.font('body').fontSize(10.5).fillColor(INK);
    this.doc.on('data', (chunk: Buffer) => this.chunks.push(chunk));
    this.done = new Promise((resolve) => this.doc.on('end', () => resolve(Buffer.concat(this.chunks))));
    this.outlineParents = [this.doc.outline];
  }

  get contentWidth(): number {
    return this.doc.page.width - MARGIN.left - MARGIN.right;
  }

  get left(): number {
    return MARGIN.left;
  }

  get top(): number {
    return MARGIN.top;
  }

  get bottom(): number {
    return this.doc.page.height - MARGIN.bottom;
  }

  /** The language's colon, for labels the writer adds itself. */
  get colon(): string {
    return this.info.colon;
  }

  /** Starts a new page unless the cursor is already at the top of one. */
  newPage(): void {
    if (this.doc.y > MARGIN.top + 1) this.doc.addPage();
  }

  ensureSpace(height: number): void {
    if (this.doc.y + height > this.bottom) this.doc.addPage();
  }

  title(text: string, subtitle: string): void {
    this.doc.moveDown(4);
    this.doc
      .font('bold')
      .fontSize(26)
      .fillColor(ACCENT)
      .text(text, MARGIN.left, this.doc.y, { width: this.contentWidth });
    this.doc.moveDown(0.4);
    this.doc.font('italic').fontSize(12).fillColor(MUTED).text(subtitle, { width: this.contentWidth });
    this.doc.moveDown(1.5);
    this.reset();
  }

  /**
   * Level 1 to 3; adds a bookmark (level 1 and 2), and a named destination when `anchor` is given (so
   * `file.pdf#anchor` opens there). Starts a new page unless `keepWithNext` points of what follows fit
   * under it, so a heading never ends a page alone.
   */
  heading(level: 1 | 2 | 3, text: string, keepWithNext = 60, anchor?: string): void {
    const size = HEADING_SIZES[level];
    this.ensureSpace(size * 2 + keepWithNext);
    this.doc.moveDown(level === 3 ? 0.6 : 1);
    this.doc
      .font('bold')
      .fontSize(size)
      .fillColor(level === 3 ? ACCENT : INK);
    if (anchor) this.doc.addNamedDestination(anchor, 'XYZ', MARGIN.left, this.doc.y, null);
    this.doc.text(text, MARGIN.left, this.doc.y, { width: this.contentWidth });
    if (level === 1) {
      const y = this.doc.y + 2;
      this.doc
        .moveTo(MARGIN.left, y)
        .lineTo(MARGIN.left + this.contentWidth, y)
        .lineWidth(1.5)
        .strokeColor(ACCENT)
        .stroke();
      this.doc.moveDown(0.5);
    }
    if (level <= 2) {
      const parent = this.outlineParents[level - 1] ?? this.doc.outline;
      const item = parent.addItem(text);
      this.outlineParents[level] = item;
    }
    this.doc.moveDown(0.3);
    this.reset();
  }

  /** A paragraph, opening with bold `lead` words when given. */
  paragraph(text: string, style: ParagraphStyle = 'body', lead?: string): void {
    this.paragraphFont(style);
    if (lead) {
      this.doc.font('bold').fillColor(INK);
      this.doc.text(`${lead} `, MARGIN.left, this.doc.y, { width: this.contentWidth, continued: true });
      this.paragraphFont(style);
      this.doc.text(text, { lineGap: 1.5 });
    } else this.doc.text(text, MARGIN.left, this.doc.y, { width: this.contentWidth, lineGap: 1.5 });
    this.doc.moveDown(0.4);
    this.reset();
  }

  /** Height `paragraph` will take, its spacing below included. */
  paragraphHeight(text: string, style: ParagraphStyle = 'body', lead?: string): number {
    this.paragraphFont(style);
    const words = lead ? `${lead} ${text}` : text;
    const height = this.doc.heightOfString(words || ' ', { width: this.contentWidth, lineGap: 1.5 });
    const below = this.doc.currentLineHeight(true) * 0.4;
    this.reset();
    return height + below;
  }

  private paragraphFont(style: ParagraphStyle): void {
    this.doc
      .font(style === 'empty' ? 'italic' : 'body')
      .fontSize(style === 'small' ? 9 : 10.5)
      .fillColor(style === 'body' ? INK : MUTED);
  }

  /** Bullets whose bold words run straight into their text, which carries its own punctuation. */
  bullets(items: PdfBullet[]): void {
    for (const item of items) {
      const x = MARGIN.left + BULLET_INDENT;
      const width = this.contentWidth - BULLET_INDENT;
      // An entry and its words stay on one page (unless the entry alone is taller than a page).
      this.ensureSpace(Math.min(this.bulletHeight(item), this.bottom - MARGIN.top));
      this.doc
        .font('body')
        .fontSize(10.5)
        .fillColor(ACCENT)
        .text('•', MARGIN.left + 2, this.doc.y);
      this.doc.moveUp();
      this.doc
        .font('bold')
        .fillColor(INK)
        .text(item.bold, x, this.doc.y, { width, continued: item.text !== '' });
      if (item.text !== '') this.doc.font('body').text(item.text, { lineGap: 1.5 });
      if (item.sub) {
        this.doc
          .font('italic')
          .fontSize(9.5)
          .fillColor(MUTED)
          .text(item.sub, x + 8, this.doc.y, { width: width - 8, lineGap: 1 });
      }
      this.doc.moveDown(0.25);
    }
    this.reset();
  }

  /** Height one entry of `bullets` will take, its words below and spacing included. */
  bulletHeight(item: PdfBullet): number {
    const width = this.contentWidth - BULLET_INDENT;
    this.doc.font('bold').fontSize(10.5);
    let height = this.doc.heightOfString(`${item.bold}${item.text}`, { width, lineGap: 1.5 });
    if (item.sub) {
      this.doc.font('italic').fontSize(9.5);
      height += this.doc.heightOfString(item.sub, { width: width - 8, lineGap: 1 });
    }
    height += this.doc.currentLineHeight(true) * 0.25;
    this.reset();
    return height;
  }

  /** Height a picture will take on the page (see image). */
  imageHeight(png: Png, maxHeight = 420): number {
    return png.height * Math.min(this.contentWidth / png.width, maxHeight / png.height, 1.2);
  }

  /** A picture at most the text width and `maxHeight` tall, keeping its proportions. */
  image(png: Png, maxHeight = 420): void {
    const scale = Math.min(this.contentWidth / png.width, maxHeight / png.height, 1.2);
    const width = png.width * scale;
    const height = png.height * scale;
    this.ensureSpace(height + 8);
    const top = this.doc.y;
    this.doc.image(png.data, MARGIN.left + (this.contentWidth - width) / 2, top, { width, height });
    this.doc.x = MARGIN.left;
    this.doc.y = top + height + 8;
  }

  /** Reserves a box of the text width and `height` and lets `draw` paint vector graphics in it. */
  drawing(height: number, draw: (x: number, y: number, width: number) => void): void {
    this.ensureSpace(height + 8);
    const top = this.doc.y;
    draw(MARGIN.left, top, this.contentWidth);
    this.doc.x = MARGIN.left;
    this.doc.y = top + height + 8;
    this.reset();
  }

  /** Writes the footer of every page, then closes the document. */
  async finish(footer: (page: number, total: number) => { left: string; right: string }): Promise<Buffer> {
    const range = this.doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      this.doc.switchToPage(i);
      const { left, right } = footer(i + 1, range.count);
      const saved = this.doc.page.margins.bottom;
      // Writing below the bottom margin would otherwise make pdfkit open a new page.
      this.doc.page.margins.bottom = 0;
      const y = this.doc.page.height - MARGIN.bottom + 24;
      this.doc.font('body').fontSize(8).fillColor(MUTED);
      this.doc.text(left, MARGIN.left, y, {
        width: this.contentWidth - 90,
        lineBreak: false,
        ellipsis: true,
        height: 10,
      });
      this.doc.text(right, MARGIN.left + this.contentWidth - 90, y, {
        width: 90,
        align: 'right',
        lineBreak: false,
      });
      this.doc.page.margins.bottom = saved;
    }
    this.doc.end();
    return this.done;
  }

  /** Back to body text at the left margin. */
  reset(): void {
    this.doc.font('body').fontSize(10.5).fillColor(INK);
    this.doc.x = MARGIN.left;
  }
}
