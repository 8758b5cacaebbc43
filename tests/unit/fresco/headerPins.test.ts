import { describe, expect, test } from 'vitest';
import { fitRect } from '../../../client/fresco/canvas/cameraMath';
import { headerPins } from '../../../client/fresco/canvas/headerPinsMath';
import { cellRect, dayRect, weekGrid } from '../../../shared/model/weekLayout';

const grid = weekGrid();
const projector = { width: 1920, height: 1080 };
const names = (pins: ReturnType<typeof headerPins>) => ({
  days: pins.days.map((pin) => pin.day),
  periods: pins.periods.map((pin) => pin.period),
});

describe('headers pinned to the screen edges', () => {
  test('the whole week shows its own headers: nothing pinned', () => {
    const camera = fitRect(grid.bounds, projector, 12);
    expect(names(headerPins(grid, camera, projector))).toEqual({ days: [], periods: [] });
  });

  test('one cell zoomed: its day and its period, and the neighbours whose parts show', () => {
    const camera = fitRect(cellRect(grid, 'wed', 'afternoon'), projector, 16);
    const pins = headerPins(grid, camera, projector);
    expect(names(pins)).toEqual({ days: ['tue', 'wed', 'thu'], periods: ['afternoon'] });
    const day = pins.days.find((pin) => pin.day === 'wed');
    // The cell is centred: the pin's column spans the middle of the screen.
    expect(day!.left).toBeLessThan(projector.width / 2);
    expect(day!.left + day!.width).toBeGreaterThan(projector.width / 2);
  });

  test('one day zoomed shows its header itself and pins only the periods', () => {
    const camera = fitRect(dayRect(grid, 'sat'), projector, 12);
    expect(names(headerPins(grid, camera, projector))).toEqual({
      days: [],
      periods: ['morning', 'midday', 'afternoon', 'evening'],
    });
  });

  test('a sliver of a neighbouring column too narrow for a name gets no pin', () => {
    const camera = fitRect(cellRect(grid, 'tue', 'morning'), { width: 1000, height: 800 }, 4);
    const pins = headerPins(grid, camera, { width: 1000, height: 800 });
    for (const pin of pins.days) expect(pin.width).toBeGreaterThanOrEqual(48);
    expect(pins.days.map((pin) => pin.day)).toContain('tue');
  });

  test('panned below the grid into the tray: no period pins for rows off screen', () => {
    const camera = { zoom: 2, x: -grid.cells.x * 2, y: -(grid.tray.y - 10) * 2 };
    const pins = headerPins(grid, camera, projector);
    expect(pins.periods).toEqual([]);
  });
});
