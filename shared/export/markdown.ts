/**
 * The export as Markdown, readable as is in any text editor and rendered safely by any Markdown tool:
 * the outline's blocks drawn by markdownBlocks.ts, where every word goes through escapeMarkdown (no
 * HTML, link, image or table can be opened from it). Pictures are given as the tables and lists the
 * outline offers instead, since a Markdown file cannot carry images of its own.
 */
import { markdownBlocks } from './markdownBlocks';
import type { Outline } from './model/blocks';
import { exportOutline } from './model/outline';
import type { ExportModel } from './model/types';

export function buildMarkdown(model: ExportModel): string {
  return renderMarkdown(exportOutline(model));
}

export function renderMarkdown(outline: Outline): string {
  const parts = outline.parts.map((part) => {
    const lines = markdownBlocks(part.blocks);
    // A rule sets the closing words apart, as a footer would.
    return part.kind === 'closing' ? ['---', '', ...lines] : lines;
  });
  return `${parts
    .filter((lines) => lines.length > 0)
    .map((lines) => lines.join('\n'))
    .join('\n\n')}\n`;
}
