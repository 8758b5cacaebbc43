import { describe, expect, it } from 'vitest';
import { type ActivitySpot, layoutCell, packSlots, slotAspect } from '../../../shared/model/cellLayout';
import { contains, intersects, type Rect } from '../../../shared/model/geometry';
import {
  cellAt,
  cellRect,
  dayRect,
  itemAt,
  layoutWeek,
  sameTarget,
  targetOf,
  toDayPeriod,
  WEEK_GEOMETRY,
  weekGrid,
} from '../../../shared/model/weekLayout';
import { DAYS, PERIODS } from '../../../shared/schema/board';
import { TestBoard } from '../../helpers/testBoard';

const grid = weekGrid();

function boxOf(spot: { x: number; y: number; size: number }): Rect {
  return { x: spot.x, y: spot.y, width: spot.size, height: spot.size };
}

function inside(outer: Rect, inner: Rect): boolean {
  const epsilon = 1e-6;
  return (
    inner.x >= outer.x - epsilon &&
    inner.y >= outer.y - epsilon &&
    inner.x + inner.width <= outer.x + outer.width + epsilon &&
    inner.y + inner.height <= outer.y + outer.height + epsilon
  );
}

function shrunk(rect: Rect): Rect {
  return { x: rect.x + 1e-6, y: rect.y + 1e-6, width: rect.width - 2e-6, height: rect.height - 2e-6 };
}

function overlaps(rects: Rect[]): number {
  let count = 0;
  for (let i = 0; i < rects.length; i++) {
    for (let j = i + 1; j < rects.length; j++) if (intersects(rects[i]!, rects[j]!)) count++;
  }
  return count;
}

function allBoxes(spots: ActivitySpot[]): Rect[] {
  return spots.flatMap((spot) => [boxOf(spot), ...spot.difficulties.map(boxOf)]);
}

function units(count: number, threads = 0) {
  return Array.from({ length: count }, (_, index) => ({
    activityId: `a${index}`,
    difficultyIds: Array.from({ length: index % 2 === 0 ? threads : 0 }, (_, d) => `a${index}-d${d}`),
  }));
}

describe('the week grid', () => {
  it('has seven days in order, four periods, and the weekend set apart by a gap', () => {
    expect(grid.days.map((column) => column.day)).toEqual([...DAYS]);
    expect(grid.periods.map((row) => row.period)).toEqual([...PERIODS]);
    const [fri, sat, sun] = [grid.days[4]!, grid.days[5]!, grid.days[6]!];
    expect(grid.days.filter((column) => column.weekend).map((column) => column.day)).toEqual(['sat', 'sun']);
    expect(sat.x - (fri.x + fri.width)).toBe(WEEK_GEOMETRY.weekendGap);
    expect(sun.x).toBe(sat.x + sat.width);
  });

  it('finds the cell under a point, and none in headers, the weekend gap or the tray', () => {
    const wed = cellRect(grid, 'wed', 'afternoon');
    expect(cellAt(grid, { x: wed.x + 1, y: wed.y + 1 })).toEqual({ day: 'wed', period: 'afternoon' });
    expect(cellAt(grid, { x: wed.x + wed.width - 0.5, y: wed.y + wed.height - 0.5 })).toEqual({
      day: 'wed',
      period: 'afternoon',
    });
    const fri = grid.days[4]!;
    expect(cellAt(grid, { x: fri.x + fri.width + 5, y: wed.y + 5 })).toBeNull();
    expect(cellAt(grid, { x: wed.x + 5, y: 5 })).toBeNull();
    expect(cellAt(grid, { x: 5, y: wed.y + 5 })).toBeNull();
    expect(cellAt(grid, { x: grid.tray.x + 5, y: grid.tray.y + 5 })).toBeNull();
  });

  it('never overlaps cells, and every cell and the tray lie inside the bounds', () => {
    const rects = DAYS.flatMap((day) => PERIODS.map((period) => cellRect(grid, day, period)));
    for (const [index, rect] of rects.entries()) {
      expect(inside(grid.bounds, rect)).toBe(true);
      for (const other of rects.slice(index + 1)) expect(intersects(rect, other)).toBe(false);
    }
    expect(inside(grid.bounds, grid.tray)).toBe(true);
    expect(intersects(grid.tray, grid.cells)).toBe(false);
  });

  it('gives a day its header and its four cells, for zooming to a day', () => {
    const mon = dayRect(grid, 'mon');
    for (const period of PERIODS) expect(inside(mon, cellRect(grid, 'mon', period))).toBe(true);
    expect(mon.y).toBe(0);
  });
});

