/** The pictures of one export, rasterised once and shared by the DOCX, ODT and PDF writers. */
import type { ChartPicture } from '../../shared/export/model/blocks';
import type { ActionSheet, ExportModel } from '../../shared/export/model/types';
import { radarFrameSvg, radarShapeSvg, radarSvg, withRadarShape } from '../../shared/export/svg/radar';
import { surveyChartSvg } from '../../shared/export/svg/surveyChart';
import { timelineFrescoSvg } from '../../shared/export/svg/timelineFresco';
import { weekFrescoSvg } from '../../shared/export/svg/weekFresco';
import { pictogramArt } from './pictogramFiles';
import { type Png, svgToPng, textToPaths } from './raster';

export interface ExportPictures {
  week: Png;
  timeline: Png;
  /** Action id → its capability radar. */
  radars: Map<string, Png>;
  /** Chart id → the survey diagnostic's chart (a schéma with street surveys). */
  charts: Map<string, Png>;
}

/** Radars are small and many (one per action): a lower zoom keeps a 200-action export quick and light. */
const RADAR_ZOOM = 1;
/** Pictures made at once on the thread pool: enough to use both cores, few enough to bound memory. */
const PARALLEL = 4;

/**
 * `opaque`: PNGs for pdfkit (see encodePng). `radars: false` when the format draws them itself (vector
 * graphics in the PDF, SVG in the ODT). Actions with the same scores share one picture. `charts`: the
 * outline's survey charts (chartsOf), drawn with their pictograms.
 */
export async function renderPictures(
  model: ExportModel,
  {
    opaque = false,
    radars: withRadars = true,
    charts = [],
  }: { opaque?: boolean; radars?: boolean; charts?: readonly ChartPicture[] } = {},
): Promise<ExportPictures> {
  const { labels } = model;
  const week = svgToPng(
    weekFrescoSvg(model.week, { labels, title: labels.pictureOf(labels.explorationFresco), pictogramArt }),
    undefined,
    { opaque },
  );
  const timeline = svgToPng(
    timelineFrescoSvg(model.timeline, labels, labels.pictureOf(labels.chronologicalFresco)),
    undefined,
    { opaque },
  );
  const radars = withRadars ? await renderRadars(model) : new Map<string, Png>();
  const chartPngs = await Promise.all(
    charts.map((chart) => svgToPng(surveyChartSvg(chart, pictogramArt), undefined, { opaque })),
  );
  return {
    week: await week,
    timeline: await timeline,
    radars,
    charts: new Map(charts.map((chart, i) => [chart.id, chartPngs[i] as Png])),
  };
}

async function renderRadars(model: ExportModel): Promise<Map<string, Png>> {
  const title = model.labels.fields.capabilities;
  let frame: string | null = null;
  const svgOf = (sheet: ActionSheet): string => {
    if (sheet.capabilities.length < 3) return radarSvg(sheet.capabilities, title);
    frame ??= textToPaths(
      radarFrameSvg(
        sheet.capabilities.map((c) => c.label),
        title,
      ),
    );
    return withRadarShape(frame, radarShapeSvg(sheet.capabilities.map((c) => c.score)));
  };
  const bySvg = new Map<string, Promise<Png>>();
  const jobs: (() => Promise<void>)[] = [];
  const promises = model.actions.map((sheet) => {
    const svg = svgOf(sheet);
    let png = bySvg.get(svg);
    if (!png) {
      png = new Promise<Png>((resolve, reject) => {
        jobs.push(() => svgToPng(svg, RADAR_ZOOM).then(resolve, reject));
      });
      bySvg.set(svg, png);
    }
    return png;
  });
  await runPool(jobs, PARALLEL);
  const pngs = await Promise.all(promises);
  return new Map(model.actions.map((sheet, i) => [sheet.id, pngs[i] as Png]));
}

async function runPool(jobs: (() => Promise<unknown>)[], size: number): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < jobs.length) {
      const job = jobs[next++] as () => Promise<unknown>;
      await job();
    }
  };
  await Promise.all(Array.from({ length: Math.min(size, jobs.length) }, worker));
}
