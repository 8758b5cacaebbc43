/**
 * The smallest single replacement turning one text into another: common prefix and suffix are kept.
 * Applying only this splice to a Y.Text (instead of delete-all + insert-all) lets a whole-field replace
 * merge with what others type elsewhere in the same field.
 */

export interface TextSplice {
  /** UTF-16 index where the change starts. */
  index: number;
  /** How many UTF-16 units to delete there. */
  remove: number;
  insert: string;
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

export function textSplice(before: string, after: string): TextSplice | null {
  if (before === after) return null;
  const shorter = Math.min(before.length, after.length);
  let start = 0;
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  // Never start inside a surrogate pair: back off to the pair's first half.
  if (start > 0 && isHighSurrogate(before.charCodeAt(start - 1))) start--;
  let end = 0;
  while (
    end < shorter - start &&
    before.charCodeAt(before.length - 1 - end) === after.charCodeAt(after.length - 1 - end)
  ) {
    end++;
  }
  // Nor end inside one: keep the pair's second half in the changed range.
  if (end > 0 && isLowSurrogate(before.charCodeAt(before.length - end))) end--;
  return {
    index: start,
    remove: before.length - end - start,
    insert: after.slice(start, after.length - end),
  };
}
