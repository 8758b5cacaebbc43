/**
 * Writes the body of content.xml: headings with outline levels, paragraphs, bullet lists, tables (with
 * repeated header rows and their own column widths) and pictures, collecting the automatic styles and
 * picture files they need. Every text goes through odfText. A page break is not an element in ODF but a
 * property of what follows it, so `breakBefore` is held until the next paragraph, heading or table.
 */
import type { SimpleTable } from '../../../shared/export/model/tables';
import { paragraphsOf } from '../../../shared/export/text/clean';
import { escapeXml } from '../../../shared/export/text/escape';
import type { Png } from '../raster';
import { odfText } from './odfText';

const TEXT_WIDTH_CM = 17;

export interface OdtPicture {
  path: string;
  data: Buffer;
  mime: 'image/png' | 'image/svg+xml';
}

export interface OdtBullet {
  /** Bold words the entry opens with; `text` follows them as it comes (it carries its punctuation). */
  bold: string;
  text: string;
  sub?: string;
}

export class OdtBody {
  private readonly parts: string[] = [];
  private readonly autoStyles: string[] = [
    '<style:style style:name="Cell" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #c9ccd3"/></style:style>',
    '<style:style style:name="CellHead" style:family="table-cell"><style:table-cell-properties fo:padding="0.1cm" fo:border="0.5pt solid #c9ccd3" fo:background-color="#f1ede4"/></style:style>',
    '<style:style style:name="Frame" style:family="graphic"><style:graphic-properties style:vertical-pos="top" style:vertical-rel="baseline" style:horizontal-pos="center" style:horizontal-rel="paragraph"/></style:style>',
  ];
  readonly pictures: OdtPicture[] = [];
  private tables = 0;
  private pendingBreak = false;
  private readonly breakStyles = new Set<string>();

  /** The next paragraph, heading or table starts a page. */
  breakBefore(): void {
    this.pendingBreak = true;
  }

  heading(level: 1 | 2 | 3, text: string): void {
    const style = this.styleFor(`Heading_20_${level}`);
    this.parts.push(
      `<text:h text:style-name="${style}" text:outline-level="${level}">${odfText(text)}</text:h>`,
    );
  }

  /** A paragraph in a named style of styles.xml, opening with bold `lead` words when given. */
  paragraph(text: string, style = 'Text_20_body', lead?: string): void {
    const opening = lead
      ? `<text:span text:style-name="Strong_20_Emphasis">${odfText(lead)}</text:span> `
      : '';
    this.parts.push(`<text:p text:style-name="${this.styleFor(style)}">${opening}${odfText(text)}</text:p>`);
  }

  bullets(items: OdtBullet[]): void {
    const entries = items.map((item) => {
      const sub = item.sub
        ? `<text:list><text:list-item><text:p text:style-name="Muted">${odfText(item.sub)}</text:p></text:list-item></text:list>`
        : '';
      return `<text:list-item><text:p text:style-name="Text_20_body"><text:span text:style-name="Strong_20_Emphasis">${odfText(item.bold)}</text:span>${odfText(item.text)}</text:p>${sub}</text:list-item>`;
    });
    // A list cannot carry a page break itself: an empty paragraph before it does.
    if (this.pendingBreak) this.paragraph('');
    this.parts.push(`<text:list text:style-name="Bullets">${entries.join('')}</text:list>`);
  }

