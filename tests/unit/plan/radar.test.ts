import { describe, expect, it } from 'vitest';
import {
  axisBalance,
  radarLabel,
  radarPoint,
  radarPolygon,
  radarRings,
  radarSpokes,
  scaleToMax,
  scoreAtPoint,
  spokeAngle,
} from '../../../shared/model/radar';

const frame = { cx: 100, cy: 100, radius: 80 };
const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('radar geometry', () => {
  it('puts the first spoke at the top and goes clockwise', () => {
    close(spokeAngle(0, 5), -Math.PI / 2);
    const top = radarPoint(0, 4, 4, frame);
    close(top.x, 100);
    close(top.y, 20);
    const right = radarPoint(1, 4, 4, frame);
    close(right.x, 180);
    close(right.y, 100);
  });

  it('scales scores to the radius and clamps odd scores', () => {
    const half = radarPoint(0, 4, 2, frame);
    close(half.y, 60);
    expect(radarPoint(0, 4, 9, frame)).toEqual(radarPoint(0, 4, 4, frame));
    expect(radarPoint(0, 4, -3, frame)).toEqual({ x: 100, y: 100 });
    expect(radarPoint(0, 4, Number.NaN, frame)).toEqual({ x: 100, y: 100 });
  });

  it('draws one point per axis, one ring per level and one spoke per axis', () => {
    expect(radarPolygon([1, 2, 3, 4, 0], frame)).toHaveLength(5);
    const rings = radarRings(5, frame);
    expect(rings).toHaveLength(4);
    expect(rings.every((ring) => ring.length === 5)).toBe(true);
    const spokes = radarSpokes(5, frame);
    for (const spoke of spokes) close(Math.hypot(spoke.x - 100, spoke.y - 100), 80);
  });

  it('anchors labels away from the radar', () => {
    expect(radarLabel(0, 4, frame).anchor).toBe('middle');
    expect(radarLabel(1, 4, frame).anchor).toBe('start');
    expect(radarLabel(3, 4, frame).anchor).toBe('end');
  });

  it('turns a tap into an axis and a level (the inverse of radarPoint)', () => {
    for (const n of [3, 5, 8]) {
      for (let axis = 0; axis < n; axis++) {
        for (let score = 1; score <= 4; score++) {
          expect(scoreAtPoint(radarPoint(axis, n, score, frame), n, frame)).toEqual({ axis, score });
        }
      }
    }
    expect(scoreAtPoint({ x: 101, y: 99 }, 5, frame)?.score).toBe(0);
    expect(scoreAtPoint({ x: 400, y: 400 }, 5, frame)).toBeNull();
    expect(scoreAtPoint({ x: 100, y: 100 }, 0, frame)).toBeNull();
  });
});

describe('synthesis balance', () => {
  it('scales each series to its own largest axis', () => {
    expect(scaleToMax([2, 4, 1])).toEqual([2, 4, 1]);
    expect(scaleToMax([10, 5, 0])).toEqual([4, 2, 0]);
    expect(scaleToMax([0, 0])).toEqual([0, 0]);
  });

  it('flags axes where residents put weight and the plan answers less', () => {
    const balance = axisBalance(['work', 'rights', 'knowledge'], { work: 2, rights: 10, knowledge: 5 }, [
      { capabilities: { work: 4, knowledge: 2 } },
      { capabilities: { work: 3, knowledge: 2, gone: 4 } },
      { capabilities: { rights: 1 } },
    ]);
    expect(balance.map((b) => [b.axisId, b.need, b.strength, b.actions])).toEqual([
      ['work', 2, 7, 2],
      ['rights', 10, 1, 1],
      ['knowledge', 5, 4, 2],
    ]);
    expect(balance.map((b) => b.gap)).toEqual([false, true, false]);
    expect(balance[1]?.needLevel).toBe(4);
  });

  it('shows every axis with need as a gap when the plan is empty', () => {
    const balance = axisBalance(['a', 'b'], { a: 3, b: 0 }, []);
    expect(balance.map((b) => b.gap)).toEqual([true, false]);
  });
});
