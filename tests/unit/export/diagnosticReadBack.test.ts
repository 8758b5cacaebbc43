/**
 * The schéma's diagnostic read back from every document format as its reader would (markdown-it and an
 * HTML parser, mammoth for DOCX, the ODT's XML, pdf.js): each figure of the hand-written survey
 * section, in order, written out literally; each one is shown to go missing when the section says
 * another figure; and the DOCX, ODT and PDF carry the eight charts as pictures.
 */
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../server/export/docx/buildDocx';
import { buildOdt } from '../../../server/export/odt/buildOdt';
import { buildPdf } from '../../../server/export/pdf/buildPdf';
import { type ExportPictures, renderPictures } from '../../../server/export/pictures';
import { renderSchema } from '../../../server/export/renderSchema';
import type { SurveySection } from '../../../shared/concertation/surveySection';
import { buildHtml } from '../../../shared/export/html';
import { buildMarkdown } from '../../../shared/export/markdown';
import { chartsOf } from '../../../shared/export/model/outlineDiagnostic';
import { schemaOutline } from '../../../shared/export/model/schemaOutline';
import { missingInOrder, diagnosticSection as section } from '../../fixtures/export/diagnosticText';
import { docxText, htmlLines, pdfContent, unzip, utf8, xmlParagraphs } from '../../fixtures/export/inspect';
import { SURVEY, type SurveySchema, surveySchema } from '../../fixtures/export/surveySchema';
import { TestBoard } from '../../helpers/testBoard';

/** Each line as a reader sees it, in document order (no-break spaces read as spaces, cells side by side). */
const EXPECTED = [
  'Diagnostic : enquêtes de rue',
  'En tout : 12 personnes interrogées',
  'Marché du Jas 7',
  'École Paul Arène 5',
  'Total 12',
  'Un smartphone 75 %',
  'Un ordinateur 33 %',
  'Une tablette 20 %',
  'Internet à la maison 67 %',
  'Internet sur le téléphone (forfait) 50 %',
  'Envoyer des messages 9',
  'Papiers, démarches 5',
  'Emmener les enfants à l’école 3',
  'Mot de passe oublié citée 6 fois dans la rue, 2 fois en atelier',
  'Formulaire trop long citée 4 fois dans la rue, jamais en atelier',
  'Pas d’internet à la maison citée 1 fois dans la rue, jamais en atelier',
  'La famille 7',
  'Les voisins 3',
  'Des professionnels 4',
  'Personne 2',
  'Viendraient-ils à un atelier ?',
  'Oui 8',
  'Non 3',
  'Fragilité numérique',
  '0 – aucune 2',
  '1 – légère 3',
  '2 – marquée 4',
  '3 – forte 1',
  'Fragilité sociale',
  '0 – aucune 5',
  '1 – légère 4',
  '2 – marquée 2',
  '3 – forte 1',
  'Moins de 25 ans 1',
  '25 à 39 ans 4',
  '40 à 59 ans 3',
  '60 à 74 ans 2',
  '75 ans et plus 1',
  'Jas de Bouffan 6',
  'Encagnane 4',
];

const missing = (text: string) => missingInOrder(text, EXPECTED);

interface Pictures {
  docx: ExportPictures;
  odt: ExportPictures;
  pdf: ExportPictures;
}

type Format = 'Markdown' | 'HTML' | 'DOCX' | 'ODT' | 'PDF';
const FORMATS: Format[] = ['Markdown', 'HTML', 'DOCX', 'ODT', 'PDF'];

async function read(format: Format, { model, outline }: SurveySchema, pictures: Pictures): Promise<string> {
  switch (format) {
    case 'Markdown':
      return htmlLines(new MarkdownIt().render(buildMarkdown(model, outline))).join('\n');
    case 'HTML':
      return htmlLines(buildHtml(model, {}, outline)).join('\n');
    case 'DOCX':
      return docxText(await buildDocx(model, pictures.docx, outline));
    case 'ODT': {
      const content = utf8(unzip(buildOdt(model, pictures.odt, outline))['content.xml']);
      return xmlParagraphs(content, ['text:p', 'text:h']).join('\n');
    }
    case 'PDF':
      return (await pdfContent(await buildPdf(model, pictures.pdf, outline))).text;
  }
}

function withSurvey(change: (survey: SurveySection) => SurveySection): SurveySchema {
  return surveySchema(change(structuredClone(SURVEY)));
}

const WRONG: Record<string, [SurveySchema, string[]]> = {};

