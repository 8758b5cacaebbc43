/**
 * The outline of an export document: what it says, in order, as a few kinds of block. It is written once
 * (see outline.ts) and every document writer (DOCX, ODT, PDF, Markdown, HTML) only decides how each kind
 * of block looks, so the five formats cannot drift apart in what they tell.
 */
import type { SurveyChartId } from '../../concertation/surveyCharts';
import type { Language } from '../../schema/control';
import type { SimpleTable } from './tables';
import type { CapabilityScore } from './types';

/** How a paragraph reads: body text, a muted aside, a "to complete" mark, small print. */
export type TextStyle = 'body' | 'muted' | 'empty' | 'small';

/** The document's title and subtitle, on the cover. */
export interface TitleBlock {
  kind: 'title';
  text: string;
  subtitle: string;
}

/** Levels 1 to 3 below the title: a part of the document, a sub-part (or a fiche), a fiche's section. */
export interface HeadingBlock {
  kind: 'heading';
  level: 1 | 2 | 3;
  text: string;
}

export interface ParagraphBlock {
  kind: 'paragraph';
  text: string;
  style: TextStyle;
  /** Bold words the paragraph opens with (punctuation included), e.g. "À compléter :". */
  lead?: string;
}

/**
 * One entry of a bullet list: bold `lead` then `text`, written as they come (the outline puts the
 * punctuation in `text`), and a muted `sub` line below it.
 */
export interface ListItem {
  lead: string;
  text: string;
  sub?: string;
}

export interface ListBlock {
  kind: 'list';
  items: ListItem[];
}

export interface TableBlock {
  kind: 'table';
  table: SimpleTable;
  /** The first column holds labels (a label / value table): shaded, bold, a row header. */
  headerColumn: boolean;
  /**
   * Cells of `table.rows` ([row, column]) that hold the "to complete" mark rather than a value, so a
   * writer can show them as it shows an 'empty' paragraph (italic, muted). Absent: every cell is a value.
   */
  emptyCells?: [row: number, column: number][];
}

/** One bar of a survey chart, worded: the figure as it reads, the bar's length 0…1 of the longest. */
export interface ChartBar {
  label: string;
  value: string;
  share: number;
  /** A second figure beside the bar (a difficulty's count in the residents' workshops). */
  note?: string;
  /** The pictogram the bar stands for, drawn beside its label where the writer has the pictures. */
  pictogram?: string;
}

/** A chart of the survey section (shared/concertation/surveyCharts.ts) with the outline's words on it. */
export interface ChartPicture {
  id: SurveyChartId;
  title: string;
  bars: ChartBar[];
}

/** Which picture to draw; each writer has its own way (PNG, SVG, PDF vector drawing). */
export type PictureSource =
  | { kind: 'week' }
  | { kind: 'timeline' }
  | { kind: 'radar'; sheetId: string; capabilities: CapabilityScore[] }
  | { kind: 'chart'; chart: ChartPicture };

export interface PictureBlock {
  kind: 'picture';
  source: PictureSource;
  alt: string;
  /** What a writer that cannot draw this picture (Markdown, a words-only preview) shows instead. */
  fallback: Block[];
}

/** The next block starts a page (a writer without pages ignores it). */
export interface PageBreakBlock {
  kind: 'pageBreak';
}

export type Block =
  | TitleBlock
  | HeadingBlock
  | ParagraphBlock
  | ListBlock
  | TableBlock
  | PictureBlock
  | PageBreakBlock;

/**
 * A part of the document. Writers may frame a part (HTML gives each fiche a `<section>` with an
 * anchor the app links to, the closing words a `<footer>`); its blocks are the same everywhere.
 */
export interface OutlinePart {
  kind: 'cover' | 'diagnostic' | 'synthesis' | 'frescos' | 'sheets' | 'sheet' | 'closing';
  /** For a fiche: a stable anchor (`action-<id>`). */
  anchor?: string;
  blocks: Block[];
}

export interface Outline {
  language: Language;
  /** The metadata title (window title, document properties). */
  title: string;
  description: string;
  parts: OutlinePart[];
  /** What paged formats print at the bottom of every page. */
  footer: {
    credit: string;
    page: (page: number, total: number) => string;
    /** `Page ` n ` / ` N, for word processors that number pages themselves. */
    pageParts: [before: string, between: string];
  };
}

export function heading(level: HeadingBlock['level'], text: string): HeadingBlock {
  return { kind: 'heading', level, text };
}

export function paragraph(text: string, style: TextStyle = 'body', lead?: string): ParagraphBlock {
  return lead === undefined ? { kind: 'paragraph', text, style } : { kind: 'paragraph', text, style, lead };
}

export const PAGE_BREAK: Block = { kind: 'pageBreak' };
