/**
 * The residents' voice in the ODT and the PDF, read back from the files: a fiche that answers their
 * difficulties shows "Ce que disent les habitants", each difficulty with how often it was raised and
 * their quoted words, and the proposal with its votes. The expected lines are written out literally
 * (French spacing included), never computed by the labels that print them; and each one is shown to fail
 * on a model with a wrong count, word, vote or heading, so a writer that drops or garbles them is caught.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildOdt } from '../../../server/export/odt/buildOdt';
import { buildPdf } from '../../../server/export/pdf/buildPdf';
import { type ExportPictures, renderPictures } from '../../../server/export/pictures';
import type { ActionSheet, ExportModel } from '../../../shared/export/model/types';
import { addDifficulty, placeActivity } from '../../../shared/ops/board/items';
import { addParticipant } from '../../../shared/ops/board/participants';
import { addProposal } from '../../../shared/ops/board/proposals';
import { castVote } from '../../../shared/ops/board/votes';
import { freshDocs } from '../../fixtures/export/docs';
import { pdfContent, squash, unzip, utf8, xmlParagraphs } from '../../fixtures/export/inspect';
import { setLanguage } from '../../fixtures/export/language';
import { FIXTURE_ACTIONS, writeAction } from '../../fixtures/export/workshop';
import { modelOf, origin } from './setup';

const NB = '\u00a0';

/** Three residents raise "forgot my password" three times and "fear of mistakes" once; one proposal. */
function voiceModel(language: 'fr' | 'en'): ExportModel {
  const docs = freshDocs('Atelier de la Pioline');
  let clock = 1_800_000_000_000;
  const now = () => (clock += 1000);
  for (const id of ['p1', 'p2', 'p3']) {
    addParticipant(docs.board, { id, name: id, avatar: 'cat', color: '#1f4fa8' }, origin);
  }
  const activity = (id: string, author: string, pictogram: string) =>
    placeActivity(docs.board, { id, author, pictogram, day: 'wed', period: 'morning', now: now() }, origin);
  activity('a-caf', 'p1', 'caf');
  activity('a-doc', 'p2', 'doctor');
  activity('a-papers', 'p3', 'paperwork');
  const difficulty = (id: string, author: string, activityId: string, pictogram: string, label: string) =>
    addDifficulty(docs.board, { id, author, activityId, pictogram, label, now: now() }, origin);
  difficulty('d-pwd1', 'p1', 'a-caf', 'forgot-password', 'je ne retrouve jamais mon code');
  difficulty('d-pwd2', 'p2', 'a-doc', 'forgot-password', 'trop de mots de passe');
  difficulty('d-pwd3', 'p3', 'a-papers', 'forgot-password', '');
  difficulty('d-fear', 'p3', 'a-caf', 'fear-of-mistakes', 'peur de cliquer au mauvais endroit');
  addProposal(
    docs.board,
    {
      id: 'pr-atelier',
      author: 'p1',
      difficultyIds: ['d-pwd1', 'd-fear'],
      pictogram: 'idea',
      label: 'Un atelier mots de passe au centre social',
      now: now(),
    },
    origin,
  );
  for (const participantId of ['p1', 'p2', 'p3'])
    castVote(docs.board, { participantId, proposalId: 'pr-atelier', max: 3 }, origin);
  const base = FIXTURE_ACTIONS[0];
  if (!base) throw new Error('fixture action missing');
  writeAction(
    docs,
    origin,
    { ...base, id: 'act-voice', title: 'Ateliers du mercredi', links: ['pr-atelier', 'd-pwd2'] },
    1_800_100_000_000,
  );
  if (language === 'en') setLanguage(docs.control, 'en', origin);
  return modelOf(docs);
}

/** What the fiche must say, line by line, as a reader sees it (`squash`ed: NBSP reads as a space). */
const EXPECTED = {
  fr: {
    heading: 'Ce que disent les habitants',
    count: 'Mot de passe oublié : citée 3 fois ; pendant :',
    otherCount: 'Peur de me tromper : citée 1 fois ; pendant : Aides de la CAF',
    words: ['« je ne retrouve jamais mon code »', '« trop de mots de passe »'],
    otherWords: 'Leurs mots : « peur de cliquer au mauvais endroit »',
    votes: 'Un atelier mots de passe au centre social : 3 votes (3 votants)',
  },
  en: {
    heading: 'What residents say',
    count: 'Forgot my password: raised 3 times; during:',
    otherCount: 'Afraid of making a mistake: raised once; during: Family benefits (CAF)',
    words: ['“je ne retrouve jamais mon code”', '“trop de mots de passe”'],
    otherWords: 'Their words: “peur de cliquer au mauvais endroit”',
    votes: 'Un atelier mots de passe au centre social: 3 votes (3 voters)',
  },
};

type Expected = (typeof EXPECTED)['fr'];

/** The expected lines the text lacks (none when the fiche says it all). */
function missing(text: string, expected: Expected): string[] {
  const lines = [
    expected.heading,
    expected.count,
    expected.otherCount,
    ...expected.words,
    expected.otherWords,
    expected.votes,
  ];
  return lines.filter((line) => !text.includes(line));
}

