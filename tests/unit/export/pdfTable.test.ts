/**
 * Tables across a PDF page end, read back with pdf.js: a row moves to the next page whole, the header row
 * is repeated above it, and a header row never ends a page with no row under it.
 */
import { describe, expect, it } from 'vitest';
import { drawTable } from '../../../server/export/pdf/pdfTable';
import { PdfWriter } from '../../../server/export/pdf/pdfWriter';
import { pdfContent, squash } from '../../fixtures/export/inspect';

function writer(): PdfWriter {
  return new PdfWriter({ title: 'Tableaux', language: 'fr-FR', author: 'Fresco', colon: '\u00a0:' });
}

/** Fills the page with short paragraphs until `room` points or less are left above the bottom margin. */
function fillPage(pdf: PdfWriter, room: number): void {
  let n = 0;
  while (pdf.bottom - pdf.doc.y > room) pdf.paragraph(`Ligne de remplissage ${++n}`);
}

async function pagesOf(pdf: PdfWriter): Promise<string[]> {
  const file = await pdf.finish((page, total) => ({ left: '', right: `${page}/${total}` }));
  return (await pdfContent(file)).pages.map(squash);
}

describe('PDF tables at a page end', () => {
  it('moves a header row to the next page when no row would fit under it', async () => {
    const pdf = writer();
    fillPage(pdf, 60);
    // Room for the header row (about 20 points), not for the header and a row.
    pdf.doc.y = pdf.bottom - 28;
    drawTable(pdf, {
      header: ['Colonne gauche', 'Colonne droite'],
      rows: [['première cellule', 'deuxième cellule']],
      widths: [1, 1],
    });
    const pages = await pagesOf(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).not.toContain('Colonne gauche');
    expect(pages[1]).toContain('Colonne gauche Colonne droite première cellule deuxième cellule');
  });

  it('moves a tall row whole, under a repeated header', async () => {
    const pdf = writer();
    fillPage(pdf, 120);
    const tall = Array.from({ length: 8 }, (_, i) => `ligne ${i + 1} de la cellule`).join('\n');
    drawTable(pdf, {
      header: ['Titre', 'Texte'],
      rows: [
        ['court', 'une ligne'],
        ['haut', tall],
      ],
      widths: [1, 3],
    });
    const pages = await pagesOf(pdf);
    expect(pages).toHaveLength(2);
    expect(pages[0]).toContain('Titre Texte court une ligne');
    expect(pages[0]).not.toContain('ligne 1 de la cellule');
    expect(pages[1]).toContain('Titre Texte haut ligne 1 de la cellule');
    expect(pages[1]).toContain('ligne 8 de la cellule');
  });
});
