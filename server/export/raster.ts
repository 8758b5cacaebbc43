/**
 * SVG to PNG on the server with resvg (a Rust renderer shipped as a prebuilt binary inside its npm
 * package: nothing is downloaded at install). DOCX, ODT and PDF carry the pictures as PNG, which every
 * office suite shows; the fonts are the embedded DejaVu files, system fonts are never looked up.
 * Rendering and compression run on Node's thread pool, so pictures are made in parallel.
 */
import { Resvg, type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { FONT_FAMILY, FONT_FILES } from './fonts';
import { encodePng } from './png';

export interface Png {
  data: Buffer;
  /** Size of the picture as designed (CSS pixels), before the print zoom. */
  width: number;
  height: number;
}

/** Pictures are rendered at this zoom so they stay sharp when printed (about 200 dpi across the text width of an A4 page). */
export const PRINT_ZOOM = 1.25;

function options(zoom: number): ResvgRenderOptions {
  return {
    fitTo: { mode: 'zoom', value: zoom },
    font: {
      fontFiles: [FONT_FILES.regular, FONT_FILES.bold],
      loadSystemFonts: false,
      defaultFontFamily: FONT_FAMILY,
      sansSerifFamily: FONT_FAMILY,
    },
    background: '#ffffff',
  };
}

/** `opaque`: an RGB PNG, for pdfkit (see encodePng). */
export async function svgToPng(svg: string, zoom = PRINT_ZOOM, { opaque = false } = {}): Promise<Png> {
  const rendered = await renderAsync(svg, options(zoom));
  return {
    data: await encodePng(rendered.pixels, rendered.width, rendered.height, opaque),
    width: rendered.width / zoom,
    height: rendered.height / zoom,
  };
}

/**
 * The same SVG with its text laid out as paths. Laying out text is most of resvg's work on a small
 * picture: a radar frame shared by every action is laid out once, then each radar renders with no text.
 */
export function textToPaths(svg: string): string {
  return new Resvg(svg, options(1)).toString();
}
