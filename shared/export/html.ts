/**
 * The export as one HTML page: the preview of the sheets in the app (shown in a sandboxed frame) and a
 * printable page. The outline's blocks are drawn by htmlBlocks.ts, where every word goes through
 * escapeHtml; pictures are inline SVG from the same builders the server rasterises, so the preview shows
 * what the files will hold.
 */

import { type HtmlContext, htmlBlocks } from './htmlBlocks';
import type { OutlinePart, PictureSource } from './model/blocks';
import { exportOutline } from './model/outline';
import type { ExportModel } from './model/types';
import { radarSvg } from './svg/radar';
import { surveyChartSvg } from './svg/surveyChart';
import type { PictogramArtSource } from './svg/svgKit';
import { timelineFrescoSvg } from './svg/timelineFresco';
import { weekFrescoSvg } from './svg/weekFresco';
import { escapeHtml as h } from './text/escape';

export interface HtmlOptions {
  pictogramArt?: PictogramArtSource;
  /** Leave pictures out (a quick preview of the words only). */
  pictures?: boolean;
}

const STYLE = `
body{font-family:'Atkinson Hyperlegible','DejaVu Sans',Arial,sans-serif;color:#17202e;max-width:56rem;margin:0 auto;padding:1.5rem;line-height:1.45}
h1{font-size:1.9rem;margin:0 0 .25rem}h2{font-size:1.45rem;border-bottom:2px solid #1f4fa8;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.2rem;margin-top:1.8rem}h4{font-size:1.02rem;margin:1.1rem 0 .3rem;color:#1f4fa8}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #d9d6ce;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1ede4}.empty{color:#6b6f78;font-style:italic}.subtitle{color:#454d5c;font-style:italic}
.muted{color:#454d5c}.small{color:#454d5c;font-size:.9rem}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #d9d6ce}
.sheet{border-top:1px solid #d9d6ce;margin-top:2rem}footer{margin-top:2.5rem;border-top:1px solid #d9d6ce}
`;

/** `outline`: another document of the same model (a concertation's schéma); the workshop's by default. */
export function buildHtml(
  model: ExportModel,
  options: HtmlOptions = {},
  outline = exportOutline(model),
): string {
  const context: HtmlContext = {
    picture: (options.pictures ?? true) ? (source, alt) => svgOf(model, source, alt, options) : () => null,
  };
  const body = outline.parts.map((part) => framed(part, htmlBlocks(part.blocks, context)));
  return `<!doctype html><html lang="${outline.language}"><head><meta charset="utf-8"><title>${h(outline.title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}

/** A fiche is a <section> with the anchor the app links to; the closing words are the page's footer. */
function framed(part: OutlinePart, html: string): string {
  if (part.kind === 'sheet')
    return `<section class="sheet"${part.anchor ? ` id="${h(part.anchor)}"` : ''}>${html}</section>`;
  if (part.kind === 'closing') return `<footer>${html}</footer>`;
  return html;
}

function svgOf(model: ExportModel, source: PictureSource, alt: string, options: HtmlOptions): string {
  const { labels } = model;
  if (source.kind === 'week')
    return weekFrescoSvg(model.week, { labels, title: alt, pictogramArt: options.pictogramArt });
  if (source.kind === 'timeline') return timelineFrescoSvg(model.timeline, labels, alt);
  if (source.kind === 'chart') return surveyChartSvg(source.chart, options.pictogramArt);
  return radarSvg(source.capabilities, alt);
}
