/**
 * How each kind of outline block looks in the ODT: named styles of styles.xml a LibreOffice user finds
 * in the Styles sidebar, real outline headings, tables and embedded pictures. What the document says and
 * in which order is the outline's (shared/export/model/outline.ts), never decided here.
 */
import type {
  Block,
  HeadingBlock,
  ListBlock,
  ParagraphBlock,
  PictureBlock,
  TableBlock,
  TextStyle,
  TitleBlock,
} from '../../../shared/export/model/blocks';
import { radarSvg } from '../../../shared/export/svg/radar';
import type { ExportPictures } from '../pictures';
import type { OdtBody } from './odtBody';

const PARAGRAPH_STYLES: Record<TextStyle, string> = {
  body: 'Text_20_body',
  muted: 'Muted',
  empty: 'Empty',
  small: 'Small',
};

/** Tallest a picture may be, in cm: the week fills a page's upper part, the radar sits beside its table. */
const PICTURE_HEIGHT_CM = { week: 16, timeline: 20, radar: 8.5, chart: 13 };

export function renderBlock(body: OdtBody, block: Block, pictures: ExportPictures): void {
  switch (block.kind) {
    case 'title':
      title(body, block);
      return;
    case 'heading':
      heading(body, block);
      return;
    case 'paragraph':
      paragraph(body, block);
      return;
    case 'list':
      list(body, block);
      return;
    case 'table':
      table(body, block);
      return;
    case 'picture':
      picture(body, block, pictures);
      return;
    case 'pageBreak':
      body.breakBefore();
      return;
    default: {
      // A kind of block added to the outline must get its look here: this stops the build until it does.
      const unknown: never = block;
      throw new Error(`no look for the block ${JSON.stringify(unknown)}`);
    }
  }
}

function title(body: OdtBody, block: TitleBlock): void {
  body.paragraph(block.text, 'Title');
  body.paragraph(block.subtitle, 'Subtitle');
}

function heading(body: OdtBody, block: HeadingBlock): void {
  body.heading(block.level, block.text);
}

function paragraph(body: OdtBody, block: ParagraphBlock): void {
  body.paragraph(block.text, PARAGRAPH_STYLES[block.style], block.lead);
}

function list(body: OdtBody, block: ListBlock): void {
  body.bullets(block.items.map((item) => ({ bold: item.lead, text: item.text, sub: item.sub })));
}

function table(body: OdtBody, block: TableBlock): void {
  body.table(block.table, { headerColumn: block.headerColumn });
}

function picture(body: OdtBody, block: PictureBlock, pictures: ExportPictures): void {
  const { source, alt } = block;
  if (source.kind === 'radar')
    body.vectorPicture(radarSvg(source.capabilities, alt), alt, PICTURE_HEIGHT_CM.radar);
  else if (source.kind === 'chart') {
    // A PNG, not SVG as the radar: its pictograms are symbols a word processor may not draw.
    const png = pictures.charts.get(source.chart.id);
    if (png) body.picture(png, alt, PICTURE_HEIGHT_CM.chart);
  } else body.picture(pictures[source.kind], alt, PICTURE_HEIGHT_CM[source.kind]);
}
