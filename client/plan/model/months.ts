/** Months as people read them ("mars 2028"), from month indices or stored `YYYY-MM` values. */
import { monthIndex } from '../../../shared/model/yearMonth';

const formats = new Map<string, Intl.DateTimeFormat>();

function format(language: string): Intl.DateTimeFormat {
  let f = formats.get(language);
  if (!f) {
    f = new Intl.DateTimeFormat(language, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    formats.set(language, f);
  }
  return f;
}

export function monthName(index: number, language: string): string {
  const year = Math.floor(index / 12);
  return format(language).format(new Date(Date.UTC(year, index - year * 12, 1)));
}

/**
 * A stored month as words; an odd value is shown as typed, quoted by `quote`, so nobody thinks it was
 * understood; an empty one by `empty`.
 */
export function storedMonthName(
  value: string,
  language: string,
  words: { quote(value: string): string; empty: string },
): string {
  const index = monthIndex(value);
  if (index !== null) return monthName(index, language);
  return value.trim() === '' ? words.empty : words.quote(value);
}
