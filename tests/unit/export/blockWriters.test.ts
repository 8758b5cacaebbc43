/**
 * How the Markdown, HTML and DOCX writers draw two things the outline marks rather than writes: the "to
 * complete" cells of a facts table (shown like an empty paragraph, never like a typed value) and page
 * breaks (Word's "page break before" on the heading that opens the page, never an empty paragraph).
 */
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../server/export/docx/buildDocx';
import { renderPictures } from '../../../server/export/pictures';
import { buildHtml } from '../../../shared/export/html';
import { buildMarkdown } from '../../../shared/export/markdown';
import { exportOutline } from '../../../shared/export/model/outline';
import { unzip, utf8 } from '../../fixtures/export/inspect';
import { emptyModel, fixtureModel } from './setup';

describe('"to complete" cells', () => {
  const empty = emptyModel();

  it('are marked in the outline: the cover’s workshop, place and date, a fiche’s missing facts', () => {
    const [cover] = exportOutline(empty).parts;
    expect(cover?.blocks.find((block) => block.kind === 'table')).toMatchObject({
      emptyCells: [
        [0, 1],
        [1, 1],
        [2, 1],
      ],
    });
    const lastSheet = exportOutline(fixtureModel())
      .parts.filter((part) => part.kind === 'sheet')
      .at(-1);
    // Action 5 has no lead actor, partners, budget or lane yet (facts 6, 7, 9 and 10); its calendar
    // reads "Dates à préciser", which is a value.
    expect(lastSheet?.blocks.find((block) => block.kind === 'table')).toMatchObject({
      emptyCells: [
        [5, 1],
        [6, 1],
        [8, 1],
        [9, 1],
      ],
    });
  });

  it('read in italics in Markdown, as a muted mark in HTML and in the "to complete" colour in Word', async () => {
    const rendered = new MarkdownIt().render(buildMarkdown(empty));
    expect(rendered).toContain('<td>Lieu</td>\n<td><em>À compléter</em></td>');
    expect(buildHtml(empty)).toContain(
      '<th scope="row">Lieu</th><td><span class="empty">À compléter</span></td>',
    );
    const document = utf8(unzip(await buildDocx(empty, await renderPictures(empty)))['word/document.xml']);
    expect(document).toMatch(
      /<w:i\/><w:iCs\/><w:color w:val="6B6F78"\/>(<[^>]+>)*<\/w:rPr><w:t xml:space="preserve">À compléter<\/w:t>/,
    );
  });
});

describe('page breaks in Word', () => {
  it('open each part and each fiche but the first on its heading, with no empty paragraph', async () => {
    const model = fixtureModel();
    const document = utf8(unzip(await buildDocx(model, await renderPictures(model)))['word/document.xml']);
    const breaks = [...document.matchAll(/<w:pPr>(.*?)<\/w:pPr>/g)]
      .map((match) => match[1] as string)
      .filter((properties) => properties.includes('<w:pageBreakBefore/>'));
    // Synthesis, frescos, the fiches' part, then fiches 2 to 5.
    expect(breaks.map((properties) => properties.match(/w:pStyle w:val="(\w+)"/)?.[1])).toEqual([
      'Heading1',
      'Heading1',
      'Heading1',
      'Heading2',
      'Heading2',
      'Heading2',
      'Heading2',
    ]);
    expect(document).not.toContain('<w:br w:type="page"/>');
  });
});
