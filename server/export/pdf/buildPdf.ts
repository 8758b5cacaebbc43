/** The export as PDF (A4): cover, synthesis, both frescos as pictures, then one fiche action per page. */
import { coverPage, documentTitle } from '../../../shared/export/model/coverPage';
import { sheetFacts, sheetSections } from '../../../shared/export/model/sheetFields';
import { proposalsTable, synthesisTable, timelineTable } from '../../../shared/export/model/tables';
import type { ActionSheet, ExportModel } from '../../../shared/export/model/types';
import { paragraphsOf } from '../../../shared/export/text/clean';
import type { ExportPictures } from '../pictures';
import { PdfWriter } from './pdfWriter';
import { drawRadar, radarHeight } from './radar';

export async function buildPdf(model: ExportModel, pictures: ExportPictures): Promise<Buffer> {
  const { labels } = model;
  const cover = coverPage(model);
  const pdf = new PdfWriter({
    title: documentTitle(model),
    language: model.language === 'fr' ? 'fr-FR' : 'en-GB',
    author: 'Fresco',
  });
  pdf.title(labels.documentTitle, labels.subtitle);
  pdf.table(cover.facts, { headerColumn: true });
  pdf.paragraph(cover.counts, 'muted');
  if (cover.nothingYet) pdf.paragraph(cover.nothingYet, 'empty');
  pdf.paragraph(cover.credit, 'small');

  pdf.newPage();
  pdf.heading(1, labels.synthesis);
  pdf.heading(2, labels.matrixTitle);
  pdf.paragraph(labels.matrixIntro, 'muted');
  const matrix = synthesisTable(model);
  if (matrix) pdf.table(matrix, { headerColumn: true });
  else pdf.paragraph(labels.nothingYet.synthesis, 'empty');
  pdf.heading(2, labels.topProposals);
  const proposals = proposalsTable(model);
  if (proposals) pdf.table(proposals);
  else pdf.paragraph(labels.nothingYet.proposals, 'empty');

  pdf.heading(1, labels.explorationFresco, pdf.imageHeight(pictures.week) + 40);
  pdf.paragraph(labels.explorationIntro, 'muted');
  pdf.image(pictures.week);
  pdf.heading(1, labels.chronologicalFresco, pdf.imageHeight(pictures.timeline, 520) + 40);
  pdf.paragraph(labels.chronologicalIntro, 'muted');
  pdf.image(pictures.timeline, 520);
  const timeline = timelineTable(model);
  if (timeline) pdf.table(timeline);

  pdf.newPage();
  pdf.heading(1, labels.actionSheets);
  if (model.actions.length === 0) pdf.paragraph(labels.nothingYet.actions, 'empty');
  model.actions.forEach((sheet, i) => {
    if (i > 0) pdf.newPage();
    actionSheet(pdf, sheet, model);
  });

  return pdf.finish((page, total) => ({ left: model.credit, right: labels.page(page, total) }));
}

function actionSheet(pdf: PdfWriter, sheet: ActionSheet, model: ExportModel): void {
  const { labels } = model;
  pdf.heading(2, labels.actionHeading(sheet.number, sheet.title));
  pdf.table(
    {
      header: [],
      rows: sheetFacts(sheet, labels).map(([label, value]) => [label, value || labels.toComplete]),
      widths: [1, 3],
    },
    { headerColumn: true },
  );
  for (const section of sheetSections(sheet, labels)) {
    pdf.heading(3, section.title);
    const lines = paragraphsOf(section.text);
    if (lines.length === 0) pdf.paragraph(labels.toComplete, 'empty');
    for (const line of lines) pdf.paragraph(line.trim());
    if (section.key === 'context') residents(pdf, sheet, model);
  }
  pdf.heading(3, labels.fields.capabilities, radarHeight(sheet.capabilities) + 8);
  if (sheet.capabilities.length === 0) pdf.paragraph(labels.toComplete, 'empty');
  else {
    const height = radarHeight(sheet.capabilities);
    pdf.drawing(height, (x, y, width) => drawRadar(pdf.doc, sheet.capabilities, x, y, width, height));
  }
  if (sheet.missing.length > 0) pdf.labelled(`${labels.fields.missing} :`, sheet.missing.join(', '));
}

function residents(pdf: PdfWriter, sheet: ActionSheet, model: ExportModel): void {
  const { labels } = model;
  pdf.heading(3, labels.fields.residentsSay);
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0) {
    pdf.paragraph(labels.nothingYet.answers, 'empty');
    return;
  }
  if (sheet.difficulties.length > 0) {
    pdf.paragraph(labels.fields.difficulties, 'muted');
    pdf.bullets(
      sheet.difficulties.map((d) => ({
        bold: d.name,
        text: `: ${labels.timesRaised(d.count)}${d.activities.length ? ` ; ${labels.underActivities.toLowerCase()} : ${d.activities.join(', ')}` : ''}`,
        sub:
          d.words.length > 0
            ? `${labels.residentsWords} : ${d.words.map((w) => `« ${w} »`).join(', ')}`
            : undefined,
      })),
    );
  }
  if (sheet.proposals.length > 0) {
    pdf.paragraph(labels.fields.proposals, 'muted');
    pdf.bullets(
      sheet.proposals.map((p) => ({
        bold: p.name,
        text: [...p.words.map((w) => `« ${w} »`), `: ${labels.voteCount(p.votes, p.voters)}`].join(' '),
      })),
    );
  }
}
