/**
 * The export as ODT (OpenDocument Text), the open format French public bodies are asked to use. A valid
 * ODF package: `mimetype` first and stored uncompressed (so tools can sniff the type at a fixed offset),
 * then the manifest, content, styles, meta and the pictures.
 */
import { strToU8, type Zippable, zipSync } from 'fflate';
import { coverPage, documentTitle } from '../../../shared/export/model/coverPage';
import { sheetFacts, sheetSections } from '../../../shared/export/model/sheetFields';
import { proposalsTable, synthesisTable, timelineTable } from '../../../shared/export/model/tables';
import type { ActionSheet, ExportModel } from '../../../shared/export/model/types';
import { radarSvg } from '../../../shared/export/svg/radar';
import { escapeXml } from '../../../shared/export/text/escape';
import { CAPABILITY_MAX } from '../../../shared/schema/plan';
import type { ExportPictures } from '../pictures';
import { ODF_NAMESPACES, ODF_VERSION, odfText } from './odfText';
import { OdtBody, type OdtPicture } from './odtBody';
import { stylesXml } from './stylesXml';

export const ODT_MIME = 'application/vnd.oasis.opendocument.text';

export function buildOdt(model: ExportModel, pictures: ExportPictures): Buffer {
  const body = new OdtBody();
  writeBody(body, model, pictures);
  const content =
    `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ODF_NAMESPACES} office:version="${ODF_VERSION}">` +
    `<office:automatic-styles>${body.automaticStyles}</office:automatic-styles>` +
    `<office:body><office:text>${body.xml}</office:text></office:body></office:document-content>`;
  const files: Zippable = {
    mimetype: [strToU8(ODT_MIME), { level: 0 }],
    'META-INF/manifest.xml': strToU8(manifest(body.pictures)),
    'content.xml': strToU8(content),
    'styles.xml': strToU8(stylesXml(model)),
    'meta.xml': strToU8(meta(model)),
  };
  for (const picture of body.pictures) {
    files[picture.path] = [picture.data, { level: picture.mime === 'image/png' ? 0 : 6 }];
  }
  return Buffer.from(zipSync(files, { level: 6 }));
}

function manifest(pictures: OdtPicture[]): string {
  const entry = (path: string, type: string) =>
    `<manifest:file-entry manifest:full-path="${path}" manifest:media-type="${type}"/>`;
  return (
    `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="${ODF_VERSION}">` +
    `<manifest:file-entry manifest:full-path="/" manifest:version="${ODF_VERSION}" manifest:media-type="${ODT_MIME}"/>` +
    entry('content.xml', 'text/xml') +
    entry('styles.xml', 'text/xml') +
    entry('meta.xml', 'text/xml') +
    pictures.map((picture) => entry(picture.path, picture.mime)).join('') +
    '</manifest:manifest>'
  );
}

function meta(model: ExportModel): string {
  const title = documentTitle(model);
  return (
    `<?xml version="1.0" encoding="UTF-8"?><office:document-meta ${ODF_NAMESPACES} office:version="${ODF_VERSION}"><office:meta>` +
    `<meta:generator>Fresco</meta:generator><dc:title>${escapeXml(title)}</dc:title>` +
    `<dc:description>${escapeXml(model.labels.subtitle)}</dc:description><dc:language>${model.language}</dc:language>` +
    '</office:meta></office:document-meta>'
  );
}

function writeBody(body: OdtBody, model: ExportModel, pictures: ExportPictures): void {
  const { labels } = model;
  const cover = coverPage(model);
  body.raw(`<text:p text:style-name="Title">${odfText(labels.documentTitle)}</text:p>`);
  body.paragraph(labels.subtitle, 'Subtitle');
  body.table(cover.facts, { headerColumn: true });
  body.paragraph(cover.counts, 'Muted');
  if (cover.nothingYet) body.paragraph(cover.nothingYet, 'Empty');
  body.paragraph(cover.credit, 'Small');

  body.heading(1, labels.synthesis, true);
  body.heading(2, labels.matrixTitle);
  body.paragraph(labels.matrixIntro, 'Muted');
  const matrix = synthesisTable(model);
  if (matrix) body.table(matrix, { headerColumn: true });
  else body.paragraph(labels.nothingYet.synthesis, 'Empty');
  body.heading(2, labels.topProposals);
  const proposals = proposalsTable(model);
  if (proposals) body.table(proposals);
  else body.paragraph(labels.nothingYet.proposals, 'Empty');

  body.heading(1, labels.explorationFresco, true);
  body.paragraph(labels.explorationIntro, 'Muted');
  body.picture(pictures.week, labels.pictureOf(labels.explorationFresco));
  body.heading(1, labels.chronologicalFresco);
  body.paragraph(labels.chronologicalIntro, 'Muted');
  body.picture(pictures.timeline, labels.pictureOf(labels.chronologicalFresco), 20);
  const timeline = timelineTable(model);
  if (timeline) body.table(timeline);

  body.heading(1, labels.actionSheets, true);
  if (model.actions.length === 0) body.paragraph(labels.nothingYet.actions, 'Empty');
  model.actions.forEach((sheet, i) => {
    actionSheet(body, sheet, model, i > 0);
  });
}

function actionSheet(body: OdtBody, sheet: ActionSheet, model: ExportModel, newPage: boolean): void {
  const { labels } = model;
  body.heading(2, labels.actionHeading(sheet.number, sheet.title), newPage);
  body.table(
    {
      header: [],
      rows: sheetFacts(sheet, labels).map(([label, value]) => [label, value || labels.toComplete]),
      widths: [1, 3],
    },
    { headerColumn: true },
  );
  for (const section of sheetSections(sheet, labels)) {
    body.heading(3, section.title);
    body.longText(section.text, labels.toComplete);
    if (section.key === 'context') residents(body, sheet, model);
  }
  body.heading(3, labels.fields.capabilities);
  if (sheet.capabilities.length > 0) {
    const title = `${labels.fields.capabilities} : ${sheet.title}`;
    body.vectorPicture(radarSvg(sheet.capabilities, title), title, 8.5);
  }
  body.table({
    header: [labels.fields.axis, labels.score],
    rows: sheet.capabilities.map((c) => [c.label, `${c.score} / ${CAPABILITY_MAX}`]),
    widths: [4, 1],
  });
  if (sheet.missing.length > 0)
    body.paragraph(`${labels.fields.missing} : ${sheet.missing.join(', ')}`, 'Muted');
}

function residents(body: OdtBody, sheet: ActionSheet, model: ExportModel): void {
  const { labels } = model;
  body.heading(3, labels.fields.residentsSay);
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0) {
    body.paragraph(labels.nothingYet.answers, 'Empty');
    return;
  }
  if (sheet.difficulties.length > 0) {
    body.paragraph(labels.fields.difficulties, 'Muted');
    body.bullets(
      sheet.difficulties.map((d) => ({
        bold: d.name,
        text: `: ${labels.timesRaised(d.count)}${d.activities.length > 0 ? ` ; ${labels.underActivities.toLowerCase()} : ${d.activities.join(', ')}` : ''}`,
        sub:
          d.words.length > 0
            ? `${labels.residentsWords} : ${d.words.map((w) => `« ${w} »`).join(', ')}`
            : undefined,
      })),
    );
  }
  if (sheet.proposals.length > 0) {
    body.paragraph(labels.fields.proposals, 'Muted');
    body.bullets(
      sheet.proposals.map((p) => ({
        bold: p.name,
        text: [...p.words.map((w) => `« ${w} »`), `: ${labels.voteCount(p.votes, p.voters)}`].join(' '),
      })),
    );
  }
}
