/**
 * A workshop full of hostile words (formulas, scripts, XML breakers, Markdown tricks, control characters,
 * very long text, emoji, Arabic), written through the sync client, downloaded in every format: each file
 * opens, and the words stay inert text.
 */
import MarkdownIt from 'markdown-it';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { batched, download, keep, openSynced, type SyncedWorkshop } from '../fixtures/export/download';
import { DANGEROUS_RAW, HOSTILE, writeHostileFixture } from '../fixtures/export/hostile';
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
import { createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let workshop: CreateWorkshopResponse;
let synced: SyncedWorkshop;

const get = (file: string) => download(server.url, workshop.id, file, workshop.tokens.facilitator);

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url, { title: 'Atelier' });
  synced = await openSynced(server.url, workshop.id, workshop.tokens.facilitator);
  const origin = new UserOrigin('facilitator');
  batched(synced.docs, origin, () => writeHostileFixture(synced.docs, origin));
  await waitFor(
    async () => {
      const json = JSON.parse((await get('export.json')).text);
      expect([json.items.length, json.actions.length]).toEqual([12, 2]);
    },
    { timeoutMs: 15_000, intervalMs: 100 },
  );
});

afterAll(async () => {
  synced?.close();
  await server?.dispose();
});

describe('hostile words stay inert in every export', () => {
  it('DOCX and ODT: well-formed XML, the words as plain text, no injected element', async () => {
    const docx = await get('export.docx');
    keep('hostile.docx', docx.bytes);
    const docxFiles = unzip(docx.bytes);
    assertPackageWellFormed(docxFiles);
    const document = utf8(docxFiles['word/document.xml']);
    for (const raw of DANGEROUS_RAW) expect(document.includes(raw), raw).toBe(false);
    const docxWords = squash(await docxText(docx.bytes));
    for (const words of [
      HOSTILE.xmlBreak,
      HOSTILE.odfBreak,
      HOSTILE.script,
      HOSTILE.arabic,
      HOSTILE.formula,
    ]) {
      expect(docxWords).toContain(squash(words));
    }

    const odt = await get('export.odt');
    keep('hostile.odt', odt.bytes);
    const odtFiles = unzip(odt.bytes);
    assertPackageWellFormed(odtFiles);
    const content = utf8(odtFiles['content.xml']);
    for (const raw of DANGEROUS_RAW) expect(content.includes(raw), raw).toBe(false);
    const odtWords = squash(xmlParagraphs(content, ['text:p', 'text:h']).join('\n'));
    for (const words of [HOSTILE.xmlBreak, HOSTILE.cdata, HOSTILE.entity, HOSTILE.emoji])
      expect(odtWords).toContain(squash(words));
    expect(odtWords).toContain('x'.repeat(3000));
  });

  it('PDF: prints the very long text and the scripts as words', async () => {
    const pdf = await get('export.pdf');
    keep('hostile.pdf', pdf.bytes);
    const text = squash((await pdfContent(pdf.bytes)).text);
    expect(text).toContain(HOSTILE.script);
    expect(text).toContain(HOSTILE.hyperlink);
    // 400 repeats, across several pages (a page footer can fall inside one of them).
    expect(text.split('Très long texte sans fin.').length - 1).toBeGreaterThanOrEqual(395);
    expect(text.replace(/\s/g, '')).toContain('x'.repeat(100));
  });

  it('Markdown: rendered, no HTML element, link or heading comes from the words', async () => {
    const md = await get('export.md');
    keep('hostile.md', md.bytes);
    const html = new MarkdownIt({ html: true }).render(md.text);
    expect(html).not.toMatch(/<(script|img|svg|iframe)\b/i);
    expect(html).not.toMatch(/<a /);
    expect(html).not.toContain('<h1>titre</h1>');
    expect(html).not.toContain('<pre>');
  });

  it('CSV: no cell starts a formula; the words are kept after the apostrophe', async () => {
    const csv = await get('export.csv');
    keep('hostile.csv', csv.bytes);
    const cells = parseCsv(csv.text, ';').flat();
    for (const cell of cells) expect(cell, cell).not.toMatch(/^[=+\-@\t\r]/);
    expect(cells).toContain(`'${HOSTILE.formula}`);
    expect(cells).toContain(`'${HOSTILE.hyperlink}`);
  });

  it('JSON: the words round-trip exactly, with < > & escaped', async () => {
    const json = await get('export.json');
    keep('hostile.json', json.bytes);
    expect(json.text).not.toMatch(/[<>]/);
    const parsed = JSON.parse(json.text);
    expect(parsed.workshop.place).toBe(HOSTILE.img);
    expect(parsed.actions.find((a: { id: string }) => a.id === 'hx').objectives).toBe(HOSTILE.long);
  });

  it('names the download without the hostile title', async () => {
    const response = await get('export.pdf');
    expect(response.headers.get('content-disposition')).toBe(
      'attachment; filename="fresco-plan-cmd-c-calc-a0-script-alert-xss-script.pdf"',
    );
  });
});
