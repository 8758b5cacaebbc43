/**
 * What a heading keeps on its page: the heading never ends a page alone, nor with only the short intro
 * under it. It takes along any heading right below it, its muted intro lines, and the start of the first
 * real content: a picture whole, a table's header and first row, a list's first entry, a paragraph.
 */
import type { Block, ListItem, PictureSource } from '../../../shared/export/model/blocks';
import type { ExportPictures } from '../pictures';
import type { Png } from '../raster';
import { tableStartHeight } from './pdfTable';
import type { PdfBullet, PdfWriter } from './pdfWriter';
import { radarHeight } from './radar';

/** The least kept under a heading, whatever follows: two lines of text. */
const AT_LEAST = 30;
/** The most of a text kept: its first lines; the rest may flow onto the next page. */
const TEXT_START = 60;
/** Room a heading right below takes: its size twice (as PdfWriter.heading counts it) and its spacing. */
const HEADING_ROOM = { 1: 36 + 20, 2: 28 + 14, 3: 23 + 8 } as const;

/** Tallest a picture may be, in points: the timeline is wider than tall and may take more. */
const MAX_HEIGHT = { week: 420, timeline: 520, chart: 380 } as const;

export function pictureBox(
  pdf: PdfWriter,
  source: PictureSource,
  pictures: ExportPictures,
): { height: number; maxHeight: number } {
  if (source.kind === 'radar') return { height: radarHeight(source.capabilities), maxHeight: 0 };
  const maxHeight = MAX_HEIGHT[source.kind];
  const png = pictureOf(source, pictures);
  return { height: png ? pdf.imageHeight(png, maxHeight) : 0, maxHeight };
}

/** The PNG a picture block draws (a radar is drawn as vectors instead; a chart missing is left out). */
export function pictureOf(
  source: Exclude<PictureSource, { kind: 'radar' }>,
  pictures: ExportPictures,
): Png | undefined {
  return source.kind === 'chart' ? pictures.charts.get(source.chart.id) : pictures[source.kind];
}

/** Points to keep under the heading at `blocks[at]`, from the blocks after it (across parts). */
export function keepWithHeading(
  pdf: PdfWriter,
  blocks: readonly Block[],
  at: number,
  pictures: ExportPictures,
): number {
  let kept = 0;
  for (const block of blocks.slice(at + 1, at + 8)) {
    const height = startHeight(pdf, block, pictures);
    if (height === null) break;
    kept += height;
    if (!leadsOn(block)) break;
  }
  return Math.min(Math.max(kept, AT_LEAST), pdf.bottom - pdf.top);
}

/** Blocks that introduce what comes next, so the heading keeps that too. */
function leadsOn(block: Block): boolean {
  return block.kind === 'heading' || (block.kind === 'paragraph' && block.style === 'muted');
}

/** Height of the part of `block` that must share the heading's page; null where the run stops. */
function startHeight(pdf: PdfWriter, block: Block, pictures: ExportPictures): number | null {
  switch (block.kind) {
    case 'heading':
      return HEADING_ROOM[block.level];
    case 'paragraph':
      return Math.min(pdf.paragraphHeight(block.text, block.style, block.lead), TEXT_START);
    case 'list': {
      const first = block.items[0];
      return first ? Math.min(pdf.bulletHeight(bulletOf(first)), TEXT_START) : 0;
    }
    case 'table':
      return tableStartHeight(pdf, block.table);
    case 'picture':
      return pictureBox(pdf, block.source, pictures).height + 8;
    case 'title':
    case 'pageBreak':
      return null;
  }
}

export function bulletOf(item: ListItem): PdfBullet {
  return { bold: item.lead, text: item.text, sub: item.sub };
}
