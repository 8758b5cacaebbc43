/**
 * Each block of the outline as Markdown lines. Every text goes through escapeMarkdown, labels included
 * (they hold no markup, so they read the same), which leaves no way for typed words to open markup.
 */
import { type BlockRenderers, renderBlock } from './model/blockRenderers';
import type { Block, ListBlock, ParagraphBlock, TableBlock, TextStyle } from './model/blocks';
import { markdownCell as cell, escapeMarkdown as md } from './text/escape';

const MARKDOWN: BlockRenderers<string[], void> = {
  title: (block) => [`# ${md(block.text)}`, '', `*${md(block.subtitle)}*`],
  // The title is the only `#`: the outline's levels 1–3 are `##` to `####`.
  heading: (block) => [`${'#'.repeat(block.level + 1)} ${md(block.text)}`],
  paragraph: (block) => [paragraph(block)],
  list,
  table,
  // A Markdown file carries no pictures of its own: the words the outline gives instead.
  picture: (block) => markdownBlocks(block.fallback),
  pageBreak: () => [],
};

/** The blocks as Markdown lines, one blank line between two blocks. */
export function markdownBlocks(blocks: Block[]): string[] {
  return blocks
    .map((block) => renderBlock(MARKDOWN, block, undefined))
    .filter((lines) => lines.length > 0)
    .flatMap((lines, i) => (i === 0 ? lines : ['', ...lines]));
}

/** Muted words and the "to complete" mark in italics; body text and small print as they are. */
function styled(text: string, style: TextStyle): string {
  return style === 'muted' || style === 'empty' ? `*${text}*` : text;
}

function paragraph(block: ParagraphBlock): string {
  const text = styled(md(block.text), block.style);
  return block.lead === undefined ? text : `**${md(block.lead)}** ${text}`;
}

function list(block: ListBlock): string[] {
  return block.items.flatMap((item) => {
    const line = `- ${item.lead ? `**${md(item.lead)}**` : ''}${md(item.text)}`;
    return item.sub ? [line, `  - ${md(item.sub)}`] : [line];
  });
}

/** Markdown tables need a header row: a table without one shows its first row there. */
function table(block: TableBlock): string[] {
  const empty = new Set(block.emptyCells?.map(([row, column]) => `${row} ${column}`));
  const rows = block.table.rows.map((row, r) =>
    row.map((text, c) => (empty.has(`${r} ${c}`) ? `*${cell(text)}*` : cell(text))),
  );
  const [head, ...body] = block.table.header.length > 0 ? [block.table.header.map(cell), ...rows] : rows;
  if (!head) return [];
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...body.map(line)];
}
