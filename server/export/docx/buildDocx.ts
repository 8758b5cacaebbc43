/**
 * The export as DOCX, for a city officer to keep editing in Word or LibreOffice: Word's own heading
 * styles (the navigation pane lists every fiche), real tables, a "Muted" and an "Empty" style for
 * annotations, A4 pages with numbered footers carrying the pictogram credit.
 */
import {
  AlignmentType,
  Document,
  type FileChild,
  Footer,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import { coverPage, documentTitle } from '../../../shared/export/model/coverPage';
import { sheetFacts, sheetSections } from '../../../shared/export/model/sheetFields';
import { proposalsTable, synthesisTable, timelineTable } from '../../../shared/export/model/tables';
import type { ActionSheet, ExportModel } from '../../../shared/export/model/types';
import type { ExportPictures } from '../pictures';
import { bullet, heading, longText, para, picture, table } from './blocks';
import { docxStyles } from './styles';

export async function buildDocx(model: ExportModel, pictures: ExportPictures): Promise<Buffer> {
  const { labels } = model;
  const cover = coverPage(model);
  const children: FileChild[] = [
    new Paragraph({ heading: 'Title', children: [new TextRun(labels.documentTitle)] }),
    para(labels.subtitle, 'Muted'),
    table(cover.facts, { headerColumn: true }),
    para(cover.counts, 'Muted'),
  ];
  if (cover.nothingYet) children.push(para(cover.nothingYet, 'Empty'));
  children.push(para(cover.credit, 'Small'));

  children.push(
    heading(1, labels.synthesis, true),
    heading(2, labels.matrixTitle),
    para(labels.matrixIntro, 'Muted'),
  );
  const matrix = synthesisTable(model);
  children.push(matrix ? table(matrix, { headerColumn: true }) : para(labels.nothingYet.synthesis, 'Empty'));
  children.push(heading(2, labels.topProposals));
  const proposals = proposalsTable(model);
  children.push(proposals ? table(proposals) : para(labels.nothingYet.proposals, 'Empty'));

  children.push(heading(1, labels.explorationFresco, true), para(labels.explorationIntro, 'Muted'));
  children.push(picture(pictures.week, labels.pictureOf(labels.explorationFresco)));
  children.push(heading(1, labels.chronologicalFresco), para(labels.chronologicalIntro, 'Muted'));
  children.push(picture(pictures.timeline, labels.pictureOf(labels.chronologicalFresco), 800));
  const timeline = timelineTable(model);
  if (timeline) children.push(table(timeline));

  children.push(heading(1, labels.actionSheets, true));
  if (model.actions.length === 0) children.push(para(labels.nothingYet.actions, 'Empty'));
  model.actions.forEach((sheet, i) => {
    children.push(...actionSheet(sheet, model, pictures, i > 0));
  });

  const document = new Document({
    title: documentTitle(model),
    description: labels.subtitle,
    creator: 'Fresco',
    lastModifiedBy: 'Fresco',
    styles: docxStyles(model.language),
    sections: [
      {
        properties: {
          page: {
            size: { width: 11906, height: 16838 },
            margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 },
          },
        },
        footers: { default: footer(model) },
        children,
      },
    ],
  });
  return Packer.toBuffer(document);
}

function footer(model: ExportModel): Footer {
  const [before, between] = model.labels.pageParts;
  return new Footer({
    children: [
      new Paragraph({ style: 'Small', children: [new TextRun(model.credit)] }),
      new Paragraph({
        style: 'Small',
        alignment: AlignmentType.RIGHT,
        children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}

function actionSheet(
  sheet: ActionSheet,
  model: ExportModel,
  pictures: ExportPictures,
  newPage: boolean,
): FileChild[] {
  const { labels } = model;
  const out: FileChild[] = [heading(2, labels.actionHeading(sheet.number, sheet.title), newPage)];
  out.push(
    table(
      {
        header: [],
        rows: sheetFacts(sheet, labels).map(([label, value]) => [label, value || labels.toComplete]),
        widths: [1, 3],
      },
      { headerColumn: true },
    ),
  );
  for (const section of sheetSections(sheet, labels)) {
    out.push(heading(3, section.title), ...longText(section.text, labels.toComplete));
    if (section.key === 'context') out.push(...residents(sheet, model));
  }
  out.push(heading(3, labels.fields.capabilities));
  const radar = pictures.radars.get(sheet.id);
  if (radar && sheet.capabilities.length > 0)
    out.push(picture(radar, `${labels.fields.capabilities} : ${sheet.title}`, 330));
  out.push(
    table({
      header: [labels.fields.axis, labels.score],
      rows: sheet.capabilities.map((c) => [c.label, `${c.score} / 4`]),
      widths: [4, 1],
    }),
  );
  if (sheet.missing.length > 0)
    out.push(para(`${labels.fields.missing} : ${sheet.missing.join(', ')}`, 'Muted'));
  return out;
}

function residents(sheet: ActionSheet, model: ExportModel): FileChild[] {
  const { labels } = model;
  const out: FileChild[] = [heading(3, labels.fields.residentsSay)];
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0) {
    out.push(para(labels.nothingYet.answers, 'Empty'));
    return out;
  }
  if (sheet.difficulties.length > 0) out.push(para(labels.fields.difficulties, 'Muted'));
  for (const d of sheet.difficulties) {
    const where =
      d.activities.length > 0
        ? ` ; ${labels.underActivities.toLowerCase()} : ${d.activities.join(', ')}`
        : '';
    const words =
      d.words.length > 0
        ? `${labels.residentsWords} : ${d.words.map((w) => `« ${w} »`).join(', ')}`
        : undefined;
    out.push(...bullet(d.name, `: ${labels.timesRaised(d.count)}${where}`, words));
  }
  if (sheet.proposals.length > 0) out.push(para(labels.fields.proposals, 'Muted'));
  for (const p of sheet.proposals) {
    out.push(
      ...bullet(
        p.name,
        [...p.words.map((w) => `« ${w} »`), `: ${labels.voteCount(p.votes, p.voters)}`].join(' '),
      ),
    );
  }
  return out;
}
