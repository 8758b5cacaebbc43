/**
 * The residents' voice reaches the Markdown, HTML and DOCX documents: a fiche action shows what residents
 * said about it, with how often each difficulty was raised, their own words in quotes and the votes on
 * their proposal. Each file is read back as its reader would (markdown-it, an HTML parser, mammoth), and
 * the lines are written out literally, French spacing included, not recomputed from the labels.
 */
import MarkdownIt from 'markdown-it';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../../server/export/docx/buildDocx';
import { type ExportPictures, renderPictures } from '../../../server/export/pictures';
import { buildHtml } from '../../../shared/export/html';
import { buildMarkdown } from '../../../shared/export/markdown';
import type { ActionSheet, ExportModel } from '../../../shared/export/model/types';
import { addDifficulty, placeActivity } from '../../../shared/ops/board/items';
import { addParticipant } from '../../../shared/ops/board/participants';
import { addProposal } from '../../../shared/ops/board/proposals';
import { castVote } from '../../../shared/ops/board/votes';
import { createAction } from '../../../shared/ops/plan/actions';
import { freshDocs, type WorkshopDocs } from '../../fixtures/export/docs';
import { docxText, htmlLines } from '../../fixtures/export/inspect';
import { setLanguage } from '../../fixtures/export/language';
import { modelOf, origin } from './setup';

const NB = '\u00a0';

/**
 * Three residents raise "forgotten password" under three activities (two say it in words), one raises
 * "form too long"; their proposal answers one of each and gets four tokens from three voters; the
 * action links the proposal and the third password difficulty directly.
 */
function voiceWorkshop(language: 'fr' | 'en'): WorkshopDocs {
  const docs = freshDocs('Atelier de la Mareschale', language);
  if (language === 'en') setLanguage(docs.control, 'en', origin);
  let now = 1_800_000_000_000;
  for (const id of ['p1', 'p2', 'p3'])
    addParticipant(docs.board, { id, name: `Habitant ${id}`, avatar: 'cat', color: '#1f4fa8' }, origin);
  const activity = (id: string, author: string, pictogram: string) =>
    placeActivity(docs.board, { id, author, pictogram, day: 'tue', period: 'afternoon', now: now++ }, origin);
  activity('a-doc', 'p1', 'doctor');
  activity('a-papers', 'p2', 'paperwork');
  activity('a-caf', 'p3', 'caf');
  const difficulty = (id: string, author: string, activityId: string, pictogram: string, label: string) =>
    addDifficulty(docs.board, { id, author, activityId, pictogram, label, now: now++ }, origin);
  difficulty('d-pwd1', 'p1', 'a-doc', 'forgot-password', 'mot de passe Ameli oublié');
  difficulty('d-pwd2', 'p2', 'a-papers', 'forgot-password', 'trop de mots de passe');
  difficulty('d-pwd3', 'p3', 'a-caf', 'forgot-password', '');
  difficulty('d-form', 'p3', 'a-caf', 'form-too-long', 'le dossier CAF est trop long');
  addProposal(
    docs.board,
    {
      id: 'pr-perm',
      author: 'p1',
      difficultyIds: ['d-pwd1', 'd-form'],
      pictogram: 'idea',
      label: 'Une permanence numérique le mercredi',
      now: now++,
    },
    origin,
  );
  for (const participantId of ['p1', 'p2', 'p3', 'p1'])
    castVote(docs.board, { proposalId: 'pr-perm', participantId, max: 3 }, origin);
  createAction(
    docs.plan,
    {
      id: 'act-perm',
      title: 'Permanences numériques',
      nature: 'new',
      start: '2027-01',
      end: '2027-12',
      links: ['pr-perm', 'd-pwd2'],
      now: now++,
    },
    origin,
  );
  return docs;
}

