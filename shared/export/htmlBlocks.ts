/** Each block of the outline as HTML. Every text goes through escapeHtml; pictures come from the caller. */
import { type BlockRenderers, renderBlock } from './model/blockRenderers';
import type { Block, ListBlock, ParagraphBlock, PictureSource, TableBlock } from './model/blocks';
import { paragraphsOf } from './text/clean';
import { escapeHtml as h } from './text/escape';

export interface HtmlContext {
  /** The picture as inline SVG, or null to show the outline's words instead (a words-only preview). */
  picture: (source: PictureSource, alt: string) => string | null;
}

const HTML: BlockRenderers<string, HtmlContext> = {
  title: (block) => `<h1>${h(block.text)}</h1><p class="subtitle">${h(block.subtitle)}</p>`,
  // The title is the page's only <h1>: the outline's levels 1–3 are <h2> to <h4>.
  heading: (block) => `<h${block.level + 1}>${h(block.text)}</h${block.level + 1}>`,
  paragraph,
  list,
  table,
  picture: (block, context) => {
    const svg = context.picture(block.source, block.alt);
    return svg === null ? htmlBlocks(block.fallback, context) : `<figure>${svg}</figure>`;
  },
  // One scrolling page: where a paged format turns the page, the sections' rules already set parts apart.
  pageBreak: () => '',
};

export function htmlBlocks(blocks: Block[], context: HtmlContext): string {
  return blocks.map((block) => renderBlock(HTML, block, context)).join('');
}

function paragraph(block: ParagraphBlock): string {
  const lead = block.lead === undefined ? '' : `<strong>${h(block.lead)}</strong> `;
  const style = block.style === 'body' ? '' : ` class="${block.style}"`;
  return `<p${style}>${lead}${h(block.text)}</p>`;
}

function list(block: ListBlock): string {
  const items = block.items.map((item) => {
    const lead = item.lead ? `<strong>${h(item.lead)}</strong>` : '';
    const sub = item.sub ? `<br><span class="muted">${h(item.sub)}</span>` : '';
    return `<li>${lead}${h(item.text)}${sub}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

/** A cell's lines typed on several lines stay on several lines. */
function multiline(text: string): string {
  return paragraphsOf(text).map(h).join('<br>');
}

function table(block: TableBlock): string {
  const { header, rows } = block.table;
  const empty = new Set(block.emptyCells?.map(([row, column]) => `${row} ${column}`));
  const head =
    header.length > 0
      ? `<thead><tr>${header.map((text) => `<th scope="col">${multiline(text)}</th>`).join('')}</tr></thead>`
      : '';
  const body = rows.map((row, r) => {
    const cells = row.map((text, c) => {
      const words = empty.has(`${r} ${c}`) ? `<span class="empty">${h(text)}</span>` : multiline(text);
      return block.headerColumn && c === 0 ? `<th scope="row">${words}</th>` : `<td>${words}</td>`;
    });
    return `<tr>${cells.join('')}</tr>`;
  });
  return `<table>${head}<tbody>${body.join('')}</tbody></table>`;
}
