/**
 * Zoomed in, the grid is drawn live and only its parts on screen are shown; before it is cached as one
 * bitmap again, every part is shown.
 */
import Konva from 'konva';
import { describe, expect, test } from 'vitest';
import { GridCulling } from '../../../client/fresco/canvas/gridCulling';

function grid() {
  const group = new Konva.Group();
  const monday = new Konva.Rect({ x: 0, y: 0, width: 100, height: 100 });
  const tuesday = new Konva.Rect({ x: 100, y: 0, width: 100, height: 100 });
  const sunday = new Konva.Rect({ x: 600, y: 0, width: 100, height: 100 });
  group.add(monday, tuesday, sunday);
  return { group, monday, tuesday, sunday };
}

describe('GridCulling', () => {
  test('shows only what meets the view, and everything again on request', () => {
    const { group, monday, tuesday, sunday } = grid();
    const culling = new GridCulling(group);
    culling.cull({ x: 50, y: 10, width: 100, height: 50 });
    expect([monday.visible(), tuesday.visible(), sunday.visible()]).toEqual([true, true, false]);
    culling.cull({ x: 590, y: 0, width: 50, height: 50 });
    expect([monday.visible(), tuesday.visible(), sunday.visible()]).toEqual([false, false, true]);
    culling.showAll();
    expect([monday.visible(), tuesday.visible(), sunday.visible()]).toEqual([true, true, true]);
  });

  test('measures the parts as they are drawn now, even while some are hidden', () => {
    const { group, monday, sunday } = grid();
    const culling = new GridCulling(group);
    culling.cull({ x: 0, y: 0, width: 50, height: 50 });
    // The words changed size with the language: the boxes are measured again, hidden parts included.
    sunday.width(300);
    sunday.x(300);
    culling.measure();
    culling.cull({ x: 450, y: 0, width: 10, height: 10 });
    expect([monday.visible(), sunday.visible()]).toEqual([false, true]);
  });
});
