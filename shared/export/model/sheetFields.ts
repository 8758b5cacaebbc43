/**
 * The order of a fiche action, shared by every format so a DOCX, an ODT, a PDF and a Markdown file read
 * the same: a table of short facts, then the long sections (PRODUCT.md §5).
 */
import type { ExportLabels } from '../labels';
import type { ActionSheet } from './types';

export type SheetFact = [label: string, value: string];

export function sheetFacts(sheet: ActionSheet, labels: ExportLabels): SheetFact[] {
  const { fields } = labels;
  return [
    [fields.number, String(sheet.number)],
    [fields.nature, sheet.natureLabel],
    [fields.status, sheet.statusLabel],
    [fields.theme, sheet.theme],
    [fields.axis, sheet.axis],
    [fields.owner, sheet.owner],
    [fields.partners, sheet.partners],
    [fields.calendar, sheet.calendar],
    [fields.budget, sheet.budget],
    [fields.lane, sheet.lane],
  ];
}

export type SectionKey = 'context' | 'objectives' | 'audience' | 'description' | 'resources' | 'indicators';

export interface SheetSection {
  key: SectionKey;
  title: string;
  text: string;
}

/** Long sections in fiche order; the residents' words come right after the context (see builders). */
export function sheetSections(sheet: ActionSheet, labels: ExportLabels): SheetSection[] {
  const keys: SectionKey[] = ['context', 'objectives', 'audience', 'description', 'resources', 'indicators'];
  return keys.map((key) => ({ key, title: labels.fields[key], text: sheet[key] }));
}
