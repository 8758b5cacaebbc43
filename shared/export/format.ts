/** Dates and months written out in the export's language: "12 mars 2027", "mars 2027 → juin 2028". */
import { isYearMonth } from '../model/yearMonth';
import type { Language } from '../schema/control';
import { exportLabels } from './labels';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A `YYYY-MM-DD` date in words; anything else is returned as typed. */
export function formatDate(date: string, language: Language): string {
  const match = DATE.exec(date.trim());
  if (!match) return date.trim();
  const month = exportLabels(language).months[Number(match[2]) - 1];
  if (!month) return date.trim();
  const day = Number(match[3]);
  return language === 'fr'
    ? `${day === 1 ? '1er' : day} ${month} ${match[1]}`
    : `${day} ${month} ${match[1]}`;
}

/** A `YYYY-MM` month in words; anything else as typed. */
export function formatMonth(month: string, language: Language): string {
  if (!isYearMonth(month)) return month;
  const name = exportLabels(language).months[Number(month.slice(5)) - 1] as string;
  return `${name} ${month.slice(0, 4)}`;
}

/** The calendar of an action: both ends, one end, or "dates to set". */
export function formatSpan(start: string, end: string, language: Language): string {
  const from = formatMonth(start.trim(), language);
  const to = formatMonth(end.trim(), language);
  if (from && to) return from === to ? from : `${from} → ${to}`;
  if (from || to) return from || to;
  return exportLabels(language).noDates;
}
