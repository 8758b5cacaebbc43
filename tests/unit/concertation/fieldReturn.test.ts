import { describe, expect, test } from 'vitest';
import { type FieldReturnSource, poolFieldReturn } from '../../../shared/concertation/fieldReturn';
import { pictogramLabel } from '../../../shared/pictograms/lookup';
import type { CustomPictogram } from '../../../shared/schema/control';
import { TestBoard } from '../../helpers/testBoard';

function source(
  workshopId: string,
  place: string,
  t: TestBoard,
  custom: CustomPictogram[] = [],
): FieldReturnSource {
  return { workshopId, place, date: '2027-03-14', board: t.readBoard(), custom };
}

/** Jas de Bouffan: two residents, the CAF and the bank, passwords forgotten twice. */
function jas(): TestBoard {
  return new TestBoard()
    .join('ana', 'Ana')
    .join('bilal', 'Bilal')
    .place('ana', 'caf', 'mon', 'morning', 'caf')
    .place('bilal', 'bank', 'tue', 'morning', 'bank')
    .difficulty('ana', 'caf', 'forgot-password', 'je note tout sur un papier', 'p1')
    .difficulty('bilal', 'bank', 'forgot-password', '', 'p2')
    .difficulty('ana', 'caf', 'form-too-long', 'le dossier, 12 pages', 'f1')
    .propose('ana', ['p1', 'p2'], 'Atelier mots de passe', 'prop-jas')
    .vote('ana', 'prop-jas', 2)
    .vote('bilal', 'prop-jas');
}

/** Encagnane: one resident, the CAF again, a forgotten password again. */
function encagnane(): TestBoard {
  return new TestBoard()
    .join('chloe', 'Chloé')
    .place('chloe', 'caf', 'wed', 'evening', 'caf2')
    .difficulty('chloe', 'caf2', 'forgot-password', 'mon fils le fait pour moi', 'p3')
    .propose('chloe', ['p3'], 'Permanence le samedi', 'prop-enc')
    .vote('chloe', 'prop-enc');
}

describe('the pooled field return', () => {
  const pooled = poolFieldReturn(
    [source('w-jas', 'Jas de Bouffan', jas()), source('w-enc', 'Encagnane', encagnane())],
    'fr',
    pictogramLabel,
  );

  test('counts each pictogram across neighbourhoods, with the count of each', () => {
    const caf = pooled.activities.find((a) => a.pictogram === 'caf');
    expect(caf).toMatchObject({ count: 2, byWorkshop: { 'w-jas': 1, 'w-enc': 1 } });
    expect(caf?.label).toBe(pictogramLabel('caf', 'fr'));
    const password = pooled.difficulties[0];
    expect(password).toMatchObject({
      pictogram: 'forgot-password',
      count: 3,
      byWorkshop: { 'w-jas': 2, 'w-enc': 1 },
    });
  });

  test('links each pooled difficulty to every item raising it, in its workshop', () => {
    expect(pooled.difficulties[0]?.links).toEqual(['w-jas/p1', 'w-jas/p2', 'w-enc/p3']);
  });

  test('keeps each word with the workshop it was said in', () => {
    expect(pooled.difficulties[0]?.words).toEqual([
      { workshopId: 'w-jas', text: 'je note tout sur un papier' },
      { workshopId: 'w-enc', text: 'mon fils le fait pour moi' },
    ]);
  });

  test('lists every proposal with its workshop, most votes first', () => {
    expect(pooled.proposals).toEqual([
      { workshopId: 'w-jas', id: 'prop-jas', label: 'Atelier mots de passe', votes: 3, voters: 2 },
      { workshopId: 'w-enc', id: 'prop-enc', label: 'Permanence le samedi', votes: 1, voters: 1 },
    ]);
  });

  test('maps activities to difficulties across neighbourhoods', () => {
    const row = pooled.activities.findIndex((a) => a.pictogram === 'caf');
    const column = pooled.difficulties.findIndex((d) => d.pictogram === 'forgot-password');
    expect(pooled.matrix[row]?.[column]).toBe(2);
  });

  test('says how many residents took part where, and never who', () => {
    expect(pooled.workshops).toEqual([
      { id: 'w-jas', place: 'Jas de Bouffan', date: '2027-03-14', residents: 2 },
      { id: 'w-enc', place: 'Encagnane', date: '2027-03-14', residents: 1 },
    ]);
    const text = JSON.stringify(pooled);
    for (const name of ['Ana', 'Bilal', 'Chloé', 'ana', 'bilal', 'chloe', 'fox'])
      expect(text).not.toContain(`"${name}"`);
    expect(text).not.toMatch(/avatar|author|participant/);
  });

  test('pools two workshops’ own pictograms by picture and name, whatever their private ids', () => {
    const bus = (id: string): CustomPictogram => ({
      id,
      kind: 'activity',
      label: 'Pass Navigo',
      pictogram: 'bus',
    });
    const a = new TestBoard().join('ana').place('ana', 'custom-1', 'mon', 'morning', 'x1');
    const b = new TestBoard().join('bob').place('bob', 'custom-9', 'mon', 'morning', 'x2');
    const result = poolFieldReturn(
      [source('a', 'A', a, [bus('custom-1')]), source('b', 'B', b, [bus('custom-9')])],
      'fr',
      pictogramLabel,
    );
    expect(result.activities).toEqual([
      { pictogram: 'bus', label: 'Pass Navigo', count: 2, byWorkshop: { a: 1, b: 1 } },
    ]);
  });
});
