/**
 * The export as one HTML page: the preview of the sheets in the app (shown in a sandboxed frame) and a
 * printable page. Every word people typed goes through escapeHtml; pictures are inline SVG from the same
 * builders the server rasterises, so the preview shows what the files will hold.
 */

import { DAYS, PERIODS } from '../schema/board';
import { CAPABILITY_MAX } from '../schema/plan';
import { documentTitle } from './model/coverPage';
import { sheetFacts, sheetSections } from './model/sheetFields';
import { synthesisTable } from './model/tables';
import type { ActionSheet, ExportModel } from './model/types';
import { radarSvg } from './svg/radar';
import type { PictogramArtSource } from './svg/svgKit';
import { timelineFrescoSvg } from './svg/timelineFresco';
import { weekFrescoSvg } from './svg/weekFresco';
import { paragraphsOf } from './text/clean';
import { escapeHtml as h } from './text/escape';

export interface HtmlOptions {
  pictogramArt?: PictogramArtSource;
  /** Leave pictures out (a quick preview of the words only). */
  pictures?: boolean;
}

const STYLE = `
body{font-family:'Atkinson Hyperlegible','DejaVu Sans',Arial,sans-serif;color:#17202e;max-width:56rem;margin:0 auto;padding:1.5rem;line-height:1.45}
h1{font-size:1.9rem;margin:0 0 .25rem}h2{font-size:1.45rem;border-bottom:2px solid #1f4fa8;padding-bottom:.2rem;margin-top:2.2rem}
h3{font-size:1.2rem;margin-top:1.8rem}h4{font-size:1.02rem;margin:1.1rem 0 .3rem;color:#1f4fa8}
table{border-collapse:collapse;margin:.5rem 0;width:100%}th,td{border:1px solid #d9d6ce;padding:.3rem .5rem;text-align:left;vertical-align:top}
th{background:#f1ede4}.empty{color:#6b6f78;font-style:italic}.subtitle{color:#454d5c;font-style:italic}
figure{margin:1rem 0}figure svg{max-width:100%;height:auto;border:1px solid #d9d6ce}.missing{background:#fff1dc;padding:.4rem .6rem;border-radius:6px}
.sheet{border-top:1px solid #d9d6ce;margin-top:2rem}footer{margin-top:2.5rem;color:#454d5c;font-size:.9rem}
`;

export function buildHtml(model: ExportModel, options: HtmlOptions = {}): string {
  const { labels } = model;
  const pictures = options.pictures ?? true;
  const body: string[] = [];
  body.push(`<h1>${h(labels.documentTitle)}</h1><p class="subtitle">${h(labels.subtitle)}</p>`);
  body.push(factsTable(coverFacts(model)), `<p>${h(labels.counts(model.cover.counts))}</p>`);
  body.push(
    `<h2>${h(labels.synthesis)}</h2><h3>${h(labels.matrixTitle)}</h3><p>${h(labels.matrixIntro)}</p>`,
    matrix(model),
  );
  body.push(`<h3>${h(labels.topProposals)}</h3>`, topProposals(model));
  body.push(`<h2>${h(labels.explorationFresco)}</h2><p>${h(labels.explorationIntro)}</p>`);
  if (pictures) {
    const title = labels.pictureOf(labels.explorationFresco);
    body.push(figure(weekFrescoSvg(model.week, { labels, title, pictogramArt: options.pictogramArt })));
  } else body.push(weekTable(model));
  body.push(`<h2>${h(labels.chronologicalFresco)}</h2><p>${h(labels.chronologicalIntro)}</p>`);
  if (pictures)
    body.push(
      figure(timelineFrescoSvg(model.timeline, labels, labels.pictureOf(labels.chronologicalFresco))),
    );
  body.push(`<h2>${h(labels.actionSheets)}</h2>`);
  if (model.actions.length === 0) body.push(empty(labels.nothingYet.actions));
  for (const sheet of model.actions) body.push(actionSheet(sheet, model, pictures));
  body.push(`<footer><p>${h(model.credit)}</p><p>${h(labels.generatedWith)}</p></footer>`);
  const title = documentTitle(model);
  return `<!doctype html><html lang="${model.language}"><head><meta charset="utf-8"><title>${h(title)}</title><style>${STYLE}</style></head><body>${body.join('\n')}</body></html>`;
}

function empty(text: string): string {
  return `<p class="empty">${h(text)}</p>`;
}

function figure(svg: string): string {
  return `<figure>${svg}</figure>`;
}

function coverFacts(model: ExportModel): [string, string][] {
  const { labels, cover } = model;
  return [
    [labels.workshop, cover.title],
    [labels.place, cover.place],
    [labels.date, cover.date],
    [labels.participants, labels.participantCount(cover.participantCount)],
  ];
}