describe('slots in a cell', () => {
  const cell = { x: 100, y: 200, width: 250, height: 200 };

  it('keeps a lone pictogram at the maximum size, in the top-left corner', () => {
    const [spot] = layoutCell(cell, units(1), 10, 84);
    expect(spot).toMatchObject({ x: 110, y: 210, size: 84 });
  });

  it.each([1, 2, 5, 6, 7, 12, 30, 71, 200])(
    'lays out %i pictograms inside the cell with no overlap',
    (count) => {
      for (const threads of [0, 2, 6]) {
        const spots = layoutCell(cell, units(count, threads), 10, 84);
        expect(spots).toHaveLength(count);
        const boxes = allBoxes(spots);
        expect(boxes.filter((box) => !inside(cell, box))).toEqual([]);
        expect(overlaps(boxes)).toBe(0);
        // Slots touch (a tap between two pictograms reaches one of them): shrink by a hair to compare.
        expect(overlaps(spots.map((spot) => shrunk(spot.slot)))).toBe(0);
      }
    },
  );

  it('shrinks pictograms as the cell fills, never growing back past the maximum', () => {
    const sizes = [1, 4, 9, 20, 50].map((count) => layoutCell(cell, units(count), 10, 84)[0]!.size);
    for (let index = 1; index < sizes.length; index++) {
      expect(sizes[index]!).toBeLessThanOrEqual(sizes[index - 1]!);
    }
    expect(sizes[0]).toBe(84);
    expect(sizes[4]!).toBeGreaterThan(15);
  });

  it('fills row by row in the order given', () => {
    const spots = layoutCell(cell, units(4), 10, 84);
    expect(spots[1]!.x).toBeGreaterThan(spots[0]!.x);
    expect(spots[1]!.y).toBe(spots[0]!.y);
    expect(spots.map((spot) => spot.id)).toEqual(['a0', 'a1', 'a2', 'a3']);
  });

  it('hangs difficulties under their activity, and shows "+N" past four', () => {
    const [few, , many] = layoutCell(
      cell,
      [
        { activityId: 'few', difficultyIds: ['d1', 'd2'] },
        { activityId: 'none', difficultyIds: [] },
        { activityId: 'many', difficultyIds: ['m1', 'm2', 'm3', 'm4', 'm5', 'm6'] },
      ],
      10,
      84,
    );
    expect(few!.difficulties.map((d) => d.id)).toEqual(['d1', 'd2']);
    for (const difficulty of few!.difficulties) {
      expect(difficulty.y).toBeGreaterThan(few!.y + few!.size);
      expect(difficulty.size).toBeLessThan(few!.size);
    }
    expect(many!.difficulties).toHaveLength(3);
    expect(many!.hiddenDifficulties).toBe(3);
    expect(many!.moreAt).not.toBeNull();
    expect(few!.hiddenDifficulties).toBe(0);
  });

  it('packs by trying every column count and stops early', () => {
    expect(packSlots(0, 100, 100, 1, 50)).toMatchObject({ columns: 0, rows: 0 });
    const packing = packSlots(6, 230, 180, slotAspect(false), 84);
    expect(packing.columns * packing.rows).toBeGreaterThanOrEqual(6);
    expect(packSlots(4, 1000, 100, 1, 84)).toMatchObject({ columns: 4, rows: 1 });
  });
});

