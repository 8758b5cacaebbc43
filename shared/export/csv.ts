/**
 * The actions as CSV, one row per action, for a spreadsheet: UTF-8 with a byte order mark (so Excel shows
 * accents), every cell quoted, cells that would start a formula neutralised. French files use `;` as
 * separator, as French spreadsheets expect (`,` is their decimal mark); English files use `,`.
 */
import type { Outline } from './model/blocks';
import { diagnosticRows } from './model/outlineDiagnostic';
import type { ExportModel } from './model/types';
import { csvRow } from './text/csvCell';

export const CSV_BOM = '\ufeff';

export function csvDelimiter(model: ExportModel): string {
  return model.language === 'fr' ? ';' : ',';
}

/** `outline`: a schéma whose diagnostic (street surveys) follows the actions, after an empty row. */
export function buildCsv(model: ExportModel, outline?: Outline): string {
  const { labels } = model;
  const f = labels.fields;
  const axes = model.actions[0]?.capabilities.map((c) => c.label) ?? [];
  const listSeparator = `${labels.semicolon} `;
  const header = [
    f.number,
    f.title,
    f.nature,
    f.status,
    f.theme,
    f.axis,
    f.lane,
    f.start,
    f.end,
    f.owner,
    f.partners,
    f.audience,
    f.context,
    f.objectives,
    f.description,
    f.resources,
    f.budget,
    f.indicators,
    ...axes.map((axis) => `${f.capabilities}${labels.colon} ${axis}`),
    f.difficulties,
    f.proposals,
    f.missing,
  ];
  const rows = model.actions.map((sheet) => [
    sheet.number,
    sheet.title,
    sheet.natureLabel,
    sheet.statusLabel,
    sheet.theme,
    sheet.axis,
    sheet.lane,
    sheet.start,
    sheet.end,
    sheet.owner,
    sheet.partners,
    sheet.audience,
    sheet.context,
    sheet.objectives,
    sheet.description,
    sheet.resources,
    sheet.budget,
    sheet.indicators,
    ...sheet.capabilities.map((c) => c.score),
    sheet.difficulties.map((d) => `${d.name} (${d.count})`).join(listSeparator),
    sheet.proposals
      .map((p) => `${p.name}${p.words.length ? ` ${labels.quote(p.words.join(' / '))}` : ''} (${p.votes})`)
      .join(listSeparator),
    sheet.missing.join(', '),
  ]);
  const delimiter = csvDelimiter(model);
  const lines = [header, ...rows].map((row) => csvRow(row, delimiter));
  const diagnostic = outline ? diagnosticRows(outline) : [];
  if (diagnostic.length > 0) {
    const d = labels.diagnostic;
    const table = [[d.question, d.answer, d.figure], ...diagnostic];
    lines.push('', csvRow([d.title], delimiter), ...table.map((row) => csvRow(row, delimiter)));
  }
  return `${CSV_BOM}${lines.join('\r\n')}\r\n`;
}