describe('the diagnostic read back from each format', () => {
  let schema: SurveySchema;
  let pictures: Pictures;

  beforeAll(async () => {
    schema = surveySchema();
    const charts = chartsOf(schema.outline);
    pictures = {
      docx: await renderPictures(schema.model, { charts }),
      odt: await renderPictures(schema.model, { radars: false, charts }),
      pdf: await renderPictures(schema.model, { opaque: true, radars: false, charts }),
    };
    Object.assign(WRONG, {
      'one more interview at the market': [
        withSurvey((s) => ({ ...s, byPlace: { ...s.byPlace, 'Marché du Jas': 8 } })),
        ['Marché du Jas 7'],
      ],
      'half have a smartphone': [
        withSurvey((s) => ({ ...s, equipment: { ...s.equipment, smartphone: 0.5 } })),
        ['Un smartphone 75 %'],
      ],
      'the workshops raised it 3 times': [
        withSurvey((s) => ({
          ...s,
          difficulties: s.difficulties.map((d, i) => (i === 0 ? { ...d, inWorkshops: 3 } : d)),
        })),
        ['Mot de passe oublié citée 6 fois dans la rue, 2 fois en atelier'],
      ],
      'one more marked social fragility': [
        withSurvey((s) => ({ ...s, socialFragility: [5, 4, 3, 1] })),
        ['2 – marquée 2'],
      ],
      'one fewer helped by nobody': [
        withSurvey((s) => ({ ...s, help: { ...s.help, nobody: 1 } })),
        ['Personne 2'],
      ],
      'two over 75': [
        withSurvey((s) => ({ ...s, ageBands: { ...s.ageBands, '75plus': 2 } })),
        ['75 ans et plus 1'],
      ],
    });
  }, 60_000);

  for (const format of FORMATS) {
    it(`${format}: every figure, in order`, async () => {
      expect(missing(section(await read(format, schema, pictures)))).toEqual([]);
    }, 60_000);
  }

  it('each figure goes missing from every format when the section says another', async () => {
    const caught: Record<string, Record<Format, string[]>> = {};
    for (const [name, [wrong, lines]] of Object.entries(WRONG)) {
      const byFormat = {} as Record<Format, string[]>;
      for (const format of FORMATS) byFormat[format] = missing(section(await read(format, wrong, pictures)));
      caught[name] = byFormat;
      expect(byFormat, name).toEqual(Object.fromEntries(FORMATS.map((format) => [format, lines])));
    }
    expect(Object.keys(caught)).toHaveLength(6);
  }, 180_000);

  it('the DOCX, ODT and PDF carry the eight charts as pictures', async () => {
    const none = surveySchema(null);
    const plain = {
      docx: await renderPictures(none.model),
      odt: await renderPictures(none.model, { radars: false }),
      pdf: await renderPictures(none.model, { opaque: true, radars: false }),
    };
    const media = (files: Record<string, Uint8Array>, folder: string) =>
      Object.keys(files).filter((name) => name.startsWith(folder)).length;
    const docx = unzip(await buildDocx(schema.model, pictures.docx, schema.outline));
    const docxWithout = unzip(await buildDocx(none.model, plain.docx, none.outline));
    expect(media(docx, 'word/media/') - media(docxWithout, 'word/media/')).toBe(8);
    expect(utf8(docx['word/document.xml'])).toContain('descr="Image\u00a0: Les difficultés rencontrées"');
    const odt = unzip(buildOdt(schema.model, pictures.odt, schema.outline));
    const odtWithout = unzip(buildOdt(none.model, plain.odt, none.outline));
    expect(media(odt, 'Pictures/') - media(odtWithout, 'Pictures/')).toBe(8);
    expect(utf8(odt['content.xml'])).toContain('<svg:title>Image\u00a0: Leur équipement</svg:title>');
    const images = (pdf: Buffer) => (pdf.toString('latin1').match(/\/Subtype \/Image/g) ?? []).length;
    const pdf = await buildPdf(schema.model, pictures.pdf, schema.outline);
    const pdfWithout = await buildPdf(none.model, plain.pdf, none.outline);
    expect(images(pdf) - images(pdfWithout)).toBe(8);
    // Each chart is a picture of its own, not one picture drawn eight times.
    expect(new Set([...pictures.pdf.charts.values()].map((png) => png.data.toString('base64'))).size).toBe(8);
  }, 120_000);

  it('the JSON carries the field return’s survey section as it is', async () => {
    const stakeholders = new TestBoard().action({ id: 'a1', title: 'Permanences' });
    const file = await renderSchema('json', {
      concertation: { id: 'c1', title: 'Schéma', city: 'Aix-en-Provence' },
      stakeholders: {
        workshop: stakeholders.workshop(),
        board: stakeholders.readBoard(),
        plan: stakeholders.readPlan(),
      },
      linked: [],
      field: schema.field,
    });
    const json = JSON.parse(file.body.toString('utf8')) as { fieldReturn: { survey: unknown } };
    expect(json.fieldReturn.survey).toEqual(SURVEY);
    expect(schemaOutline(schema.model, schema.field).parts.map((p) => p.kind)).toContain('diagnostic');
  });
});
