import { describe, expect, test } from 'vitest';
import { poolFieldReturn } from '../../../shared/concertation/fieldReturn';
import type { Block, Outline } from '../../../shared/export/model/blocks';
import { buildExportModel } from '../../../shared/export/model/buildExportModel';
import { schemaOutline } from '../../../shared/export/model/schemaOutline';
import { pictogramLabel } from '../../../shared/pictograms/lookup';
import { TestBoard } from '../../helpers/testBoard';

function text(blocks: Block[]): string {
  return blocks
    .map((block) => {
      if (block.kind === 'heading' || block.kind === 'paragraph') return block.text;
      if (block.kind === 'table')
        return [block.table.header, ...block.table.rows].map((row) => row.join(' | ')).join('\n');
      if (block.kind === 'list')
        return block.items.map((item) => `${item.lead}${item.text} ${item.sub ?? ''}`).join('\n');
      return '';
    })
    .join('\n');
}

function schema(): Outline {
  const jas = new TestBoard()
    .join('ana', 'Ana')
    .place('ana', 'caf', 'mon', 'morning', 'caf')
    .difficulty('ana', 'caf', 'forgot-password', 'je note tout sur un papier', 'p1')
    .propose('ana', ['p1'], 'Atelier mots de passe', 'idea')
    .vote('ana', 'idea', 2);
  const enc = new TestBoard()
    .join('bob', 'Bob')
    .place('bob', 'caf', 'tue', 'evening', 'caf2')
    .difficulty('bob', 'caf2', 'forgot-password', 'mon fils le fait', 'p2');
  const field = poolFieldReturn(
    [
      {
        workshopId: 'w-jas',
        place: 'Jas de Bouffan',
        date: '2027-03-14',
        board: jas.readBoard(),
        custom: [],
      },
      { workshopId: 'w-enc', place: 'Encagnane', date: '', board: enc.readBoard(), custom: [] },
    ],
    'fr',
    pictogramLabel,
  );
  const stakeholders = new TestBoard().action({
    id: 'a1',
    title: 'Permanences',
    links: ['w-jas/p1', 'w-enc/p2', 'w-enc/removed'],
  });
  const linked = new Map([
    ['w-jas', { place: 'Jas de Bouffan', board: jas.readBoard(), custom: [] }],
    ['w-enc', { place: 'Encagnane', board: enc.readBoard(), custom: [] }],
  ]);
  const model = buildExportModel(
    { workshop: stakeholders.workshop(), board: stakeholders.readBoard(), plan: stakeholders.readPlan() },
    { linked },
  );
  return schemaOutline(model, field);
}

describe('the schéma outline', () => {
  const outline = schema();
  const synthesis = outline.parts.find((part) => part.kind === 'synthesis');
  const words = text(synthesis?.blocks ?? []);

  test('puts the pooled field return where a workshop has its own synthesis, fiches unchanged', () => {
    expect(outline.parts.map((part) => part.kind)).toEqual([
      'cover',
      'synthesis',
      'frescos',
      'sheets',
      'sheet',
      'closing',
    ]);
    expect(words).toContain('Retour du terrain, tous quartiers');
  });

  test('counts per neighbourhood, with the words and where they were said', () => {
    expect(words).toContain('Difficulté | Jas de Bouffan | Encagnane | Total');
    expect(words).toContain('Mot de passe oublié | 1 | 1 | 2');
    expect(words).toContain('«\u00a0je note tout sur un papier\u00a0» (Jas de Bouffan)');
    expect(words).toContain('«\u00a0mon fils le fait\u00a0» (Encagnane)');
    expect(words).toContain('2 votes (1 votant) (Jas de Bouffan)');
  });

  test('a fiche says where each answered difficulty was raised, and how many links lead nowhere', () => {
    const sheet = text(outline.parts.find((part) => part.kind === 'sheet')?.blocks ?? []);
    expect(sheet).toContain('Mot de passe oublié (Jas de Bouffan)\u00a0: citée 1 fois');
    expect(sheet).toContain('Mot de passe oublié (Encagnane)\u00a0: citée 1 fois');
    expect(sheet).toContain('«\u00a0je note tout sur un papier\u00a0»');
    expect(sheet).toContain('1 lien mène à un élément supprimé');
  });

  test('names no resident', () => {
    expect(JSON.stringify(outline)).not.toMatch(/Ana|Bob/);
  });
});
