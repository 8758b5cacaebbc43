/**
 * Reads a budget typed the French way: "5 000 €", "1 200,50", "5.000 EUR", "3000 euros". Returns null
 * for anything else ("environ 5 000 €", "à définir"); the text itself is always kept as typed, this is
 * only how the editor knows to show a draft warning and how exports total the plan.
 */

// Spaces French typography puts between thousands: space, no-break space, narrow no-break space.
const SPACES = /[\s\u00a0\u202f]/g;
const CURRENCY = /(€|eur(?:os?)?)$/i;
const PLAIN = /^-?\d+(?:[.,]\d+)?$/;
const DOT_THOUSANDS = /^-?\d{1,3}(?:\.\d{3})+(?:,\d+)?$/;

export function parseBudget(text: string): number | null {
  const compact = text.replace(SPACES, '').replace(CURRENCY, '');
  if (compact === '') return null;
  let normalized: string;
  if (DOT_THOUSANDS.test(compact)) normalized = compact.replaceAll('.', '').replace(',', '.');
  else if (PLAIN.test(compact)) normalized = compact.replace(',', '.');
  else return null;
  const value = Number(normalized);
  return Number.isFinite(value) ? value : null;
}
