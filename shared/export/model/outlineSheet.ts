/**
 * The outline of a fiche action (PRODUCT.md §5): its facts, its long sections with what residents said
 * right after the context (difficulties with how often they were raised and their words, proposals with
 * their votes), its capability radar and what is left to complete. One fiche per page.
 */
import { CAPABILITY_MAX } from '../../schema/plan';
import { paragraphsOf } from '../text/clean';
import { type Block, heading, type ListItem, type OutlinePart, PAGE_BREAK, paragraph } from './blocks';
import { sheetFacts, sheetSections } from './sheetFields';
import type { ActionSheet, ExportModel } from './types';

export function sheetsPart(model: ExportModel): OutlinePart {
  const { labels } = model;
  const blocks: Block[] = [PAGE_BREAK, heading(1, labels.actionSheets)];
  if (model.actions.length === 0) blocks.push(paragraph(labels.nothingYet.actions, 'empty'));
  return { kind: 'sheets', blocks };
}

export function sheetPart(sheet: ActionSheet, model: ExportModel, newPage: boolean): OutlinePart {
  const { labels } = model;
  const blocks: Block[] = newPage ? [PAGE_BREAK] : [];
  const facts = sheetFacts(sheet, labels);
  blocks.push(heading(2, labels.actionHeading(sheet.number, sheet.title)), {
    kind: 'table',
    table: {
      header: [],
      rows: facts.map(([label, value]) => [label, value || labels.toComplete]),
      widths: [1, 3],
    },
    headerColumn: true,
    emptyCells: facts.flatMap(([, value], row): [number, number][] => (value ? [] : [[row, 1]])),
  });
  for (const section of sheetSections(sheet, labels)) {
    blocks.push(heading(3, section.title), ...longText(section.text, labels.toComplete));
    if (section.key === 'context') blocks.push(...residents(sheet, model));
  }
  blocks.push(heading(3, labels.fields.capabilities), ...capabilities(sheet, model));
  if (sheet.missing.length > 0)
    blocks.push(paragraph(sheet.missing.join(', '), 'muted', `${labels.fields.missing}${labels.colon}`));
  return { kind: 'sheet', anchor: `action-${sheet.id}`, blocks };
}

/** One paragraph per line typed; the "to complete" mark when empty. */
function longText(text: string, empty: string): Block[] {
  const lines = paragraphsOf(text);
  return lines.length === 0 ? [paragraph(empty, 'empty')] : lines.map((line) => paragraph(line.trim()));
}

function residents(sheet: ActionSheet, model: ExportModel): Block[] {
  const { labels } = model;
  const { colon, semicolon, quote } = labels;
  const blocks: Block[] = [heading(3, labels.fields.residentsSay)];
  // In a concertation: where it was said, right after what was said.
  const place = (where: string | undefined) => (where ? ` ${labels.concertation.saidIn(where)}` : '');
  const unreachable =
    sheet.unreachableLinks > 0
      ? [paragraph(labels.concertation.unreachable(sheet.unreachableLinks), 'muted')]
      : [];
  if (sheet.difficulties.length === 0 && sheet.proposals.length === 0)
    return [...blocks, paragraph(labels.nothingYet.answers, 'empty'), ...unreachable];
  if (sheet.difficulties.length > 0) {
    const items = sheet.difficulties.map((d): ListItem => {
      const where =
        d.activities.length > 0
          ? `${semicolon} ${labels.underActivities.toLowerCase()}${colon} ${d.activities.join(', ')}`
          : '';
      const item: ListItem = {
        lead: d.name,
        text: `${place(d.place)}${colon} ${labels.timesRaised(d.count)}${where}`,
      };
      if (d.words.length > 0) item.sub = `${labels.residentsWords}${colon} ${d.words.map(quote).join(', ')}`;
      return item;
    });
    blocks.push(paragraph(labels.fields.difficulties, 'muted'), { kind: 'list', items });
  }
  if (sheet.proposals.length > 0) {
    const items = sheet.proposals.map(
      (p): ListItem => ({
        lead: p.name,
        text: `${p.words.length > 0 ? ` ${p.words.map(quote).join(', ')}` : ''}${place(p.place)}${colon} ${labels.voteCount(p.votes, p.voters)}`,
      }),
    );
    blocks.push(paragraph(labels.fields.proposals, 'muted'), { kind: 'list', items });
  }
  return [...blocks, ...unreachable];
}

function capabilities(sheet: ActionSheet, model: ExportModel): Block[] {
  const { labels } = model;
  if (sheet.capabilities.length === 0) return [paragraph(labels.toComplete, 'empty')];
  return [
    {
      kind: 'picture',
      source: { kind: 'radar', sheetId: sheet.id, capabilities: sheet.capabilities },
      alt: `${labels.fields.capabilities}${labels.colon} ${sheet.title}`,
      // The table below gives every score in words.
      fallback: [],
    },
    {
      kind: 'table',
      table: {
        header: [labels.fields.axis, labels.score],
        rows: sheet.capabilities.map((c) => [c.label, `${c.score} / ${CAPABILITY_MAX}`]),
        widths: [4, 1],
      },
      headerColumn: false,
    },
  ];
}
