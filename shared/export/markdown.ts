/**
 * The export as Markdown, readable as is in any text editor and rendered safely by any Markdown tool:
 * every word people typed goes through escapeMarkdown (no HTML, link, image or table can be opened from
 * it). Pictures are given as tables and lists, since a Markdown file cannot carry images of its own.
 */
import { DAYS, PERIODS } from '../schema/board';
import { CAPABILITY_MAX } from '../schema/plan';
import { sheetFacts, sheetSections } from './model/sheetFields';
import { synthesisTable } from './model/tables';
import type { ActionSheet, ExportModel, WeekGroup } from './model/types';
import { paragraphsOf } from './text/clean';
import { markdownCell as cell, escapeMarkdown as md } from './text/escape';

export function buildMarkdown(model: ExportModel): string {
  const { labels } = model;
  const out: string[] = [];
  out.push(`# ${labels.documentTitle}`, '', `*${labels.subtitle}*`, '');
  const [first, ...rest] = coverRows(model);
  out.push(...table(first as string[], rest), '');
  out.push(md(labels.counts(model.cover.counts)), '');

  out.push(`## ${labels.synthesis}`, '', `### ${labels.matrixTitle}`, '', labels.matrixIntro, '');
  out.push(...matrix(model), '');
  out.push(`### ${labels.topProposals}`, '');
  if (model.synthesis.proposals.length === 0) out.push(labels.nothingYet.proposals, '');
  model.synthesis.proposals.forEach((proposal, i) => {
    const words = proposal.words.map((w) => `« ${md(w)} »`).join(', ');
    const answers =
      proposal.answers.length > 0
        ? ` (${labels.fields.difficulties} : ${proposal.answers.map(md).join(', ')})`
        : '';
    out.push(
      `${i + 1}. **${md(proposal.name)}**${words ? ` ${words}` : ''} : ${labels.voteCount(proposal.votes, proposal.voters)}${answers}`,
    );
  });
  out.push('');

  out.push(`## ${labels.explorationFresco}`, '', labels.explorationIntro, '', ...week(model), '');
  out.push(`## ${labels.chronologicalFresco}`, '', labels.chronologicalIntro, '', ...timeline(model), '');

  out.push(`## ${labels.actionSheets}`, '');
  if (model.actions.length === 0) out.push(labels.nothingYet.actions, '');
  for (const sheet of model.actions) out.push(...actionSheet(sheet, model), '');

  out.push('---', '', md(model.credit), '', labels.generatedWith, '');
  return out.join('\n');
}

function table(header: string[], rows: string[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ];
}

function coverRows(model: ExportModel): string[][] {
  const { labels, cover } = model;
  return [
    [labels.workshop, cell(cover.title) || labels.toComplete],
    [labels.place, cell(cover.place) || labels.toComplete],
    [labels.date, cell(cover.date) || labels.toComplete],
    [labels.participants, labels.participantCount(cover.participantCount)],
  ];
}

function matrix(model: ExportModel): string[] {
  const synthesis = synthesisTable(model);
  if (!synthesis) return [model.labels.nothingYet.synthesis];
  return table(
    synthesis.header.map(cell),
    synthesis.rows.map((row) => row.map(cell)),
  );
}

function week(model: ExportModel): string[] {
  const { labels } = model;
  const describe = (groups: WeekGroup[]) =>
    groups
      .map(
        (g) =>
          `${cell(g.name)}${g.count > 1 ? ` ×${g.count}` : ''}${g.difficulties > 0 ? ` (${g.difficulties} ⚠)` : ''}`,
      )
      .join(', ');
  if (model.week.cells.every((c) => c.groups.length === 0) && model.week.unplaced.length === 0)
    return [labels.nothingYet.fresco];
  const rows = PERIODS.map((period) => [
    labels.periods[period],
    ...DAYS.map((day) =>
      describe(model.week.cells.find((c) => c.day === day && c.period === period)?.groups ?? []),
    ),
  ]);
  const lines = table(['', ...DAYS.map((day) => labels.days[day])], rows);
  if (model.week.unplaced.length > 0) lines.push('', `${labels.unplaced} : ${describe(model.week.unplaced)}`);
  lines.push('', `⚠ : ${labels.legend.difficulties}`);
  return lines;
}

function timeline(model: ExportModel): string[] {
  const { labels } = model;
  if (model.actions.length === 0) return [labels.nothingYet.actions];
  return table(
    [
      labels.fields.number,
      labels.fields.title,
      labels.fields.nature,
      labels.fields.calendar,
      labels.fields.lane,
    ],
    model.actions.map((sheet) => [
      String(sheet.number),
      cell(sheet.title),
      sheet.natureLabel,
      cell(sheet.calendar),
      cell(sheet.lane),
    ]),
  );
}

function actionSheet(sheet: ActionSheet, model: ExportModel): string[] {
  const { labels } = model;
  const out: string[] = [`### ${md(labels.actionHeading(sheet.number, sheet.title))}`, ''];
  out.push(
    ...table(
      [labels.fields.title, cell(sheet.title)],
      sheetFacts(sheet, labels).map(([label, value]) => [label, cell(value) || `*${labels.toComplete}*`]),
    ),
    '',
  );
  for (const section of sheetSections(sheet, labels)) {
    out.push(`#### ${section.title}`, '', ...paragraphs(section.text, labels.toComplete), '');
    if (section.key === 'context')
      out.push(`#### ${labels.fields.residentsSay}`, '', ...residents(sheet, model), '');
  }
  out.push(`#### ${labels.fields.capabilities}`, '');
  out.push(
    ...table(
      [labels.fields.axis, labels.score],
      sheet.capabilities.map((c) => [
        cell(c.label),
        `${'●'.repeat(c.score)}${'○'.repeat(CAPABILITY_MAX - c.score)} ${c.score}/${CAPABILITY_MAX}`,
      ]),
    ),
    '',
  );
  if (sheet.missing.length > 0) out.push(`> **${labels.fields.missing}** : ${sheet.missing.join(', ')}`, '');
  return out;
}

function residents(sheet: ActionSheet, model: ExportModel): string[] {
  const { labels } = model;
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0) return [labels.nothingYet.answers];
  const out: string[] = [];
  if (sheet.difficulties.length > 0) out.push(`**${labels.fields.difficulties}**`, '');
  for (const d of sheet.difficulties) {
    const where =
      d.activities.length > 0
        ? ` ; ${labels.underActivities.toLowerCase()} : ${d.activities.map(md).join(', ')}`
        : '';
    out.push(`- **${md(d.name)}** : ${labels.timesRaised(d.count)}${where}`);
    if (d.words.length > 0)
      out.push(`  - ${labels.residentsWords} : ${d.words.map((w) => `« ${md(w)} »`).join(', ')}`);
  }
  if (sheet.proposals.length > 0) out.push('', `**${labels.fields.proposals}**`, '');
  for (const p of sheet.proposals) {
    const words = p.words.length > 0 ? ` ${p.words.map((w) => `« ${md(w)} »`).join(', ')}` : '';
    out.push(`- **${md(p.name)}**${words} : ${labels.voteCount(p.votes, p.voters)}`);
  }
  return out;
}

function paragraphs(text: string, empty: string): string[] {
  const lines = paragraphsOf(text);
  if (lines.length === 0) return [`*${empty}*`];
  return lines.flatMap((line, i) => (i === 0 ? [md(line.trim())] : ['', md(line.trim())]));
}
