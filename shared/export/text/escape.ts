/**
 * Escaping per output syntax. Each function takes text already passed through cleanText and returns
 * text that the target reads as plain words: never as markup, an entity, a link or a formula.
 */

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** For XML text and attribute values (DOCX, ODT, SVG). */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] as string);
}

const HTML_ENTITIES: Record<string, string> = { ...XML_ENTITIES, "'": '&#39;' };

/** For HTML text and quoted attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char] as string);
}

/**
 * A scheme that runs code or smuggles a document when a link to it is followed. The brackets above
 * already keep a link from opening; escaping the colon as well (`javascript\:` renders as
 * `javascript:`) means no viewer that links bare addresses, however lax, can find the scheme either.
 */
const DANGEROUS_SCHEME = /\b(javascript|vbscript|data|file)(\s*):/gi;

/**
 * Markdown inline text. CommonMark lets a backslash escape any ASCII punctuation; only the characters that
 * could open markup are escaped, so the file stays readable as is: `\<script\>` shows as text both raw and
 * rendered, and raw HTML, entities, links, emphasis, code, tables, headings and lists cannot be opened from
 * a resident's words.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>|~]/g, (char) => `\\${char}`)
    .replace(DANGEROUS_SCHEME, '$1$2\\:')
    .replace(/&(?=#?[a-z0-9]+;)/gi, '\\&')
    .replace(/^(\s*)([-+=#])/gm, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/gm, '$1\\$2');
}

/** A Markdown table cell: one line, pipes escaped. */
export function markdownCell(text: string): string {
  return escapeMarkdown(text.replace(/\s+/g, ' ').trim());
}
