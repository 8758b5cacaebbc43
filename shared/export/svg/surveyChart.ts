/**
 * One chart of the survey's diagnostic as SVG: one horizontal bar per answer with its label (and
 * pictogram), its figure at the bar's end and, for difficulties, the workshops' count beside it. The
 * title is only the SVG's <title>: every document puts the question's heading right above the chart.
 * The bars and their words come from the outline (surveyCharts + the document's words), so this only
 * lays them out; the server rasterises it for DOCX, ODT and PDF, the HTML inlines it.
 */
import type { ChartPicture } from '../model/blocks';
import { el, lines, type PictogramArtSource, pictogramSymbols, svgDocument, text, wrap } from './svgKit';

const WIDTH = 640;
const PAD = 14;
const TOP = 8;
const ROW = 32;
const BAR = 18;
const FONT = 12;
const ICON = 24;
const LABEL_WIDTH = 214;
const BAR_X = 250;
const BAR_MAX = 236;
const COLOURS = { bar: '#1f4fa8', track: '#eef0f4', text: '#17202e', muted: '#5b6270', rule: '#d9d6ce' };

export function surveyChartHeight(chart: ChartPicture): number {
  return TOP + chart.bars.length * ROW + PAD;
}

export function surveyChartSvg(chart: ChartPicture, pictogramArt?: PictogramArtSource): string {
  const pictograms = chart.bars.flatMap((bar) => (bar.pictogram ? [bar.pictogram] : []));
  const { defs, symbolOf } = pictogramSymbols(pictograms, pictogramArt);
  const withIcons = pictograms.length > 0;
  const labelX = PAD + (withIcons ? ICON + 6 : 0);
  const labelWidth = LABEL_WIDTH - (labelX - PAD);
  const height = surveyChartHeight(chart);
  const parts: string[] = [
    el('rect', { width: WIDTH, height, fill: '#ffffff' }),
    el('line', { x1: BAR_X, y1: TOP, x2: BAR_X, y2: height - PAD, stroke: COLOURS.rule }),
  ];
  chart.bars.forEach((bar, i) => {
    const top = TOP + i * ROW;
    const middle = top + ROW / 2;
    const symbol = bar.pictogram ? symbolOf(bar.pictogram) : null;
    if (symbol)
      parts.push(el('use', { href: `#${symbol}`, x: PAD, y: middle - ICON / 2, width: ICON, height: ICON }));
    const label = wrap(bar.label, labelWidth, FONT, 2);
    const labelTop = middle + FONT / 2 - 2 - ((label.length - 1) * (FONT + 2)) / 2;
    parts.push(lines(labelX, labelTop, label, FONT + 2, { 'font-size': FONT, fill: COLOURS.text }));
    parts.push(
      el('rect', { x: BAR_X, y: middle - BAR / 2, width: BAR_MAX, height: BAR, fill: COLOURS.track }),
    );
    const length = Math.max(0, Math.min(1, bar.share)) * BAR_MAX;
    if (length > 0)
      parts.push(
        el('rect', { x: BAR_X, y: middle - BAR / 2, width: length, height: BAR, fill: COLOURS.bar }),
      );
    const valueX = BAR_X + BAR_MAX + 8;
    parts.push(
      text(valueX, middle + FONT / 2 - 1, bar.value, {
        'font-size': FONT,
        'font-weight': 'bold',
        fill: COLOURS.text,
      }),
    );
    if (bar.note) {
      const noteX = valueX + (bar.value.length + 1) * FONT * 0.62;
      parts.push(text(noteX, middle + FONT / 2 - 1, bar.note, { 'font-size': 11, fill: COLOURS.muted }));
    }
  });
  return svgDocument(WIDTH, height, chart.title, defs + parts.join(''));
}
