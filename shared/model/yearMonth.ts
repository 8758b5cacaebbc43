/** `YYYY-MM` months, the grain of the action plan's calendar. Zero-padded, so they sort as strings. */

const YEAR_MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isYearMonth(value: unknown): value is string {
  return typeof value === 'string' && YEAR_MONTH.test(value);
}

/** Months since year 0, for widths on the timeline; null when the value is not a `YYYY-MM`. */
export function monthIndex(value: string): number | null {
  const match = YEAR_MONTH.exec(value);
  if (!match) return null;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}
