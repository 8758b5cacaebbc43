/**
 * Builds one export file. Imported lazily by the route: docx, pdfkit and resvg are only loaded the first
 * time someone downloads, never at server start.
 */
import { buildCsv } from '../../shared/export/csv';
import { buildWorkshopJson, stringifyWorkshopJson } from '../../shared/export/json/exportJson';
import { buildMarkdown } from '../../shared/export/markdown';
import { buildExportModel, type ExportInput } from '../../shared/export/model/buildExportModel';
import type { LaneMode } from '../../shared/model/timeline';
import type { ExportFormat } from '../../shared/protocol/http';
import { buildDocx } from './docx/buildDocx';
import { buildKit } from './kit/buildKit';
import { buildOdt, ODT_MIME } from './odt/buildOdt';
import { buildPdf } from './pdf/buildPdf';
import { renderPictures } from './pictures';

export interface RenderedFile {
  body: Buffer;
  contentType: string;
}

export const CONTENT_TYPES: Record<ExportFormat, string> = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: ODT_MIME,
  pdf: 'application/pdf',
  md: 'text/markdown; charset=utf-8',
  json: 'application/json; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
};

export async function renderExport(
  format: ExportFormat,
  input: ExportInput,
  laneMode?: LaneMode,
): Promise<RenderedFile> {
  const contentType = CONTENT_TYPES[format];
  if (format === 'json') {
    const json = buildWorkshopJson(input, { exportedAt: new Date() });
    return { body: Buffer.from(stringifyWorkshopJson(json), 'utf8'), contentType };
  }
  const model = buildExportModel(input, { laneMode });
  switch (format) {
    case 'md':
      return { body: Buffer.from(buildMarkdown(model), 'utf8'), contentType };
    case 'csv':
      return { body: Buffer.from(buildCsv(model), 'utf8'), contentType };
    case 'pdf':
      return {
        body: await buildPdf(model, await renderPictures(model, { opaque: true, radars: false })),
        contentType,
      };
    case 'docx':
      return { body: await buildDocx(model, await renderPictures(model)), contentType };
    case 'odt':
      return { body: buildOdt(model, await renderPictures(model, { radars: false })), contentType };
  }
}

export async function renderKit(input: ExportInput): Promise<RenderedFile> {
  return { body: await buildKit(input.workshop), contentType: 'application/pdf' };
}
