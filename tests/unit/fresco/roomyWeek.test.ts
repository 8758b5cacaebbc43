import { describe, expect, test } from 'vitest';
import { captionLines } from '../../../client/fresco/canvas/drawUnit';
import { COMPACT_WEEK, layoutWeek, ROOMY_WEEK, weekGrid } from '../../../shared/model/weekLayout';
import { TestBoard } from '../../helpers/testBoard';

const grid = weekGrid();
/** `count` shopping activities in Monday morning, ids a0, a1, … */
function mondayMorning(count: number) {
  const t = new TestBoard().join('ana');
  for (let index = 0; index < count; index++) t.place('ana', 'shopping', 'mon', 'morning', `a${index}`);
  return t.readBoard().items;
}

describe('the projector lets pictograms grow, with their names', () => {
  test('a lone pictogram is larger on the projector than on a tablet, with a caption row under it', () => {
    const items = mondayMorning(1);
    const compact = layoutWeek(grid, items, COMPACT_WEEK).activities.get('a0')!;
    const roomy = layoutWeek(grid, items, ROOMY_WEEK).activities.get('a0')!;
    expect(compact.caption).toBeNull();
    expect(roomy.size).toBeGreaterThan(compact.size * 1.3);
    expect(roomy.caption!.y).toBeGreaterThanOrEqual(roomy.y + roomy.size);
    expect(roomy.caption!.y + roomy.caption!.height).toBeLessThanOrEqual(
      grid.periods[0]!.y + grid.periods[0]!.height,
    );
  });

  test('many pictograms in one cell still never overlap, captions included', () => {
    const items = mondayMorning(7);
    const spots = [...layoutWeek(grid, items, ROOMY_WEEK).activities.values()];
    for (const [index, spot] of spots.entries()) {
      for (const other of spots.slice(index + 1)) {
        const apart =
          spot.slot.x + spot.slot.width <= other.slot.x + 0.01 ||
          other.slot.x + other.slot.width <= spot.slot.x + 0.01 ||
          spot.slot.y + spot.slot.height <= other.slot.y + 0.01 ||
          other.slot.y + other.slot.height <= spot.slot.y + 0.01;
        expect(apart).toBe(true);
      }
    }
  });
});

describe('caption lines', () => {
  const measure = (text: string) => text.length * 10;
  test('words wrap on whole words into two lines', () => {
    expect(captionLines('Payer les factures', 100, measure)).toEqual(['Payer les', 'factures']);
  });
  test('a longer name ends the second line with an ellipsis, never cutting a word', () => {
    const lines = captionLines('Prendre rendez-vous chez le médecin traitant', 100, measure);
    expect(lines).toHaveLength(2);
    expect(lines[1]!.endsWith('…')).toBe(true);
    for (const word of lines.join(' ').replace('…', '').split(' ')) {
      expect('Prendre rendez-vous chez le médecin traitant'.split(' ')).toContain(word);
    }
  });
});
