/** Rasterises the pictogram sprite sheets at build time (shared/pictograms/sprites.ts), with resvg. */
import { Resvg } from '@resvg/resvg-js';
import {
  SPRITE_BANDS,
  type SpriteSheet,
  spriteColumns,
  spriteSheetSvg,
} from '../../shared/pictograms/sprites';

export function renderSpriteSheets(drawings: ReadonlyArray<{ id: string; svg: string }>): SpriteSheet[] {
  return SPRITE_BANDS.map((size) => {
    const svg = spriteSheetSvg(drawings, size);
    const png = new Resvg(svg, { font: { loadSystemFonts: false } }).render().asPng();
    return {
      size,
      columns: spriteColumns(drawings.length),
      ids: drawings.map((drawing) => drawing.id),
      png: Buffer.from(png).toString('base64'),
    };
  });
}