describe('the week layout of a board', () => {
  const t = new TestBoard()
    .join('ana')
    .join('bob')
    .place('ana', 'shopping', 'mon', 'morning', 'shop')
    .place('bob', 'doctor', 'mon', 'morning', 'doc')
    .place('bob', 'bus', 'sat', 'evening', 'bus')
    .place('ana', 'rest', null, null, 'tray')
    .difficulty('ana', 'shop', 'forgot-password', '', 'pwd')
    .difficulty('bob', 'shop', 'language', 'مرحبا', 'lang')
    .propose('ana', ['pwd'], 'atelier', 'prop');
  const items = t.readBoard().items;
  const layout = layoutWeek(grid, items);

  it('puts each activity in its cell, unplaced ones in the tray, and not proposals', () => {
    expect(layout.cells.get('mon:morning')).toEqual(['shop', 'doc']);
    expect(layout.cells.get('sat:evening')).toEqual(['bus']);
    expect(layout.cells.get('tray')).toEqual(['tray']);
    expect(contains(cellRect(grid, 'sat', 'evening'), layout.activities.get('bus')!)).toBe(true);
    expect(contains(grid.tray, layout.activities.get('tray')!)).toBe(true);
    expect(layout.activities.has('prop')).toBe(false);
    expect([...layout.difficulties.keys()].sort()).toEqual(['lang', 'pwd']);
  });

  it('finds the pictogram under a finger, difficulties before their activity', () => {
    const shop = layout.activities.get('shop')!;
    const pwd = layout.difficulties.get('pwd')!;
    expect(itemAt(grid, layout, { x: shop.x + 2, y: shop.y + 2 })).toEqual({ id: 'shop', kind: 'activity' });
    expect(itemAt(grid, layout, { x: pwd.x + 1, y: pwd.y + 1 })).toEqual({ id: 'pwd', kind: 'difficulty' });
    const empty = cellRect(grid, 'thu', 'midday');
    expect(itemAt(grid, layout, { x: empty.x + 5, y: empty.y + 5 })).toBeNull();
    expect(itemAt(grid, layout, { x: -10, y: -10 })).toBeNull();
  });

  it('is the same on every screen: same items, same picture', () => {
    const again = layoutWeek(weekGrid(), t.readBoard().items);
    expect([...again.activities.entries()]).toEqual([...layout.activities.entries()]);
  });

  it('lays out 2,000 items quickly', () => {
    const many = new TestBoard().join('ana');
    for (let index = 0; index < 2000; index++) {
      const day = DAYS[index % 7]!;
      const period = PERIODS[Math.floor(index / 7) % 4]!;
      many.place('ana', 'shopping', day, period, `i${index}`);
    }
    const board = many.readBoard().items;
    const started = performance.now();
    const big = layoutWeek(grid, board);
    expect(performance.now() - started).toBeLessThan(200);
    expect(big.activities.size).toBe(2000);
    const mon = cellRect(grid, 'mon', 'morning');
    for (const id of big.cells.get('mon:morning')!)
      expect(inside(mon, boxOf(big.activities.get(id)!))).toBe(true);
  });
});

describe('tapping near a pictogram', () => {
  it('reaches the nearest pictogram of the cell within the reach, and only then', () => {
    const t = new TestBoard().join('ana').place('ana', 'shopping', 'mon', 'morning', 'shop');
    const layout = layoutWeek(grid, t.readBoard().items);
    const slot = layout.activities.get('shop')!.slot;
    const near = { x: slot.x + slot.width + 10, y: slot.y + 5 };
    expect(itemAt(grid, layout, near)).toBeNull();
    expect(itemAt(grid, layout, near, 12)).toEqual({ id: 'shop', kind: 'activity' });
    expect(itemAt(grid, layout, near, 8)).toBeNull();
  });
});

describe('drop targets', () => {
  it('stand for the fields of an item, the tray being no day and no period', () => {
    expect(toDayPeriod('tray')).toEqual({ day: null, period: null });
    expect(toDayPeriod({ day: 'sat', period: 'evening' })).toEqual({ day: 'sat', period: 'evening' });
    expect(targetOf('sat', 'evening')).toEqual({ day: 'sat', period: 'evening' });
    // A partial record (a day without its period) is drawn in the tray, so it is dropped from there.
    expect(targetOf('mon', null)).toBe('tray');
    expect(targetOf(null, null)).toBe('tray');
  });

  it('are compared by value, not by object', () => {
    expect(sameTarget({ day: 'mon', period: 'morning' }, { day: 'mon', period: 'morning' })).toBe(true);
    expect(sameTarget({ day: 'mon', period: 'morning' }, { day: 'mon', period: 'midday' })).toBe(false);
    expect(sameTarget('tray', 'tray')).toBe(true);
    expect(sameTarget('tray', { day: 'mon', period: 'morning' })).toBe(false);
    expect(sameTarget(null, null)).toBe(true);
    expect(sameTarget(null, 'tray')).toBe(false);
  });
});
