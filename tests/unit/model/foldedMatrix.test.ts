import { describe, expect, it } from 'vitest';
import { foldMatrix } from '../../../shared/model/foldedMatrix';
import { TestBoard } from '../../helpers/testBoard';

/** Ten kinds of difficulty under the paperwork, the rarest two under the bus only. */
function crowded(): TestBoard {
  const board = new TestBoard()
    .join('ana')
    .place('ana', 'paperwork', 'mon', 'morning', 'caf')
    .place('ana', 'bus', 'tue', 'morning', 'bus')
    .place('ana', 'music', 'sun', 'evening', 'music');
  const kinds = ['k01', 'k02', 'k03', 'k04', 'k05', 'k06', 'k07', 'k08'];
  kinds.forEach((kind, k) => {
    // k01 three times, k02 twice... so the order is fixed by count, then by pictogram.
    for (let n = 0; n < (k < 2 ? 3 - k : 1); n++) board.difficulty('ana', 'caf', kind, '', `${kind}-${n}`);
  });
  board.difficulty('ana', 'bus', 'password', 'Mot de passe oublié', 'x1');
  board.difficulty('ana', 'bus', 'password', 'Mot de passe oublié', 'x2');
  board.difficulty('ana', 'bus', 'zz-late', '', 'x3');
  return board;
}

describe('foldMatrix', () => {
  it('keeps every column when they fit', () => {
    const folded = foldMatrix(crowded().synthesis(), { maxColumns: 10 });
    expect(folded.others).toBeNull();
    expect(folded.columns).toHaveLength(10);
    expect(folded.rows.map((row) => row.pictogram)).toEqual(['paperwork', 'bus']);
  });

  it('folds the rarest difficulties into a counted "others" column, row by row', () => {
    const folded = foldMatrix(crowded().synthesis(), { maxColumns: 8 });
    expect(folded.columns.map((c) => c.pictogram)).toEqual([
      'k01',
      'k02',
      'password',
      'k03',
      'k04',
      'k05',
      'k06',
    ]);
    expect(folded.others).toEqual({
      pictograms: ['k07', 'k08', 'zz-late'],
      count: 3,
      perRow: [
        {
          count: 2,
          difficulties: [
            { pictogram: 'k07', count: 1 },
            { pictogram: 'k08', count: 1 },
          ],
        },
        { count: 1, difficulties: [{ pictogram: 'zz-late', count: 1 }] },
      ],
    });
    // The bus row: only the custom pictogram in a kept column, the rest in "others": never a blank row.
    expect(folded.cells[1]).toEqual([0, 0, 2, 0, 0, 0, 0]);
    expect(folded.cells[0]).toEqual([3, 2, 0, 1, 1, 1, 1]);
  });

  it('gives a single leftover difficulty its own column rather than an "others" of one', () => {
    const folded = foldMatrix(crowded().synthesis(), { maxColumns: 10 });
    expect(folded.others).toBeNull();
    const tight = foldMatrix(crowded().synthesis(), { maxColumns: 9 });
    expect(tight.columns).toHaveLength(8);
    expect(tight.others?.pictograms).toEqual(['k08', 'zz-late']);
  });

  it('keeps activities with no difficulty only when asked', () => {
    const synthesis = crowded().synthesis();
    expect(foldMatrix(synthesis, { maxColumns: 8, keepEmptyRows: true }).rows).toHaveLength(3);
    expect(foldMatrix(synthesis, { maxColumns: 8 }).rows).toHaveLength(2);
  });

  it('an empty synthesis folds to an empty table', () => {
    const folded = foldMatrix(new TestBoard().synthesis(), { maxColumns: 8 });
    expect(folded).toEqual({ rows: [], columns: [], cells: [], others: null });
  });
});
