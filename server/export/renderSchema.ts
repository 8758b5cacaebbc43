/**
 * Builds a concertation's schéma in one format: the stakeholders' workshop's document under the
 * concertation's name, its fiches answering residents of every neighbourhood, and the field return
 * pooled across them where a workshop shows its own synthesis. The JSON is the stakeholders' workshop
 * (which re-imports as a workshop) with the concertation and its field return beside it.
 */
import { buildCsv } from '../../shared/export/csv';
import { buildWorkshopJson, stringifyWorkshopJson } from '../../shared/export/json/exportJson';
import { buildMarkdown } from '../../shared/export/markdown';
import { buildExportModel } from '../../shared/export/model/buildExportModel';
import { chartsOf } from '../../shared/export/model/outlineDiagnostic';
import { schemaOutline, underConcertation } from '../../shared/export/model/schemaOutline';
import type { ExportFormat } from '../../shared/protocol/http';
import { buildDocx } from './docx/buildDocx';
import { buildOdt } from './odt/buildOdt';
import { buildPdf } from './pdf/buildPdf';
import { renderPictures } from './pictures';
import { CONTENT_TYPES, type RenderedFile } from './render';
import type { SchemaInput } from './schemaInput';

export async function renderSchema(format: ExportFormat, schema: SchemaInput): Promise<RenderedFile> {
  const contentType = CONTENT_TYPES[format];
  const { concertation } = schema;
  const input = underConcertation(schema.stakeholders, concertation);
  if (format === 'json') {
    const json = {
      ...buildWorkshopJson(input, { exportedAt: new Date() }),
      concertation,
      fieldReturn: schema.field,
    };
    return { body: Buffer.from(stringifyWorkshopJson(json), 'utf8'), contentType };
  }
  const model = buildExportModel(input, { linked: new Map(schema.linked) });
  const outline = schemaOutline(model, schema.field);
  const charts = chartsOf(outline);
  switch (format) {
    case 'md':
      return { body: Buffer.from(buildMarkdown(model, outline), 'utf8'), contentType };
    case 'csv':
      return { body: Buffer.from(buildCsv(model, outline), 'utf8'), contentType };
    case 'pdf':
      return {
        body: await buildPdf(
          model,
          await renderPictures(model, { opaque: true, radars: false, charts }),
          outline,
        ),
        contentType,
      };
    case 'docx':
      return { body: await buildDocx(model, await renderPictures(model, { charts }), outline), contentType };
    case 'odt':
      return {
        body: buildOdt(model, await renderPictures(model, { radars: false, charts }), outline),
        contentType,
      };
  }
}
