/**
 * The pooled field return against numbers counted by hand on three neighbourhoods' boards, as a
 * lead would count the sticky notes of three workshops.
 *
 *   Jas de Bouffan: CAF ← mot de passe ×2, formulaire ×1; banque ← mot de passe ×1
 *   Encagnane:      CAF ← mot de passe ×1; bus/tram ← trop compliqué ×2
 *   Corsy:          banque ← formulaire ×1; (bus/tram placed, nothing raised)
 */
import { describe, expect, test } from 'vitest';
import { type FieldReturnSource, poolFieldReturn } from '../../../shared/concertation/fieldReturn';
import { pooledNeedByAxis } from '../../../shared/concertation/pooledNeed';
import { pictogramLabel } from '../../../shared/pictograms/lookup';
import { TestBoard } from '../../helpers/testBoard';

function source(workshopId: string, place: string, t: TestBoard): FieldReturnSource {
  return { workshopId, place, date: '', board: t.readBoard(), custom: [] };
}

const jas = new TestBoard()
  .join('a')
  .join('b')
  .place('a', 'caf', 'mon', 'morning', 'j-caf')
  .place('b', 'bank', 'tue', 'morning', 'j-bank')
  .difficulty('a', 'j-caf', 'forgot-password', 'je perds le papier', 'j1')
  .difficulty('b', 'j-caf', 'forgot-password', '', 'j2')
  .difficulty('a', 'j-caf', 'form-too-long', '12 pages', 'j3')
  .difficulty('b', 'j-bank', 'forgot-password', 'compte bloqué', 'j4');
const encagnane = new TestBoard()
  .join('c')
  .place('c', 'caf', 'wed', 'evening', 'e-caf')
  .place('c', 'bus-tram', 'thu', 'morning', 'e-bus')
  .difficulty('c', 'e-caf', 'forgot-password', '', 'e1')
  .difficulty('c', 'e-bus', 'too-complicated', 'l’appli change tout le temps', 'e2')
  .difficulty('c', 'e-bus', 'too-complicated', '', 'e3');
const corsy = new TestBoard()
  .join('d')
  .join('e')
  .join('f')
  .place('d', 'bank', 'fri', 'midday', 'c-bank')
  .place('e', 'bus-tram', 'sat', 'morning', 'c-bus')
  .difficulty('f', 'c-bank', 'form-too-long', '', 'c1');

const field = poolFieldReturn(
  [
    source('jas', 'Jas de Bouffan', jas),
    source('enc', 'Encagnane', encagnane),
    source('cor', 'Corsy', corsy),
  ],
  'fr',
  pictogramLabel,
);

describe('three neighbourhoods, counted by hand', () => {
  test('residents per neighbourhood', () => {
    expect(field.workshops.map((w) => [w.place, w.residents])).toEqual([
      ['Jas de Bouffan', 2],
      ['Encagnane', 1],
      ['Corsy', 3],
    ]);
  });

  test('each difficulty, per neighbourhood and in all', () => {
    expect(field.difficulties.map((d) => [d.pictogram, d.count, d.byWorkshop])).toEqual([
      ['forgot-password', 4, { jas: 3, enc: 1 }],
      ['form-too-long', 2, { jas: 1, cor: 1 }],
      ['too-complicated', 2, { enc: 2 }],
    ]);
  });

  test('each activity placed, per neighbourhood and in all', () => {
    const placed = Object.fromEntries(field.activities.map((a) => [a.pictogram, [a.count, a.byWorkshop]]));
    expect(placed).toEqual({
      caf: [2, { jas: 1, enc: 1 }],
      bank: [2, { jas: 1, cor: 1 }],
      'bus-tram': [2, { enc: 1, cor: 1 }],
    });
  });

  test('activities × difficulties across the three', () => {
    const cell = (activity: string, difficulty: string) =>
      field.matrix[field.activities.findIndex((a) => a.pictogram === activity)]?.[
        field.difficulties.findIndex((d) => d.pictogram === difficulty)
      ];
    expect(cell('caf', 'forgot-password')).toBe(3);
    expect(cell('caf', 'form-too-long')).toBe(1);
    expect(cell('bank', 'forgot-password')).toBe(1);
    expect(cell('bank', 'form-too-long')).toBe(1);
    expect(cell('bus-tram', 'too-complicated')).toBe(2);
    expect(cell('bus-tram', 'forgot-password')).toBe(0);
  });

  test('the words, each with its neighbourhood, in the order they were said', () => {
    expect(field.difficulties.flatMap((d) => d.words.map((w) => `${w.workshopId}: ${w.text}`))).toEqual([
      'jas: je perds le papier',
      'jas: compte bloqué',
      'jas: 12 pages',
      'enc: l’appli change tout le temps',
    ]);
  });

  test('the synthesis radar’s need: CAF and bank are rights, bus/tram too (8 difficulties)', () => {
    const need = pooledNeedByAxis(field, ['work', 'rights', 'knowledge', 'dignity', 'participation']);
    expect(need).toEqual({
      byAxis: { work: 0, rights: 8, knowledge: 0, dignity: 0, participation: 0 },
      unmapped: 0,
      total: 8,
    });
  });
});
