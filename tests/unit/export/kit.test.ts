/**
 * The paper kit fits its own fresco (issue 12, item 9): residents put two or more activities in one cell
 * of the A3 week fresco, so four cards (2 × 2) must fit a cell with a margin; and the words stay
 * legible (7 pt at least, wrapped on whole words). Checked from the layout the builder returns and from
 * the PDF itself, opened with pdf.js: page sizes, and where and how big each label line is drawn.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildKitWithLayout, type KitLayout } from '../../../server/export/kit/buildKit';
import { pictogramsOfKind } from '../../../shared/pictograms';
import { defaultWorkshopSettings } from '../../../shared/schema/defaults';

const CM = 72 / 2.54;
/** Kept free inside a cell: 4 pt on each side and 3 pt between the two cards of a row or column. */
const MARGINS = 2 * 4 + 3;

interface DrawnText {
  page: number;
  str: string;
  x: number;
  /** Baseline, from the page's top. */
  y: number;
  fontSize: number;
}

let layout: KitLayout;
let sizes: [number, number][];
let texts: DrawnText[];

const LONG_CUSTOM = 'Téléconsultation avec la Caisse primaire d’assurance maladie du département';

beforeAll(async () => {
  const shipped = pictogramsOfKind('activity')[0]?.id ?? '';
  const workshop = {
    ...defaultWorkshopSettings(),
    customPictograms: [
      { id: 'custom-1', pictogram: shipped, label: LONG_CUSTOM, kind: 'difficulty' as const },
      { id: 'custom-2', pictogram: shipped, label: 'Anticonstitutionnellement', kind: 'activity' as const },
    ],
  };
  const built = await buildKitWithLayout(workshop);
  layout = built.layout;
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = pdfjs.getDocument({ data: new Uint8Array(built.body), disableFontFace: true });
  const doc = await task.promise;
  sizes = [];
  texts = [];
  for (let i = 1; i <= doc.numPages; i++) {
    const page = await doc.getPage(i);
    const [x0, y0, x1, y1] = page.view as [number, number, number, number];
    sizes.push([Math.round(x1 - x0), Math.round(y1 - y0)]);
    for (const item of (await page.getTextContent()).items) {
      if (!('str' in item) || item.str.trim() === '') continue;
      const [, , c, d, e, f] = item.transform as number[];
      texts.push({
        page: i - 1,
        str: item.str,
        x: e as number,
        y: y1 - (f as number),
        fontSize: Math.hypot(c as number, d as number),
      });
    }
  }
  await task.destroy();
}, 120_000);

describe('paper kit geometry', () => {
  it('prints A4 card pages and the week fresco on A3 landscape (MediaBox), as the layout says', () => {
    expect(sizes[0]).toEqual([595, 842]);
    expect(sizes.at(-1)).toEqual([1191, 842]);
    expect(layout.pages.map(([w, h]) => [Math.round(w), Math.round(h)])).toEqual(sizes);
    expect(new Set(layout.cards.map((card) => sizes[card.page]?.join('x')))).toEqual(new Set(['595x842']));
  });

  it('the fresco cells are about 4.8 cm, and four cards fit one with a margin', () => {
    const cellWidth = Math.min(...layout.cells.map((cell) => cell.width));
    const cellHeight = Math.min(...layout.cells.map((cell) => cell.height));
    expect(layout.cells).toHaveLength(28);
    expect(cellWidth / CM).toBeCloseTo(4.76, 1);
    expect(cellHeight / CM).toBeCloseTo(4.8, 1);
    for (const card of layout.cards) {
      expect(card.width).toBeLessThanOrEqual((cellWidth - MARGINS) / 2);
      expect(card.height).toBeLessThanOrEqual((cellHeight - MARGINS) / 2);
    }
    // Big enough to hold and to read: about 2.15 cm square.
    const card = layout.cards[0];
    expect((card?.width ?? 0) / CM).toBeCloseTo(2.15, 1);
    expect((card?.height ?? 0) / CM).toBeCloseTo(2.15, 1);
  });

  it('every card of the catalogue and the custom ones is printed, on a grid that stays on its page', () => {
    expect(layout.cards.length).toBeGreaterThanOrEqual(103 + 2);
    for (const card of layout.cards) {
      const [width, height] = sizes[card.page] as [number, number];
      expect(card.x).toBeGreaterThanOrEqual(36);
      expect(card.x + card.width).toBeLessThanOrEqual(width - 36);
      expect(card.y + card.height).toBeLessThanOrEqual(height - 60);
      expect(card.picture.y + card.picture.height).toBeLessThanOrEqual(card.y + card.height);
    }
  });

  it('labels: at least 7 pt, wrapped on whole words, never cut inside a word', () => {
    for (const card of layout.cards) {
      expect(card.fontSize, card.label).toBeGreaterThanOrEqual(7);
      const printed = card.lines
        .map((line) => line.text)
        .join(' ')
        .replace(/…$/, '');
      const words = card.label.split(/\s+/);
      const shown = printed.split(' ');
      expect(shown, card.label).toEqual(words.slice(0, shown.length));
    }
    const long = layout.cards.find((card) => card.label === LONG_CUSTOM);
    expect(long?.lines.at(-1)?.text.endsWith('…')).toBe(true);
    const oneWord = layout.cards.find((card) => card.label === 'Anticonstitutionnellement');
    expect(oneWord?.lines.map((line) => line.text)).toEqual(['Anticonstitutionnellement']);
    expect(oneWord?.lines[0]?.scale).toBeLessThan(100);
    // Every catalogue word fits at 7 pt or more unsqueezed; only custom words longer than a card are.
    const squeezed = layout.cards.filter((card) => card.lines.some((line) => line.scale < 100));
    expect(squeezed.map((card) => card.label)).toEqual([LONG_CUSTOM, 'Anticonstitutionnellement']);
    expect(Math.min(...squeezed.flatMap((card) => card.lines.map((line) => line.scale)))).toBeGreaterThan(50);
  });

  it('in the PDF, each label line is drawn at 7 pt or more inside its own card', () => {
    let checked = 0;
    for (const card of layout.cards) {
      const inside = texts.filter(
        (t) =>
          t.page === card.page &&
          t.x >= card.x - 0.5 &&
          t.x <= card.x + card.width &&
          t.y > card.y &&
          t.y <= card.y + card.height + 0.5,
      );
      // pdf.js splits a line where the font kerns (after "L" in "L’appli"): pieces rejoined by baseline.
      const baselines = [...new Set(inside.map((t) => Math.round(t.y * 10) / 10))].sort((a, b) => a - b);
      const drawn = baselines.map((y) =>
        inside
          .filter((t) => Math.round(t.y * 10) / 10 === y)
          .sort((a, b) => a.x - b.x)
          .map((t) => t.str)
          .join(''),
      );
      expect(drawn, card.label).toEqual(card.lines.map((line) => line.text));
      for (const t of inside) expect(t.fontSize, card.label).toBeGreaterThanOrEqual(6.99);
      checked += inside.length;
    }
    expect(checked).toBeGreaterThan(200);
  });
});
