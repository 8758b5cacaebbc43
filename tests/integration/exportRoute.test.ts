/**
 * The export route on the real server: the fixture workshop is written by the stock sync client through
 * the shared ops, then every format is downloaded and opened with a real parser. Copies of the files land
 * in test-results/export/ for people to open.
 */
import Ajv2020 from 'ajv/dist/2020';
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importWorkshopJson } from '../../shared/export/json/importJson';
import { WORKSHOP_JSON_SCHEMA } from '../../shared/export/json/schema';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { freshDocs } from '../fixtures/export/docs';
import { batched, download, keep, openSynced, type SyncedWorkshop } from '../fixtures/export/download';
import {
  assertPackageWellFormed,
  docxText,
  parseCsv,
  pdfContent,
  squash,
  unzip,
  utf8,
  xmlParagraphs,
} from '../fixtures/export/inspect';
import { setLanguage } from '../fixtures/export/language';
import { FIXTURE_TITLE, RESIDENT_NAMES, writeWorkshopFixture } from '../fixtures/export/workshop';
import { createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let workshop: CreateWorkshopResponse;
let synced: SyncedWorkshop;
const origin = new UserOrigin('facilitator');

async function get(file: string, token = workshop.tokens.facilitator) {
  return download(server.url, workshop.id, file, token);
}

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url, { title: 'Atelier', place: 'Aix', date: '2027-03-12' });
  synced = await openSynced(server.url, workshop.id, workshop.tokens.facilitator);
  batched(synced.docs, origin, () => writeWorkshopFixture(synced.docs, origin));
  await waitFor(
    async () => {
      const json = JSON.parse((await get('export.json')).text);
      expect([json.items.length, json.actions.length, json.workshop.title]).toEqual([24, 5, FIXTURE_TITLE]);
    },
    { timeoutMs: 15_000, intervalMs: 100 },
  );
});

afterAll(async () => {
  synced?.close();
  await server?.dispose();
});

