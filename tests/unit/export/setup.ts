/** The fixture workshops as export models, built once per test file. */
import { buildExportModel, readExportInput } from '../../../shared/export/model/buildExportModel';
import type { ExportModel } from '../../../shared/export/model/types';
import { UserOrigin } from '../../../shared/ops/origin';
import { freshDocs, type WorkshopDocs } from '../../fixtures/export/docs';
import { writeHostileFixture } from '../../fixtures/export/hostile';
import { setLanguage } from '../../fixtures/export/language';
import { writeWorkshopFixture } from '../../fixtures/export/workshop';

export const origin = new UserOrigin('facilitator');

export function fixtureDocs(language: 'fr' | 'en' = 'fr'): WorkshopDocs {
  const docs = freshDocs('Atelier', language);
  writeWorkshopFixture(docs, origin);
  if (language === 'en') setLanguage(docs.control, 'en', origin);
  return docs;
}

export function modelOf(docs: WorkshopDocs): ExportModel {
  return buildExportModel(readExportInput(docs.control, docs.board, docs.plan));
}

export function fixtureModel(language: 'fr' | 'en' = 'fr'): ExportModel {
  return modelOf(fixtureDocs(language));
}

export function hostileModel(): ExportModel {
  const docs = freshDocs('Atelier');
  writeHostileFixture(docs, origin);
  return modelOf(docs);
}

export function emptyModel(): ExportModel {
  return modelOf(freshDocs(''));
}
