/**
 * Small pieces to write SVG as text: no DOM, so the same pictures are drawn on the server (rasterised to
 * PNG for DOCX, ODT and PDF) and in the browser (preview, PNG download). Every text goes through
 * escapeXml; numbers are rounded so the output is stable and small.
 */
import { escapeXml } from '../text/escape';

/** A font every place that draws these pictures has: DejaVu Sans is embedded by the server. */
export const SVG_FONT = "'DejaVu Sans', 'Atkinson Hyperlegible', Arial, sans-serif";

export type Attrs = Record<string, string | number | undefined>;

export function num(value: number): string {
  return String(Math.round(value * 10) / 10);
}

export function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => ` ${key}="${typeof value === 'number' ? num(value) : escapeXml(String(value))}"`)
    .join('');
}

export function el(name: string, values: Attrs, children = ''): string {
  return children === '' ? `<${name}${attrs(values)}/>` : `<${name}${attrs(values)}>${children}</${name}>`;
}

export function text(x: number, y: number, content: string, values: Attrs = {}): string {
  return el('text', { x, y, ...values }, escapeXml(content));
}

/** A multi-line text: one tspan per line. */
export function lines(
  x: number,
  y: number,
  content: string[],
  lineHeight: number,
  values: Attrs = {},
): string {
  const spans = content.map((line, i) => el('tspan', { x, dy: i === 0 ? 0 : lineHeight }, escapeXml(line)));
  return el('text', { x, y, ...values }, spans.join(''));
}

export function svgDocument(width: number, height: number, title: string, body: string): string {
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"` +
    ` width="${num(width)}" height="${num(height)}" viewBox="0 0 ${num(width)} ${num(height)}"` +
    ` role="img" font-family="${escapeXml(SVG_FONT)}">` +
    `<title>${escapeXml(title)}</title>${body}</svg>`
  );
}

/**
 * Greedy word wrap by an estimated character width (no font metrics in pure code): DejaVu Sans averages
 * about 0.58 em per character. Words longer than a line are cut. At most `maxLines`, the last one ending
 * with an ellipsis when text was left out.
 */
export function wrap(content: string, width: number, fontSize: number, maxLines = 3): string[] {
  const perLine = Math.max(4, Math.floor(width / (fontSize * 0.58)));
  const result: string[] = [];
  let current = '';
  const words = content.split(/\s+/).filter((word) => word !== '');
  for (let word of words) {
    while (Array.from(word).length > perLine) {
      if (current) {
        result.push(current);
        current = '';
      }
      const points = Array.from(word);
      result.push(points.slice(0, perLine).join(''));
      word = points.slice(perLine).join('');
    }
    const candidate = current ? `${current} ${word}` : word;
    if (Array.from(candidate).length > perLine) {
      result.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) result.push(current);
  if (result.length <= maxLines) return result;
  const kept = result.slice(0, maxLines);
  const last = Array.from(kept[maxLines - 1] as string);
  kept[maxLines - 1] = `${last.slice(0, Math.max(1, perLine - 1)).join('')}…`;
  return kept;
}

/** A pictogram's drawing: the inside of its SVG file and its viewBox. */
export interface PictogramArt {
  viewBox: string;
  body: string;
}

/** Gives a shipped pictogram's drawing, or null to draw a lettered badge instead. */
export type PictogramArtSource = (pictogram: string) => PictogramArt | null;

/**
 * Reads a shipped pictogram SVG file (trusted, from this repository) into a drawing that can be defined
 * once as a <symbol> and drawn many times with <use>: a picture with 200 pictograms parses each one once.
 * Its ids are dropped, since every OpenMoji file uses the same ones.
 */
export function pictogramArtFromSvg(svg: string): PictogramArt | null {
  const open = /<svg\b[^>]*>/i.exec(svg);
  const close = svg.lastIndexOf('</svg>');
  if (!open || close < 0) return null;
  const viewBox = /viewBox="([^"]+)"/i.exec(open[0])?.[1] ?? '0 0 72 72';
  const body = svg.slice(open.index + open[0].length, close).replace(/\sid="[^"]*"/g, '');
  return { viewBox, body };
}

/** <defs> with one symbol per distinct pictogram that has a drawing, and the symbol id of each. */
export function pictogramSymbols(
  pictograms: Iterable<string>,
  art: PictogramArtSource | undefined,
): { defs: string; symbolOf: (pictogram: string) => string | null } {
  const ids = new Map<string, string>();
  const symbols: string[] = [];
  if (art) {
    for (const pictogram of pictograms) {
      if (ids.has(pictogram)) continue;
      const drawing = art(pictogram);
      if (!drawing) continue;
      const id = `pg${ids.size}`;
      ids.set(pictogram, id);
      symbols.push(`<symbol id="${id}" viewBox="${escapeXml(drawing.viewBox)}">${drawing.body}</symbol>`);
    }
  }
  return {
    defs: symbols.length > 0 ? `<defs>${symbols.join('')}</defs>` : '',
    symbolOf: (pictogram) => ids.get(pictogram) ?? null,
  };
}
