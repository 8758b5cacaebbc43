/** Shipped pictograms as PNG for the printed cards, rasterised once per process (they never change). */
import { pictogramSvg } from '../pictogramFiles';
import { svgToPng } from '../raster';

const cache = new Map<string, Buffer | null>();

/** About 300 dpi for a 3.5 cm picture. */
const CARD_ZOOM = 5.5;

export function pictogramPng(id: string): Buffer | null {
  const cached = cache.get(id);
  if (cached !== undefined) return cached;
  const svg = pictogramSvg(id);
  let png: Buffer | null = null;
  if (svg) {
    try {
      png = svgToPng(svg, CARD_ZOOM).data;
    } catch {
      png = null;
    }
  }
  cache.set(id, png);
  return png;
}