function factsTable(facts: [string, string][], toComplete = ''): string {
  const rows = facts.map(
    ([label, value]) =>
      `<tr><th scope="row">${h(label)}</th><td>${value ? multiline(value) : `<span class="empty">${h(toComplete)}</span>`}</td></tr>`,
  );
  return `<table>${rows.join('')}</table>`;
}

function multiline(text: string): string {
  return paragraphsOf(text).map(h).join('<br>');
}

function matrix(model: ExportModel): string {
  const table = synthesisTable(model);
  if (!table) return empty(model.labels.nothingYet.synthesis);
  const head = `<tr>${table.header.map((cell) => `<th>${h(cell)}</th>`).join('')}</tr>`;
  const rows = table.rows.map(
    ([first, ...rest]) =>
      `<tr><th scope="row">${h(first ?? '')}</th>${rest.map((cell) => `<td>${h(cell)}</td>`).join('')}</tr>`,
  );
  return `<table>${head}${rows.join('')}</table>`;
}

function topProposals(model: ExportModel): string {
  const { labels } = model;
  if (model.synthesis.proposals.length === 0) return empty(labels.nothingYet.proposals);
  const items = model.synthesis.proposals.map((p) => {
    const words = p.words.map((w) => `« ${h(w)} »`).join(', ');
    return `<li><strong>${h(p.name)}</strong> ${words} : ${h(labels.voteCount(p.votes, p.voters))}</li>`;
  });
  return `<ol>${items.join('')}</ol>`;
}

function weekTable(model: ExportModel): string {
  const { labels } = model;
  const head = `<tr><th></th>${DAYS.map((d) => `<th>${h(labels.days[d])}</th>`).join('')}</tr>`;
  const rows = PERIODS.map((period) => {
    const cells = DAYS.map((day) => {
      const groups = model.week.cells.find((c) => c.day === day && c.period === period)?.groups ?? [];
      return `<td>${groups.map((g) => `${h(g.name)}${g.count > 1 ? ` ×${g.count}` : ''}`).join('<br>')}</td>`;
    });
    return `<tr><th scope="row">${h(labels.periods[period])}</th>${cells.join('')}</tr>`;
  });
  return `<table>${head}${rows.join('')}</table>`;
}

function actionSheet(sheet: ActionSheet, model: ExportModel, pictures: boolean): string {
  const { labels } = model;
  const out: string[] = [
    `<section class="sheet" id="action-${h(sheet.id)}"><h3>${h(labels.actionHeading(sheet.number, sheet.title))}</h3>`,
  ];
  out.push(factsTable(sheetFacts(sheet, labels), labels.toComplete));
  for (const section of sheetSections(sheet, labels)) {
    const lines = paragraphsOf(section.text);
    out.push(
      `<h4>${h(section.title)}</h4>`,
      lines.length > 0 ? lines.map((line) => `<p>${h(line)}</p>`).join('') : empty(labels.toComplete),
    );
    if (section.key === 'context')
      out.push(`<h4>${h(labels.fields.residentsSay)}</h4>`, residents(sheet, model));
  }
  out.push(`<h4>${h(labels.fields.capabilities)}</h4>`);
  if (pictures)
    out.push(figure(radarSvg(sheet.capabilities, `${labels.fields.capabilities} : ${sheet.title}`)));
  else out.push(factsTable(sheet.capabilities.map((c) => [c.label, `${c.score}/${CAPABILITY_MAX}`])));
  if (sheet.missing.length > 0)
    out.push(
      `<p class="missing"><strong>${h(labels.fields.missing)}</strong> : ${h(sheet.missing.join(', '))}</p>`,
    );
  out.push('</section>');
  return out.join('');
}

function residents(sheet: ActionSheet, model: ExportModel): string {
  const { labels } = model;
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0)
    return empty(labels.nothingYet.answers);
  const out: string[] = [];
  if (sheet.difficulties.length > 0) {
    const items = sheet.difficulties.map((d) => {
      const where =
        d.activities.length > 0
          ? ` ; ${h(labels.underActivities.toLowerCase())} : ${d.activities.map(h).join(', ')}`
          : '';
      const words =
        d.words.length > 0
          ? `<br>${h(labels.residentsWords)} : ${d.words.map((w) => `« ${h(w)} »`).join(', ')}`
          : '';
      return `<li><strong>${h(d.name)}</strong> : ${h(labels.timesRaised(d.count))}${where}${words}</li>`;
    });
    out.push(`<p><strong>${h(labels.fields.difficulties)}</strong></p><ul>${items.join('')}</ul>`);
  }
  if (sheet.proposals.length > 0) {
    const items = sheet.proposals.map(
      (p) =>
        `<li><strong>${h(p.name)}</strong> ${p.words.map((w) => `« ${h(w)} »`).join(', ')} : ${h(labels.voteCount(p.votes, p.voters))}</li>`,
    );
    out.push(`<p><strong>${h(labels.fields.proposals)}</strong></p><ul>${items.join('')}</ul>`);
  }
  return out.join('');
}