/** The ODT's paragraphs and headings from the fiche's heading to the next section after the residents'. */
async function odtFiche(model: ExportModel, pictures: ExportPictures) {
  const content = utf8(unzip(buildOdt(model, pictures))['content.xml']);
  const lines = xmlParagraphs(content, ['text:p', 'text:h']);
  const start = lines.findIndex((line) => /^(Fiche action n° 1|Action sheet no\. 1)/.test(line));
  const end = lines.findIndex((line, i) => i > start && /^(Objectifs|Objectives)$/.test(line));
  expect(start, 'the fiche heading').toBeGreaterThanOrEqual(0);
  return { raw: lines.slice(start, end).join('\n'), text: squash(lines.slice(start, end).join('\n')) };
}

async function pdfFiche(model: ExportModel, pictures: ExportPictures) {
  const { pages } = await pdfContent(await buildPdf(model, pictures));
  const text = squash(pages.join('\n'));
  const start = text.search(/Fiche action n° 1|Action sheet no\. 1/);
  expect(start, 'the fiche heading').toBeGreaterThanOrEqual(0);
  const fiche = text.slice(start);
  return { text: fiche.slice(0, fiche.search(/ (Objectifs|Objectives) /)) };
}

/** A copy of the model whose only fiche is changed by `change` (the labels stay shared, not mutated). */
function withSheet(model: ExportModel, change: (sheet: ActionSheet) => ActionSheet): ExportModel {
  return { ...model, actions: model.actions.map(change) };
}

const WRONG: Record<string, (model: ExportModel) => ExportModel> = {
  'a difficulty counted 2 times instead of 3': (model) =>
    withSheet(model, (sheet) => ({
      ...sheet,
      difficulties: sheet.difficulties.map((d, i) => (i === 0 ? { ...d, count: 2 } : d)),
    })),
  'a quoted word changed': (model) =>
    withSheet(model, (sheet) => ({
      ...sheet,
      difficulties: sheet.difficulties.map((d, i) =>
        i === 0 ? { ...d, words: d.words.map((w) => w.replace('jamais', 'toujours')) } : d,
      ),
    })),
  'the other difficulty’s words dropped': (model) =>
    withSheet(model, (sheet) => ({
      ...sheet,
      difficulties: sheet.difficulties.map((d, i) => (i === 1 ? { ...d, words: [] } : d)),
    })),
  'one vote fewer': (model) =>
    withSheet(model, (sheet) => ({
      ...sheet,
      proposals: sheet.proposals.map((p) => ({ ...p, votes: p.votes - 1 })),
    })),
  'the residents’ heading renamed': (model) => ({
    ...model,
    labels: { ...model.labels, fields: { ...model.labels.fields, residentsSay: 'Remarques' } },
  }),
};

describe('the residents’ voice in a fiche, read back from the ODT and the PDF', () => {
  let fr: ExportModel;
  let en: ExportModel;
  let pictures: { odt: ExportPictures; pdf: ExportPictures };

  beforeAll(async () => {
    fr = voiceModel('fr');
    en = voiceModel('en');
    // The pictures do not show the residents' words: made once, shared by every model below.
    pictures = {
      odt: await renderPictures(fr, { radars: false }),
      pdf: await renderPictures(fr, { opaque: true, radars: false }),
    };
  }, 60_000);

  it('ODT: the heading, each difficulty with its count and quoted words, the proposal’s votes', async () => {
    const { raw, text } = await odtFiche(fr, pictures.odt);
    expect(missing(text, EXPECTED.fr)).toEqual([]);
    // French spacing, as the word processor will lay it out: no line may start with the colon.
    expect(raw).toContain(`Mot de passe oublié${NB}: citée 3 fois${NB}; pendant${NB}:`);
    expect(raw).toContain(`«${NB}je ne retrouve jamais mon code${NB}»`);
    expect(raw).toContain(`Un atelier mots de passe au centre social${NB}: 3 votes (3 votants)`);
  });

  it('PDF: the heading, each difficulty with its count and quoted words, the proposal’s votes', async () => {
    expect(missing((await pdfFiche(fr, pictures.pdf)).text, EXPECTED.fr)).toEqual([]);
  }, 60_000);

  it('both say it in English when the workshop is in English', async () => {
    expect(missing((await odtFiche(en, pictures.odt)).text, EXPECTED.en)).toEqual([]);
    expect(missing((await pdfFiche(en, pictures.pdf)).text, EXPECTED.en)).toEqual([]);
  }, 60_000);

  it('each expectation fails when the model says a wrong count, word, vote or heading', async () => {
    const caught: Record<string, string[]> = {};
    for (const [name, wrong] of Object.entries(WRONG)) {
      const model = wrong(fr);
      const odt = missing((await odtFiche(model, pictures.odt)).text, EXPECTED.fr);
      const pdf = missing((await pdfFiche(model, pictures.pdf)).text, EXPECTED.fr);
      expect(odt, `ODT, ${name}`).toEqual(pdf);
      caught[name] = odt;
    }
    expect(caught).toEqual({
      'a difficulty counted 2 times instead of 3': [EXPECTED.fr.count],
      'a quoted word changed': [EXPECTED.fr.words[0]],
      'the other difficulty’s words dropped': [EXPECTED.fr.otherWords],
      'one vote fewer': [EXPECTED.fr.votes],
      'the residents’ heading renamed': [EXPECTED.fr.heading],
    });
  }, 120_000);
});
