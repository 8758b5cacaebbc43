/**
 * The DOCX, ODT and PDF writers, from the fixture workshop, opened with real parsers. The same files are
 * downloaded again from the running server in tests/integration/exportRoute.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../../server/export/docx/buildDocx';
import { buildOdt, ODT_MIME } from '../../../server/export/odt/buildOdt';
import { buildPdf } from '../../../server/export/pdf/buildPdf';
import { renderPictures } from '../../../server/export/pictures';
import type { ExportModel } from '../../../shared/export/model/types';
import { DANGEROUS_RAW, HOSTILE } from '../../fixtures/export/hostile';
import {
  assertPackageWellFormed,
  docxText,
  pdfContent,
  squash,
  unzip,
  utf8,
  xmlParagraphs,
} from '../../fixtures/export/inspect';
import { RESIDENT_NAMES } from '../../fixtures/export/workshop';
import { emptyModel, fixtureModel, hostileModel } from './setup';

const fixture = fixtureModel();
const hostile = hostileModel();

async function docxOf(model: ExportModel) {
  const file = await buildDocx(model, await renderPictures(model));
  const files = unzip(file);
  assertPackageWellFormed(files);
  return { file, files, document: utf8(files['word/document.xml']), text: squash(await docxText(file)) };
}

async function odtOf(model: ExportModel) {
  const file = buildOdt(model, await renderPictures(model, { radars: false }));
  const files = unzip(file);
  assertPackageWellFormed(files);
  const content = utf8(files['content.xml']);
  return { file, files, content, text: squash(xmlParagraphs(content, ['text:p', 'text:h']).join('\n')) };
}

describe('DOCX', () => {
  it('has real Word headings, tables, pictures, every sheet and the credit in the footer', async () => {
    const { files, document, text } = await docxOf(fixture);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThanOrEqual(2 + 5);
    expect(document.match(/<w:tbl>/g)?.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/'))).toHaveLength(2 + 5);
    expect(text).toContain('Fiche action n° 1 : Permanences numériques de proximité');
    expect(text).toContain('« mot de passe Ameli oublié »');
    expect(text).toContain('Une permanence chaque mercredi matin au centre social.');
    const footers = Object.keys(files).filter((name) => /word\/footer\d*\.xml/.test(name));
    expect(footers.map((name) => utf8(files[name])).join('')).toContain('OpenMoji');
    for (const name of RESIDENT_NAMES) expect(text).not.toContain(name);
  });

  it('keeps hostile words as plain text in valid XML', async () => {
    const { document, text } = await docxOf(hostile);
    for (const raw of DANGEROUS_RAW) expect(document.includes(raw), raw).toBe(false);
    expect(text).toContain(HOSTILE.xmlBreak);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.arabic);
    expect(text).toContain('bip[31mrouge');
  });
});

describe('ODT', () => {
  it('is an ODF package: mimetype first and stored, manifest listing every part', async () => {
    const { file, files, content } = await odtOf(fixture);
    const bytes = Buffer.from(file);
    expect(bytes.readUInt32LE(0)).toBe(0x04034b50);
    expect(bytes.readUInt16LE(8)).toBe(0); // stored, not deflated
    expect(bytes.subarray(30, 38).toString('ascii')).toBe('mimetype');
    expect(bytes.subarray(38, 38 + ODT_MIME.length).toString('ascii')).toBe(ODT_MIME);
    const manifest = utf8(files['META-INF/manifest.xml']);
    for (const name of Object.keys(files).filter((n) => n !== 'mimetype' && !n.startsWith('META-INF'))) {
      expect(manifest).toContain(`manifest:full-path="${name}"`);
    }
    expect(content.match(/<text:h [^>]*text:outline-level="2"/g)?.length).toBeGreaterThanOrEqual(2 + 5);
    expect(content.match(/<table:table /g)?.length).toBeGreaterThanOrEqual(5);
    expect(Object.keys(files).filter((n) => n.startsWith('Pictures/'))).toHaveLength(2 + 5);
  });

  it('carries every sheet and escapes hostile words', async () => {
    expect((await odtOf(fixture)).text).toContain(
      'Fiche action n° 4 : Garder un accueil physique en mairie annexe',
    );
    const { content, text } = await odtOf(hostile);
    for (const raw of DANGEROUS_RAW) expect(content.includes(raw), raw).toBe(false);
    expect(text).toContain(HOSTILE.odfBreak);
    expect(text).toContain(HOSTILE.cdata);
  });
});

describe('PDF', () => {
  it('is A4 with selectable text, accents, page numbers and the credit on every page', async () => {
    const pdf = await buildPdf(fixture, await renderPictures(fixture, { opaque: true, radars: false }));
    const { pages, sizes, text } = await pdfContent(pdf);
    expect(sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    const flat = squash(text);
    expect(flat).toContain('Fiche action n° 1 : Permanences numériques de proximité');
    expect(flat).toContain('Accès aux droits et aux services essentiels');
    pages.forEach((page, i) => {
      expect(squash(page)).toContain(`Page ${i + 1} / ${pages.length}`);
      expect(page).toContain('OpenMoji');
    });
    expect(Buffer.from(pdf).toString('latin1')).toMatch(/\/FontFile2/);
  });

  it('prints a hostile workshop, very long text included, and an empty one', async () => {
    const { text } = await pdfContent(
      await buildPdf(hostile, await renderPictures(hostile, { opaque: true, radars: false })),
    );
    expect(squash(text)).toContain('Très long texte sans fin.');
    expect(squash(text)).toContain(HOSTILE.script);
    const empty = await pdfContent(
      await buildPdf(emptyModel(), await renderPictures(emptyModel(), { opaque: true, radars: false })),
    );
    expect(squash(empty.text)).toContain('Rien pour l’instant : aucune fiche action n’a encore été rédigée.');
  });
});
