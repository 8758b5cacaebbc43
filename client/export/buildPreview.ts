/**
 * Everything the export screen builds in the browser, in one module loaded on demand: the shared export
 * builders never weigh on the first download of a tablet.
 */
import type * as Y from 'yjs';
import { buildHtml } from '../../shared/export/html';
import { buildExportModel, readExportInput } from '../../shared/export/model/buildExportModel';
import type { ExportModel } from '../../shared/export/model/types';
import { timelineFrescoSvg } from '../../shared/export/svg/timelineFresco';
import { weekFrescoSvg } from '../../shared/export/svg/weekFresco';
import { usePlanStore } from '../plan/usePlanStore';
import { loadPictogramArt } from './pictogramArt';

export interface WorkshopDocs {
  control: Y.Doc;
  board: Y.Doc;
  plan: Y.Doc;
}

function modelOf(docs: WorkshopDocs): ExportModel {
  // The lanes as this screen's plan lays them out, like the files the server builds for it.
  const { laneMode } = usePlanStore.getState();
  return buildExportModel(readExportInput(docs.control, docs.board, docs.plan), { laneMode });
}

function pictogramsOf(model: ExportModel): string[] {
  return [...model.week.cells.flatMap((cell) => cell.groups), ...model.week.unplaced].map(
    (group) => group.image,
  );
}

/** The sheets as one HTML page, pictures included, for a sandboxed frame. */
export async function previewHtml(docs: WorkshopDocs): Promise<string> {
  const model = modelOf(docs);
  const pictogramArt = await loadPictogramArt(pictogramsOf(model));
  return buildHtml(model, { pictogramArt });
}

/** The picture of one fresco as SVG, the same the documents carry. */
export async function frescoSvg(docs: WorkshopDocs, fresco: 'week' | 'timeline'): Promise<string> {
  const model = modelOf(docs);
  const { labels } = model;
  if (fresco === 'timeline') {
    return timelineFrescoSvg(model.timeline, labels, labels.pictureOf(labels.chronologicalFresco));
  }
  const pictogramArt = await loadPictogramArt(pictogramsOf(model));
  return weekFrescoSvg(model.week, {
    labels,
    title: labels.pictureOf(labels.explorationFresco),
    pictogramArt,
  });
}
