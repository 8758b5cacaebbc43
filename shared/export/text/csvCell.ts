/**
 * CSV cells that a spreadsheet opens as text. A cell starting with = + - @ (or a tab or carriage return,
 * which some spreadsheets skip before looking for a formula) is run as a formula by Excel, LibreOffice and
 * Google Sheets: `=HYPERLINK(...)`, `=cmd|' /C calc'!A0`. Such cells get a leading apostrophe, the OWASP
 * recommendation, which spreadsheets show as text. Every cell is quoted.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutralizeFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

export function csvCell(value: string | number): string {
  const text = typeof value === 'number' ? String(value) : neutralizeFormula(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvRow(values: (string | number)[], delimiter: string): string {
  return values.map(csvCell).join(delimiter);
}
