/**
 * Keeping a caret (and a half-typed word) in place while others edit the same field. Remote edits
 * arrive as Yjs deltas (retain / insert / delete, in UTF-16 units like the DOM's selection); these
 * functions move an index of the old text to where the same spot is in the new text. Pure.
 */
import type { TextSplice } from '../../../shared/model/textDiff';

export type TextDelta = readonly { insert?: unknown; delete?: number; retain?: number }[];

function insertLength(insert: unknown): number {
  return typeof insert === 'string' ? insert.length : 1;
}

/**
 * Where `index` of the old text is in the new text. Text inserted exactly at the index goes after it,
 * so a remote insertion at your caret lands after your caret and your next letter still goes where you
 * were typing.
 */
export function transformIndex(index: number, delta: TextDelta): number {
  let position = 0;
  let shift = 0;
  for (const op of delta) {
    if (position > index) break;
    if (op.retain !== undefined) position += op.retain;
    else if (op.insert !== undefined) {
      if (position < index) shift += insertLength(op.insert);
    } else if (op.delete !== undefined) {
      if (position < index) shift -= Math.min(op.delete, index - position);
      position += op.delete;
    }
  }
  return Math.max(0, index + shift);
}

export function transformRange(start: number, end: number, delta: TextDelta): [number, number] {
  return [transformIndex(start, delta), transformIndex(end, delta)];
}

/**
 * A local splice made on an old text, moved onto the text after remote deltas: used when an input
 * method (composition) held the field while others wrote. What the splice removed that others already
 * removed is not removed twice.
 */
export function rebaseSplice(splice: TextSplice, deltas: readonly TextDelta[]): TextSplice {
  let start = splice.index;
  let end = splice.index + splice.remove;
  for (const delta of deltas) [start, end] = transformRange(start, end, delta);
  return { index: start, remove: Math.max(0, end - start), insert: splice.insert };
}

export function applySplice(text: string, splice: TextSplice): string {
  return text.slice(0, splice.index) + splice.insert + text.slice(splice.index + splice.remove);
}
