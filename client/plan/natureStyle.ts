/**
 * How each nature of action looks, on the canvas, in the list and in the legend. Colour is never the
 * only cue: each nature also has its own mark (a loop for "to continue", an up arrow for "to reinforce",
 * a star for "new") and its own border (solid, double, dashed). Colours are those of the exports and
 * pass 4.5:1 on white.
 */
import type { Nature } from '../../shared/schema/plan';

export interface NatureStyle {
  color: string;
  soft: string;
  /** Konva dash pattern of the card border; empty for solid. */
  dash: number[];
  /** Border width on the canvas. */
  stroke: number;
}

export const NATURE_STYLES: Record<Nature, NatureStyle> = {
  continue: { color: '#1d6a33', soft: '#e3f3e7', dash: [], stroke: 2 },
  reinforce: { color: '#8a4b00', soft: '#fdf0dc', dash: [], stroke: 4 },
  new: { color: '#1f4fa8', soft: '#e5edfb', dash: [8, 5], stroke: 2.5 },
};

/**
 * The nature marks as SVG path data in a 24×24 box (the Tabler icons "repeat", "arrow-big-up-lines" and
 * "star", MIT), drawn the same on the canvas (Konva Path) and in the page (inline SVG).
 */
export const NATURE_MARKS: Record<Nature, string> = {
  continue: 'M4 12v-3a3 3 0 0 1 3 -3h13m-3 -3l3 3l-3 3 M20 12v3a3 3 0 0 1 -3 3h-13m3 3l-3 -3l3 -3',
  reinforce:
    'M9 12h-3.586a1 1 0 0 1 -.707 -1.707l6.586 -6.586a1 1 0 0 1 1.414 0l6.586 6.586a1 1 0 0 1 -.707 1.707h-3.586v3h-6v-3 M9 21h6 M9 18h6',
  new: 'M12 17.75l-6.172 3.245l1.179 -6.873l-5 -4.867l6.9 -1l3.086 -6.253l3.086 6.253l6.9 1l-5 4.867l1.179 6.873l-6.158 -3.245',
};
