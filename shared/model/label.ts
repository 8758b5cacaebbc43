/**
 * Words typed or dictated on a tablet: trimmed and capped without ever cutting a character in half.
 * Capping counts UTF-16 units (what the storage and the wire pay for) but only cuts between grapheme
 * clusters, so an emoji, a flag or an accented letter built from two code points stays whole.
 */

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('fr', { granularity: 'grapheme' })
    : null;

function graphemes(text: string): Iterable<string> {
  if (segmenter) return Array.from(segmenter.segment(text), (part) => part.segment);
  // Without Intl.Segmenter, code points at least never split a surrogate pair.
  return Array.from(text);
}

/** The longest prefix of `text` that fits in `max` UTF-16 units and ends on a grapheme boundary. */
export function capText(text: string, max: number): string {
  if (text.length <= max) return text;
  let kept = '';
  for (const grapheme of graphemes(text)) {
    if (kept.length + grapheme.length > max) break;
    kept += grapheme;
  }
  return kept;
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/**
 * Replaces lone surrogates (half an emoji, e.g. from a careless slice) by U+FFFD. Yjs encodes strings as
 * UTF-8, which turns them into U+FFFD on the wire but not in the writer's own document: stored as is,
 * they would make peers diverge. Every string an op stores goes through here.
 */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\ufffd');
}

/** A label as stored: a string, trimmed, capped; anything that is not a string becomes empty. */
export function cleanLabel(value: unknown, max: number): string {
  if (typeof value !== 'string') return '';
  return capText(wellFormed(value).trim(), max).trim();
}
