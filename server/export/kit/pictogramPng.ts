/** Shipped pictograms as PNG for the printed cards, rasterised once per process (they never change). */
import { pictogramSvg } from '../pictogramFiles';
import { svgToPng } from '../raster';

const cache = new Map<string, Promise<Buffer | null>>();

/** About 300 dpi for a 3.5 cm picture. */
const CARD_ZOOM = 5.5;

export function pictogramPng(id: string): Promise<Buffer | null> {
  let png = cache.get(id);
  if (!png) {
    const svg = pictogramSvg(id);
    png = svg
      ? svgToPng(svg, CARD_ZOOM, { opaque: true }).then(
          (picture) => picture.data,
          () => null,
        )
      : Promise.resolve(null);
    cache.set(id, png);
  }
  return png;
}