  table(spec: SimpleTable, options: { headerColumn?: boolean } = {}): void {
    const name = `Table${++this.tables}`;
    const total = spec.widths.reduce((sum, w) => sum + w, 0);
    const pageBreak = this.takeBreak() ? ' fo:break-before="page"' : '';
    this.autoStyles.push(
      `<style:style style:name="${name}" style:family="table"><style:table-properties style:width="${TEXT_WIDTH_CM}cm" table:align="margins"${pageBreak}/></style:style>`,
    );
    const columns = spec.widths.map((w, i) => {
      const style = `${name}.C${i}`;
      this.autoStyles.push(
        `<style:style style:name="${style}" style:family="table-column"><style:table-column-properties style:column-width="${((w / total) * TEXT_WIDTH_CM).toFixed(2)}cm"/></style:style>`,
      );
      return `<table:table-column table:style-name="${style}"/>`;
    });
    const row = (cells: string[], header: boolean) =>
      `<table:table-row>${cells
        .map((cell, i) => {
          const shaded = header || (options.headerColumn === true && i === 0);
          const lines = paragraphsOf(cell);
          const paragraphs = (lines.length > 0 ? lines : ['']).map(
            (line) =>
              `<text:p text:style-name="${shaded ? 'Table_20_Heading' : 'Table_20_Contents'}">${odfText(line.trim())}</text:p>`,
          );
          return `<table:table-cell table:style-name="${shaded ? 'CellHead' : 'Cell'}" office:value-type="string">${paragraphs.join('')}</table:table-cell>`;
        })
        .join('')}</table:table-row>`;
    const header =
      spec.header.length > 0
        ? `<table:table-header-rows>${row(spec.header, true)}</table:table-header-rows>`
        : '';
    this.parts.push(
      `<table:table table:name="${name}" table:style-name="${name}">${columns.join('')}${header}${spec.rows.map((r) => row(r, false)).join('')}</table:table>`,
    );
  }

  picture(png: Png, alt: string, maxHeightCm = 16): void {
    this.frame({ data: png.data, mime: 'image/png' }, png, alt, maxHeightCm);
  }

  /** An SVG picture: vector, drawn by the word processor itself (LibreOffice stores drawings this way). */
  vectorPicture(svg: string, alt: string, maxHeightCm = 16): void {
    const size = /<svg\b[^>]*\bwidth="([\d.]+)"[^>]*\bheight="([\d.]+)"/.exec(svg);
    const width = Number(size?.[1] ?? 560);
    const height = Number(size?.[2] ?? 400);
    this.frame(
      { data: Buffer.from(svg, 'utf8'), mime: 'image/svg+xml' },
      { width, height },
      alt,
      maxHeightCm,
    );
  }

  private frame(
    file: { data: Buffer; mime: OdtPicture['mime'] },
    size: { width: number; height: number },
    alt: string,
    maxHeightCm: number,
  ): void {
    const extension = file.mime === 'image/png' ? 'png' : 'svg';
    const path = `Pictures/picture${this.pictures.length + 1}.${extension}`;
    this.pictures.push({ path, ...file });
    const widthCm = Math.min(TEXT_WIDTH_CM, (maxHeightCm * size.width) / size.height);
    const heightCm = (widthCm * size.height) / size.width;
    this.parts.push(
      `<text:p text:style-name="${this.styleFor('Figure')}"><draw:frame draw:style-name="Frame" draw:name="${escapeXml(`${alt} ${this.pictures.length}`)}" text:anchor-type="as-char" svg:width="${widthCm.toFixed(2)}cm" svg:height="${heightCm.toFixed(2)}cm" draw:z-index="0">` +
        `<draw:image xlink:href="${path}" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad" draw:mime-type="${file.mime}"/>` +
        `<svg:title>${escapeXml(alt)}</svg:title><svg:desc>${escapeXml(alt)}</svg:desc></draw:frame></text:p>`,
    );
  }

  /** `style`, or after a page break an automatic style that is `style` starting a page. */
  private styleFor(style: string): string {
    if (!this.takeBreak()) return style;
    const name = `${style}_Break`;
    if (!this.breakStyles.has(name)) {
      this.breakStyles.add(name);
      this.autoStyles.push(
        `<style:style style:name="${name}" style:family="paragraph" style:parent-style-name="${style}"><style:paragraph-properties fo:break-before="page"/></style:style>`,
      );
    }
    return name;
  }

  private takeBreak(): boolean {
    const pending = this.pendingBreak;
    this.pendingBreak = false;
    return pending;
  }

  get automaticStyles(): string {
    return this.autoStyles.join('');
  }

  get xml(): string {
    return this.parts.join('');
  }
}
