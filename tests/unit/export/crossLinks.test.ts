import { describe, expect, test } from 'vitest';
import { buildExportModel } from '../../../shared/export/model/buildExportModel';
import { crossLink, type LinkedBoard, splitLink } from '../../../shared/export/model/crossLinks';
import { TestBoard } from '../../helpers/testBoard';

/** Two neighbourhoods' residents, and a stakeholders' workshop whose actions answer both. */
function concertation() {
  const jas = new TestBoard()
    .join('ana')
    .place('ana', 'caf', 'mon', 'morning', 'caf')
    .difficulty('ana', 'caf', 'forgot-password', 'je note tout sur un papier', 'pwd')
    .difficulty('ana', 'caf', 'forgot-password', '', 'pwd2')
    .propose('ana', ['pwd'], 'Atelier mots de passe', 'idea')
    .vote('ana', 'idea', 2);
  const encagnane = new TestBoard()
    .join('bob')
    .place('bob', 'bank', 'tue', 'evening', 'bank')
    .difficulty('bob', 'bank', 'form-too-long', 'douze pages', 'form');
  const stakeholders = new TestBoard().action({
    id: 'a1',
    title: 'Permanences numériques',
    links: [
      crossLink('w-jas', 'idea'),
      crossLink('w-enc', 'form'),
      crossLink('w-enc', 'removed'),
      crossLink('w-gone', 'x'),
    ],
  });
  const linked = new Map<string, LinkedBoard>([
    ['w-jas', { place: 'Jas de Bouffan', board: jas.readBoard(), custom: [] }],
    ['w-enc', { place: 'Encagnane', board: encagnane.readBoard(), custom: [] }],
  ]);
  const input = {
    workshop: stakeholders.workshop(),
    board: stakeholders.readBoard(),
    plan: stakeholders.readPlan(),
  };
  return buildExportModel(input, { linked });
}

describe('links across a concertation', () => {
  test('a bare id is this workshop’s, a prefixed one another workshop’s', () => {
    expect(splitLink('item-1')).toEqual({ workshopId: null, itemId: 'item-1' });
    expect(splitLink('w-jas/item-1')).toEqual({ workshopId: 'w-jas', itemId: 'item-1' });
  });

  test('a fiche lists what residents of each neighbourhood said, with counts, words and the place', () => {
    const [sheet] = concertation().actions;
    expect(sheet?.difficulties.map((d) => [d.id, d.count, d.place, d.words])).toEqual([
      ['forgot-password', 2, 'Jas de Bouffan', ['je note tout sur un papier']],
      ['form-too-long', 1, 'Encagnane', ['douze pages']],
    ]);
    expect(sheet?.proposals.map((p) => [p.name, p.votes, p.place])).toEqual([
      ['Atelier mots de passe', 2, 'Jas de Bouffan'],
    ]);
  });

  test('a removed item or a workshop gone from the concertation is counted, never a crash', () => {
    expect(concertation().actions[0]?.unreachableLinks).toBe(2);
  });
});