const SAID = {
  fr: [
    'Ce que disent les habitants',
    'Difficultés exprimées',
    `Mot de passe oublié${NB}: citée 3 fois${NB}; pendant${NB}: Aller chez le médecin, Papiers, démarches, Aides de la CAF`,
    `Leurs mots${NB}: «${NB}mot de passe Ameli oublié${NB}», «${NB}trop de mots de passe${NB}»`,
    `Formulaire trop long${NB}: citée 1 fois${NB}; pendant${NB}: Aides de la CAF`,
    `Leurs mots${NB}: «${NB}le dossier CAF est trop long${NB}»`,
    'Propositions des habitants',
    `Une permanence numérique le mercredi${NB}: 4 votes (3 votants)`,
  ],
  en: [
    'What residents say',
    'Difficulties raised',
    'Forgot my password: raised 3 times; during: Go to the doctor, Paperwork, Family benefits (CAF)',
    'Their words: “mot de passe Ameli oublié”, “trop de mots de passe”',
    'Form too long: raised once; during: Family benefits (CAF)',
    'Their words: “le dossier CAF est trop long”',
    'Residents’ proposals',
    'Une permanence numérique le mercredi: 4 votes (3 voters)',
  ],
};
/** The fiche's section that follows the residents' words. */
const NEXT_SECTION = { fr: 'Objectifs', en: 'Objectives' };

type Format = 'Markdown' | 'HTML' | 'DOCX';
const FORMATS: Format[] = ['Markdown', 'HTML', 'DOCX'];

/** The lines of the document as its reader shows them. */
async function readBack(format: Format, model: ExportModel, pictures: ExportPictures): Promise<string[]> {
  if (format === 'Markdown') return htmlLines(new MarkdownIt().render(buildMarkdown(model)));
  if (format === 'HTML') return htmlLines(buildHtml(model));
  const text = await docxText(await buildDocx(model, pictures));
  return text
    .split('\n')
    .map((line) => line.replace(/[ \t\r]+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** From the residents' heading up to the next section of the fiche. */
function residentsSay(lines: string[], language: 'fr' | 'en'): string[] {
  const start = lines.indexOf(SAID[language][0] as string);
  const end = lines.indexOf(NEXT_SECTION[language], start);
  return start < 0 || end < 0 ? lines : lines.slice(start, end);
}

describe.each(['fr', 'en'] as const)('the residents’ voice in a fiche (%s)', (language) => {
  let model: ExportModel;
  let pictures: ExportPictures;
  beforeAll(async () => {
    model = modelOf(voiceWorkshop(language));
    pictures = await renderPictures(model);
  });

  it.each(FORMATS)('%s shows each difficulty with its count and words, and the votes', async (format) => {
    expect(residentsSay(await readBack(format, model, pictures), language)).toEqual(SAID[language]);
  });

  // The assertion above is only worth something if it fails when the document says something else.
  it.each(FORMATS)('%s reads differently once a count, a word or a vote is wrong', async (format) => {
    const [votes, voters] = language === 'fr' ? ['votes', 'votants'] : ['votes', 'voters'];
    const wrongs: Wrong[] = [
      {
        change: (sheet) => {
          item(sheet.difficulties, 0).count = 2;
        },
        shows: language === 'fr' ? 'citée 2 fois' : 'raised 2 times',
      },
      {
        change: (sheet) => {
          item(sheet.difficulties, 0).words[0] = 'mot de passe CAF oublié';
        },
        shows: 'mot de passe CAF oublié',
      },
      {
        change: (sheet) => {
          item(sheet.difficulties, 1).words.pop();
        },
        hides: 'le dossier CAF est trop long',
      },
      {
        change: (sheet) => {
          item(sheet.proposals, 0).votes = 3;
        },
        shows: `3 ${votes} (3 ${voters})`,
      },
      {
        change: (sheet) => {
          item(sheet.proposals, 0).voters = 4;
        },
        shows: `4 ${votes} (4 ${voters})`,
      },
    ];
    for (const { change, shows, hides } of wrongs) {
      const read = residentsSay(await readBack(format, withFirstSheet(model, change), pictures), language);
      expect(read).not.toEqual(SAID[language]);
      if (shows) expect(read.join('\n')).toContain(shows);
      if (hides) expect(read.join('\n')).not.toContain(hides);
    }
  });
});

interface Wrong {
  change: (sheet: ActionSheet) => void;
  /** Words the document shows once changed, or words it no longer shows. */
  shows?: string;
  hides?: string;
}

function item<T>(list: T[], index: number): T {
  const found = list[index];
  if (found === undefined) throw new Error(`no item ${index}`);
  return found;
}

/** A copy of the model whose first fiche is changed (labels are functions: shared, not cloned). */
function withFirstSheet(model: ExportModel, change: (sheet: ActionSheet) => void): ExportModel {
  const { labels, ...data } = model;
  const copy: ExportModel = { ...structuredClone(data), labels };
  change(item(copy.actions, 0));
  return copy;
}
