/** The pictures of one export, rasterised once and shared by the DOCX, ODT and PDF writers. */
import type { ExportModel } from '../../shared/export/model/types';
import { radarFrameSvg, radarShapeSvg, radarSvg, withRadarShape } from '../../shared/export/svg/radar';
import { timelineFrescoSvg } from '../../shared/export/svg/timelineFresco';
import { weekFrescoSvg } from '../../shared/export/svg/weekFresco';
import { pictogramArt } from './pictogramFiles';
import { type Png, svgToPng, textToPaths } from './raster';

export interface ExportPictures {
  week: Png;
  timeline: Png;
  /** Action id → its capability radar. */
  radars: Map<string, Png>;
}

/** Radars are small and many (one per action): a lower zoom keeps a 200-action export quick and light. */
const RADAR_ZOOM = 1.25;

/**
 * `forPdf`: the PDF draws radars as vector graphics, and needs opaque PNGs (see svgToPng). Actions with
 * the same scores share one picture.
 */
export function renderPictures(model: ExportModel, { forPdf = false } = {}): ExportPictures {
  const { labels } = model;
  const opaque = forPdf;
  const weekSvg = weekFrescoSvg(model.week, {
    labels,
    title: labels.pictureOf(labels.explorationFresco),
    pictogramArt,
  });
  const week = svgToPng(weekSvg, undefined, { opaque });
  const timelineSvg = timelineFrescoSvg(model.timeline, labels, labels.pictureOf(labels.chronologicalFresco));
  const timeline = svgToPng(timelineSvg, undefined, { opaque });
  const radars = new Map<string, Png>();
  if (forPdf) return { week, timeline, radars };

  let frame: string | null = null;
  const byScores = new Map<string, Png>();
  for (const sheet of model.actions) {
    if (sheet.capabilities.length < 3) {
      radars.set(sheet.id, svgToPng(radarSvg(sheet.capabilities, labels.fields.capabilities), RADAR_ZOOM));
      continue;
    }
    const scores = sheet.capabilities.map((c) => c.score);
    const key = scores.join(',');
    let png = byScores.get(key);
    if (!png) {
      frame ??= textToPaths(
        radarFrameSvg(
          sheet.capabilities.map((c) => c.label),
          labels.fields.capabilities,
        ),
      );
      png = svgToPng(withRadarShape(frame, radarShapeSvg(scores)), RADAR_ZOOM);
      byScores.set(key, png);
    }
    radars.set(sheet.id, png);
  }
  return { week, timeline, radars };
}
