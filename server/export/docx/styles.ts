/**
 * Styles of the DOCX. Headings restyle Word's built-in Heading 1–3 (so they stay real headings for the
 * navigation pane, the table of contents and screen readers); Arial is on every office machine (and
 * LibreOffice maps it to Liberation Sans).
 */
import { type IStylesOptions, LineRuleType } from 'docx';
import type { Language } from '../../../shared/schema/control';

const INK = '17202E';
const ACCENT = '1F4FA8';
const MUTED = '454D5C';

export function docxStyles(language: Language): IStylesOptions {
  const lang = { value: language === 'fr' ? 'fr-FR' : 'en-GB' };
  return {
    default: {
      document: {
        run: { font: 'Arial', size: 21, color: INK, language: lang },
        paragraph: { spacing: { after: 100, line: 276, lineRule: LineRuleType.AUTO } },
      },
      title: {
        run: { font: 'Arial', size: 52, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 1200, after: 160 } },
      },
      heading1: {
        run: { font: 'Arial', size: 34, bold: true, color: INK },
        paragraph: { spacing: { before: 360, after: 160 }, keepNext: true, keepLines: true },
      },
      heading2: {
        run: { font: 'Arial', size: 28, bold: true, color: INK },
        paragraph: { spacing: { before: 300, after: 120 }, keepNext: true, keepLines: true },
      },
      heading3: {
        run: { font: 'Arial', size: 23, bold: true, color: ACCENT },
        paragraph: { spacing: { before: 220, after: 60 }, keepNext: true, keepLines: true },
      },
    },
    paragraphStyles: [
      {
        id: 'Muted',
        name: 'Muted',
        basedOn: 'Normal',
        quickFormat: true,
        run: { color: MUTED, italics: true },
      },
      {
        id: 'Empty',
        name: 'To complete',
        basedOn: 'Normal',
        quickFormat: true,
        run: { color: '6B6F78', italics: true },
      },
      { id: 'Small', name: 'Small', basedOn: 'Normal', run: { size: 16, color: MUTED } },
      {
        id: 'TableText',
        name: 'Table text',
        basedOn: 'Normal',
        paragraph: { spacing: { after: 0 } },
        run: { size: 19 },
      },
    ],
  };
}