describe('GET /api/workshops/:id/export.:format: who may download, and clear errors', () => {
  it('lets the facilitator and stakeholders download; participants and viewers get 403; others 401/404', async () => {
    expect((await get('export.md', workshop.tokens.stakeholder)).status).toBe(200);
    for (const token of [workshop.tokens.participant, workshop.tokens.viewer]) {
      const response = await get('export.pdf', token);
      expect(response.status).toBe(403);
      expect(JSON.parse(response.text)).toMatchObject({ error: 'forbidden', message: expect.any(String) });
    }
    expect((await download(server.url, workshop.id, 'export.pdf')).status).toBe(401);
    const other = await createWorkshop(server.url, { title: 'Autre' });
    expect((await get('export.pdf', other.tokens.facilitator)).status).toBe(401);
    const unknown = await download(server.url, 'nope', 'export.pdf', workshop.tokens.facilitator);
    expect(unknown.status).toBe(404);
    expect(JSON.parse(unknown.text).error).toBe('unknown_workshop');
  });

  it('answers 400 for an unknown format and 405 for another method, as JSON', async () => {
    for (const file of ['export.exe', 'export.', 'export.PDF.zip', 'export/kit.docx']) {
      const response = await get(file);
      expect(response.status, file).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/json');
      expect(JSON.parse(response.text)).toMatchObject({
        error: 'unknown_format',
        message: expect.any(String),
      });
    }
    const post = await download(server.url, workshop.id, 'export.pdf', workshop.tokens.facilitator, 'POST');
    expect(post.status).toBe(405);
  });

  it('names the file safely from the title', async () => {
    const response = await get('export.docx');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="fresco-plan-atelier-de-concertation-du-jas-de-bouffan-2027-03-12.docx"',
    );
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('lays lanes out as the exporting screen does: by lead unless ?lanes=theme; any other mode is a 400', async () => {
    const laneColumn = (text: string) => {
      const rows = parseCsv(text, ';');
      const at = rows[0]?.indexOf('Ligne de la fresque') ?? -1;
      return rows.slice(1).map((row) => row[at]);
    };
    // Sheet order 1, 4, 2, 3, 5 (by start month); action 5 has neither a lead nor a free lane.
    const byLead = laneColumn((await get('export.csv')).text);
    expect(byLead).toEqual([
      'Centre social Les Amandiers',
      'Ville d’Aix-en-Provence',
      'Médiathèque Li Campaneto',
      'Ville d’Aix-en-Provence',
      '',
    ]);
    expect(laneColumn((await get('export.csv?lanes=owner')).text)).toEqual(byLead);
    expect(laneColumn((await get('export.csv?lanes=theme')).text)).toEqual([
      'Accès aux droits',
      'Accès aux droits',
      'Compétences',
      'Équipement',
      'Emploi',
    ]);
    const wrong = await get('export.pdf?lanes=colour');
    expect(wrong.status).toBe(400);
    expect(JSON.parse(wrong.text)).toMatchObject({ error: 'unknown_lane_mode' });
  });
});

describe('every format, opened for real', () => {
  it('DOCX: Word package with headings, tables, pictures and every sheet', async () => {
    const response = await get('export.docx');
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    keep('fixture.docx', response.bytes);
    const files = unzip(response.bytes);
    assertPackageWellFormed(files);
    const document = utf8(files['word/document.xml']);
    expect(document.match(/<w:pStyle w:val="Heading2"\/>/g)?.length).toBeGreaterThanOrEqual(7);
    expect(document).toContain('<w:tbl>');
    expect(Object.keys(files).filter((name) => name.startsWith('word/media/')).length).toBe(7);
    const text = squash(await docxText(response.bytes));
    expect(text).toContain('Fiche action n° 3 : Prêt et reconditionnement d’ordinateurs');
    expect(text).toContain('« Pronote seulement sur ordinateur »');
    for (const name of RESIDENT_NAMES) expect(text).not.toContain(name);
  });

  it('ODT: valid OpenDocument package, mimetype first and stored, real headings and tables', async () => {
    const response = await get('export.odt');
    expect(response.headers.get('content-type')).toBe('application/vnd.oasis.opendocument.text');
    keep('fixture.odt', response.bytes);
    const bytes = Buffer.from(response.bytes);
    expect(bytes.subarray(30, 38).toString('ascii')).toBe('mimetype');
    expect(bytes.readUInt16LE(8)).toBe(0);
    const files = unzip(response.bytes);
    assertPackageWellFormed(files);
    const content = utf8(files['content.xml']);
    const headings = xmlParagraphs(content, ['text:h']);
    expect(headings).toContain('Fiche action n° 2\u00a0: Ateliers « mots de passe et sécurité »');
    expect(headings).toContain('Toile des capabilités');
    expect(content.match(/<table:table /g)?.length).toBeGreaterThanOrEqual(5);
  });

  it('PDF: A4, text extracted matches the plan, numbered pages', async () => {
    const response = await get('export.pdf');
    expect(response.headers.get('content-type')).toBe('application/pdf');
    keep('fixture.pdf', response.bytes);
    const pdf = await pdfContent(response.bytes);
    expect(pdf.sizes.every(([w, h]) => w === 595 && h === 842)).toBe(true);
    const text = squash(pdf.text);
    expect(text).toContain('Projet de plan d’actions');
    expect(text).toContain('Atelier de concertation du Jas de Bouffan');
    expect(text).toContain('6 habitants');
    expect(text).toContain('Fiche action n° 5 : Accompagnement vers l’emploi en ligne');
    expect(text).toContain('« trop de mots de passe »');
    expect(squash(pdf.pages.at(-1) ?? '')).toContain(`Page ${pdf.pages.length} / ${pdf.pages.length}`);
    for (const name of RESIDENT_NAMES) expect(text).not.toContain(name);
  });

  it('Markdown: readable as is and renders to the same plan', async () => {
    const response = await get('export.md');
    expect(response.headers.get('content-type')).toBe('text/markdown; charset=utf-8');
    keep('fixture.md', response.bytes);
    const html = new MarkdownIt().render(response.text);
    expect(html.match(/<h3>Fiche action n° \d+/g)).toHaveLength(5);
    expect(response.text).toContain('## Fresque chronologique');
  });

  it('CSV: UTF-8 with BOM, one row per action, parsed back', async () => {
    const response = await get('export.csv');
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    keep('fixture.csv', response.bytes);
    expect([...response.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = parseCsv(response.text, ';');
    expect(rows.map((row) => row[0])).toEqual(['N°', '1', '4', '2', '3', '5']);
    expect(rows[1]?.[1]).toBe('Permanences numériques de proximité');
  });

  it('JSON: valid against its schema, and re-imported into the same workshop', async () => {
    const response = await get('export.json');
    keep('fixture.json', response.bytes);
    const json = JSON.parse(response.text);
    const validate = new Ajv2020({ strict: false }).compile(WORKSHOP_JSON_SCHEMA);
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(importWorkshopJson(json, freshDocs(''), origin)).toMatchObject({
      items: 24,
      actions: 5,
      skipped: [],
    });
    // Re-imported through the ops into a brand new workshop on the server: the same JSON comes back.
    const second = await createWorkshop(server.url, { title: 'Copie' });
    const target = await openSynced(server.url, second.id, second.tokens.facilitator);
    importWorkshopJson(json, target.docs, origin);
    await waitFor(
      async () => {
        const again = JSON.parse(
          (await download(server.url, second.id, 'export.json', second.tokens.facilitator)).text,
        );
        expect({ ...again, exportedAt: 0 }).toEqual({ ...json, exportedAt: 0 });
      },
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    target.close();
  });

  it('kit.pdf: pictogram cards with their words and an empty A3 week fresco', async () => {
    const response = await get('export/kit.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain('fresco-kit-');
    keep('kit.pdf', response.bytes);
    const pdf = await pdfContent(response.bytes);
    expect(pdf.sizes[0]).toEqual([595, 842]);
    expect(pdf.sizes.at(-1)).toEqual([1191, 842]);
    const text = squash(pdf.text);
    for (const words of ['Faire les courses', 'Mot de passe oublié', 'Pas d’ordinateur', 'OpenMoji']) {
      expect(text).toContain(words);
    }
    expect(squash(pdf.pages.at(-1) ?? '')).toMatch(/Fresque de la semaine.*Lundi.*Dimanche.*Matin.*Soir/);
  });
});

describe('language and empty workshops', () => {
  it('writes English documents when the workshop is in English', async () => {
    setLanguage(synced.docs.control, 'en', origin);
    await waitFor(async () => expect((await get('export.md')).text).toContain('# Draft action plan'), {
      timeoutMs: 10_000,
    });
    const pdf = await pdfContent((await get('export.pdf')).bytes);
    expect(squash(pdf.text)).toContain('Action sheet no. 1: Permanences numériques de proximité');
    expect(squash(pdf.pages[0] ?? '')).toContain(`Page 1 of ${pdf.pages.length}`);
    expect(parseCsv((await get('export.csv')).text, ',')[0]?.[1]).toBe('Title');
    setLanguage(synced.docs.control, 'fr', origin);
  });

  it('exports an empty workshop as valid files that say there is nothing yet', async () => {
    const empty = await createWorkshop(server.url, { title: 'Atelier vide' });
    const fetchEmpty = (file: string) => download(server.url, empty.id, file, empty.tokens.stakeholder);
    const nothing = 'Rien pour l’instant\u00a0: aucune fiche action n’a encore été rédigée.';
    const docx = await fetchEmpty('export.docx');
    keep('empty.docx', docx.bytes);
    assertPackageWellFormed(unzip(docx.bytes));
    expect(squash(await docxText(docx.bytes))).toContain(squash(nothing));
    const odt = await fetchEmpty('export.odt');
    keep('empty.odt', odt.bytes);
    const odtFiles = unzip(odt.bytes);
    assertPackageWellFormed(odtFiles);
    expect(squash(xmlParagraphs(utf8(odtFiles['content.xml']), ['text:p']).join(' '))).toContain(
      squash(nothing),
    );
    const pdf = await fetchEmpty('export.pdf');
    keep('empty.pdf', pdf.bytes);
    expect(squash((await pdfContent(pdf.bytes)).text)).toContain(squash(nothing));
    expect((await fetchEmpty('export.md')).text).toContain(nothing);
    expect(parseCsv((await fetchEmpty('export.csv')).text, ';')).toHaveLength(1);
    const json = JSON.parse((await fetchEmpty('export.json')).text);
    expect(new Ajv2020({ strict: false }).compile(WORKSHOP_JSON_SCHEMA)(json)).toBe(true);
    expect(json.actions).toEqual([]);
  });
});
