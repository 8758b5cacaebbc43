/**
 * Fits a card's words under its pictogram. Residents who read little read the words with the picture,
 * so the text never goes below 7 pt and a word is never cut: the label wraps on spaces, and the
 * pictogram gives up some height before the text shrinks further. Pure (the width of a string comes from
 * the caller), so the rule is tested without a PDF.
 */

/** Width of `text` at `fontSize`, in points. */
export type Measure = (text: string, fontSize: number) => number;

export const LABEL_SIZES = [8.5, 8, 7.5, 7] as const;
export const MIN_LABEL_SIZE = 7;
export const LINE_HEIGHT = 1.12;

export interface LabelLine {
  text: string;
  /** Horizontal scaling in percent: below 100 only for one word wider than the card even at 7 pt. */
  scale: number;
}

export interface FittedLabel {
  fontSize: number;
  lines: LabelLine[];
  /** Side of the pictogram above the label. */
  picture: number;
}

export interface LabelRoom {
  width: number;
  /** Height shared by the pictogram and the label. */
  height: number;
  minPicture: number;
  maxPicture: number;
}

export function fitLabel(label: string, room: LabelRoom, measure: Measure): FittedLabel {
  const words = label.split(/\s+/).filter((word) => word !== '');
  for (const fontSize of LABEL_SIZES) {
    const lines = wrapWords(words, room.width, (text) => measure(text, fontSize));
    if (lines.some((line) => line.scale < 100)) continue;
    const picture = Math.min(room.maxPicture, room.height - lines.length * fontSize * LINE_HEIGHT);
    if (picture >= room.minPicture) return { fontSize, lines, picture };
  }
  // Longer than the card holds at 7 pt (a custom pictogram's long name): the lines that fit, the last
  // ending on a whole word and an ellipsis.
  const fontSize = MIN_LABEL_SIZE;
  const width = (text: string) => measure(text, fontSize);
  const all = wrapWords(words, room.width, width);
  const fits = Math.max(1, Math.floor((room.height - room.minPicture) / (fontSize * LINE_HEIGHT)));
  if (all.length <= fits) {
    const picture = Math.min(room.maxPicture, room.height - all.length * fontSize * LINE_HEIGHT);
    return { fontSize, lines: all, picture };
  }
  const lines = all.slice(0, fits);
  // The ellipsis takes the place of whole words, so the last line is not squeezed for it.
  let last = (lines[fits - 1] as LabelLine).text;
  while (width(`${last}…`) > room.width && last.includes(' ')) last = last.slice(0, last.lastIndexOf(' '));
  lines[fits - 1] = scaled(`${last}…`, room.width, width);
  return { fontSize, lines, picture: room.minPicture };
}

/** Greedy wrap on spaces; a word wider than a line gets a line of its own, squeezed, never cut. */
function wrapWords(words: string[], lineWidth: number, width: (text: string) => number): LabelLine[] {
  const lines: LabelLine[] = [];
  let current = '';
  for (const word of words) {
    const candidate = current ? `${current} ${word}` : word;
    if (current && width(candidate) > lineWidth) {
      lines.push(scaled(current, lineWidth, width));
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(scaled(current, lineWidth, width));
  return lines;
}

function scaled(text: string, lineWidth: number, width: (text: string) => number): LabelLine {
  const natural = width(text);
  return { text, scale: natural > lineWidth ? Math.floor((lineWidth / natural) * 100) : 100 };
}
