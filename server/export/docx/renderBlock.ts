/**
 * Each block of the outline as Word paragraphs and tables (docx/blocks.ts). A page break is not a
 * paragraph of its own: it becomes Word's "page break before" on the block after it, as a writer would
 * set it, so no empty paragraph opens a page.
 */
import { type FileChild, Paragraph, TextRun } from 'docx';
import { type BlockRenderers, renderBlock } from '../../../shared/export/model/blockRenderers';
import type { Block, PictureSource, TextStyle } from '../../../shared/export/model/blocks';
import type { ExportPictures } from '../pictures';
import type { Png } from '../raster';
import { bullet, heading, type ParagraphStyle, para, picture, table } from './blocks';

interface DocxContext {
  pictures: ExportPictures;
  /** The block follows a page break. */
  newPage: boolean;
}

const STYLES: Record<TextStyle, ParagraphStyle | undefined> = {
  body: undefined,
  muted: 'Muted',
  empty: 'Empty',
  small: 'Small',
};

/** How tall each picture may be, in pixels: the timeline is long, a radar sits beside its table. */
const MAX_HEIGHT: Record<PictureSource['kind'], number> = {
  week: 600,
  timeline: 800,
  radar: 330,
  chart: 520,
};

const DOCX: BlockRenderers<FileChild[], DocxContext> = {
  title: (block, { newPage }) => [
    new Paragraph({ heading: 'Title', pageBreakBefore: newPage, children: [new TextRun(block.text)] }),
    para(block.subtitle, 'Muted'),
  ],
  heading: (block, { newPage }) => [heading(block.level, block.text, newPage)],
  paragraph: (block, { newPage }) => [
    para(block.text, STYLES[block.style], { lead: block.lead, pageBreakBefore: newPage }),
  ],
  list: (block, { newPage }) =>
    block.items.flatMap((item, i) => bullet(item.lead, item.text, item.sub, newPage && i === 0)),
  table: (block, { newPage }) => [
    // A table cannot carry "page break before": an empty paragraph opens the page instead.
    ...(newPage ? [new Paragraph({ pageBreakBefore: true })] : []),
    table(block.table, { headerColumn: block.headerColumn, emptyCells: block.emptyCells }),
  ],
  picture: (block, context) => {
    const png = pngOf(block.source, context.pictures);
    if (!png) return docxBlocks(block.fallback, context.pictures, context.newPage);
    return [picture(png, block.alt, MAX_HEIGHT[block.source.kind], context.newPage)];
  },
  pageBreak: () => [],
};

/** The blocks in order; `newPage` when the first of them opens a page. */
export function docxBlocks(blocks: Block[], pictures: ExportPictures, newPage = false): FileChild[] {
  return blocks.flatMap((block, i) =>
    renderBlock(DOCX, block, {
      pictures,
      newPage: i === 0 ? newPage : blocks[i - 1]?.kind === 'pageBreak',
    }),
  );
}

function pngOf(source: PictureSource, pictures: ExportPictures): Png | undefined {
  if (source.kind === 'week') return pictures.week;
  if (source.kind === 'timeline') return pictures.timeline;
  if (source.kind === 'chart') return pictures.charts.get(source.chart.id);
  return pictures.radars.get(source.sheetId);
}
