/**
 * Text typed by people, made safe to carry into any output format before that format's own escaping.
 * XML 1.0 (DOCX, ODT, SVG) refuses C0 control characters other than tab and line breaks, lone UTF-16
 * surrogates and U+FFFE/U+FFFF: one such character makes Word refuse the whole file. They carry no
 * meaning in a fiche action, so they are dropped (surrogates become U+FFFD) once, when the export model
 * is built; every builder then only has its own syntax to escape.
 */

// biome-ignore lint/suspicious/noControlCharactersInRegex: these are exactly the characters removed.
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replace(CONTROL, '').replace(/\r\n?/g, '\n');
}

/** A one-line value (titles, table cells): line breaks and runs of spaces become one space. */
export function oneLine(value: string): string {
  return cleanText(value).replace(/\s+/g, ' ').trim();
}

/** Paragraphs of a long field, without blank ones. */
export function paragraphsOf(value: string): string[] {
  return cleanText(value)
    .split('\n')
    .map((line) => line.trimEnd())
    .filter((line) => line.trim() !== '');
}

/** Cuts to `max` code points with an ellipsis, for labels drawn in pictures (full text stays in the sheet). */
export function ellipsize(value: string, max: number): string {
  const points = Array.from(value);
  return points.length <= max ? value : `${points.slice(0, Math.max(1, max - 1)).join('')}…`;
}
