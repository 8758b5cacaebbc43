/**
 * The outline every document writer draws: order, heading levels, page breaks and the residents' words
 * of a fiche, written out literally (French typography included) rather than recomputed.
 */
import { describe, expect, it } from 'vitest';
import type { Block, Outline } from '../../../shared/export/model/blocks';
import { exportOutline } from '../../../shared/export/model/outline';
import { emptyModel, fixtureModel } from './setup';

const NB = '\u00a0';

/** A block as a short tag: `h2`, `table`, `picture:radar`, `break`… */
function shape(block: Block): string {
  if (block.kind === 'heading') return `h${block.level}`;
  if (block.kind === 'picture') return `picture:${block.source.kind}`;
  if (block.kind === 'pageBreak') return 'break';
  return block.kind;
}

/** Every text of the outline; `ownWords` leaves out typed long texts and table cells. */
function texts(outline: Outline, ownWords = false): string[] {
  const out: string[] = [];
  const walk = (blocks: Block[]) => {
    for (const block of blocks) {
      if (block.kind === 'title') out.push(block.text, block.subtitle);
      if (block.kind === 'heading') out.push(block.text);
      if (block.kind === 'paragraph' && !(ownWords && block.style === 'body'))
        out.push(`${block.lead ?? ''}${block.text}`);
      if (block.kind === 'list')
        for (const item of block.items) out.push(item.lead + item.text, item.sub ?? '');
      if (block.kind === 'table' && !ownWords) out.push(...block.table.header, ...block.table.rows.flat());
      if (block.kind === 'picture') {
        out.push(block.alt);
        walk(block.fallback);
      }
    }
  };
  for (const part of outline.parts) walk(part.blocks);
  return out;
}

describe('export outline', () => {
  const outline = exportOutline(fixtureModel());

  it('has the cover, the synthesis, the frescos, then one fiche per action in timeline order', () => {
    expect(outline.parts.map((part) => part.anchor ?? part.kind)).toEqual([
      'cover',
      'synthesis',
      'frescos',
      'sheets',
      'action-act-perm',
      'action-act-counter',
      'action-act-pwd',
      'action-act-pc',
      'action-act-job',
      'closing',
    ]);
    expect(outline.title).toBe(`Projet de plan d’actions${NB}: Atelier de concertation du Jas de Bouffan`);
    const [cover, synthesis, frescos, sheets] = outline.parts;
    expect(cover?.blocks.map(shape)).toEqual(['title', 'table', 'paragraph', 'paragraph']);
    expect(synthesis?.blocks.map(shape)).toEqual(['break', 'h1', 'h2', 'paragraph', 'table', 'h2', 'table']);
    expect(frescos?.blocks.map(shape)).toEqual([
      'break',
      'h1',
      'paragraph',
      'picture:week',
      'h1',
      'paragraph',
      'picture:timeline',
      'table',
    ]);
    expect(sheets?.blocks.map(shape)).toEqual(['break', 'h1']);
  });

  it('starts every fiche but the first on a new page, residents’ words right after the context', () => {
    const [first, second] = outline.parts.filter((part) => part.kind === 'sheet');
    expect(first?.blocks.map(shape).slice(0, 9)).toEqual([
      'h2',
      'table',
      'h3',
      'paragraph',
      'h3',
      'paragraph',
      'list',
      'paragraph',
      'list',
    ]);
    expect(second?.blocks[0]).toEqual({ kind: 'pageBreak' });
    expect(first?.blocks.slice(0, 1)).toEqual([
      { kind: 'heading', level: 2, text: `Fiche action n° 1${NB}: Permanences numériques de proximité` },
    ]);
    expect(first?.blocks.slice(2, 9)).toEqual([
      { kind: 'heading', level: 3, text: 'Contexte' },
      {
        kind: 'paragraph',
        style: 'body',
        text: 'Les démarches de la CAF et d’Ameli se font surtout en ligne.',
      },
      { kind: 'heading', level: 3, text: 'Ce que disent les habitants' },
      { kind: 'paragraph', style: 'muted', text: 'Difficultés exprimées' },
      {
        kind: 'list',
        items: [
          {
            lead: 'Mot de passe oublié',
            text: `${NB}: citée 2 fois${NB}; pendant${NB}: Aller chez le médecin, Papiers, démarches`,
            sub: `Leurs mots${NB}: «${NB}mot de passe Ameli oublié${NB}», «${NB}trop de mots de passe${NB}»`,
          },
          {
            lead: 'Formulaire trop long',
            text: `${NB}: citée 1 fois${NB}; pendant${NB}: Aides de la CAF`,
            sub: `Leurs mots${NB}: «${NB}le dossier CAF est trop long${NB}»`,
          },
          {
            lead: 'Peur de me tromper',
            text: `${NB}: citée 1 fois${NB}; pendant${NB}: Aides de la CAF`,
            sub: `Leurs mots${NB}: «${NB}peur de me tromper de case${NB}»`,
          },
        ],
      },
      { kind: 'paragraph', style: 'muted', text: 'Propositions des habitants' },
      {
        kind: 'list',
        items: [{ lead: 'Une permanence numérique le mercredi', text: `${NB}: 3 votes (3 votants)` }],
      },
    ]);
    expect(first?.blocks.slice(-3).map(shape)).toEqual(['h3', 'picture:radar', 'table']);
  });

  it('writes French typography: no plain space before a colon, no median dot in its own words', () => {
    // Typed words are the facilitators' to write, and the pictogram credit is the catalogue's.
    const typed = /[Hh]abitant·es (autonomes|du Jas)|« mots de passe et sécurité »|^Pictogrammes : OpenMoji/;
    for (const text of texts(outline, true).filter((t) => !typed.test(t))) {
      expect(text, text).not.toMatch(/ [:;!?»]/);
      expect(text, text).not.toMatch(/[«] /);
      expect(text, text).not.toContain('·');
    }
  });

  it('says there is nothing yet in an empty workshop, and draws no radar without axes', () => {
    const empty = exportOutline(emptyModel());
    expect(empty.parts.map((part) => part.kind)).toEqual([
      'cover',
      'synthesis',
      'frescos',
      'sheets',
      'closing',
    ]);
    expect(texts(empty)).toContain(`Rien pour l’instant${NB}: l’atelier n’a pas encore commencé.`);
    expect(texts(empty)).toContain(`Rien pour l’instant${NB}: aucune fiche action n’a encore été rédigée.`);
    expect(texts(empty)).toContain('0 activité, 0 difficulté, 0 proposition, 0 action');
  });

  it('speaks English without French spacing', () => {
    const english = texts(exportOutline(fixtureModel('en')));
    expect(english).toContain('What residents say');
    expect(english).toContain('Forgot my password: raised 2 times; during: Go to the doctor, Paperwork');
    expect(english).toContain('Their words: “mot de passe Ameli oublié”, “trop de mots de passe”');
  });
});
