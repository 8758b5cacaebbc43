/**
 * The level of detail of a fresco pictogram: full tiles (rounded frame, circles, count badge with its
 * digit) when they are big enough to see, plain squares when small, dots of colour when tiny.
 */
import { describe, expect, test } from 'vitest';
import { drawUnit, type TilePicture, type UnitPicture } from '../../../client/fresco/canvas/drawUnit';

/** A 2D context that records the calls made on it, drawn at `scale` screen pixels per world unit. */
function recordingContext(scale: number) {
  const calls: string[] = [];
  const target = {
    getTransform: () => ({ a: scale }),
  } as Record<string, unknown>;
  const ctx = new Proxy(target, {
    get(object, key: string) {
      if (key in object) return object[key];
      return (..._args: unknown[]) => {
        calls.push(key);
      };
    },
    set(object, key: string, value) {
      object[key] = value;
      return true;
    },
  });
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls };
}

const tile = (x: number, size: number): TilePicture => ({
  x,
  y: 0,
  size,
  imageId: null,
  color: '#135492',
  text: '',
});

const unit: UnitPicture = {
  activity: tile(0, 40),
  caption: null,
  difficulties: [tile(0, 12), tile(14, 12)],
  more: null,
  count: 2,
};

describe('drawUnit', () => {
  test('big enough to see: rounded tile, round difficulties, a badge with its digit', () => {
    const { ctx, calls } = recordingContext(2);
    drawUnit(ctx, unit);
    expect(calls).toContain('roundRect');
    expect(calls.filter((call) => call === 'arc').length).toBeGreaterThanOrEqual(3);
    expect(calls).toContain('fillText');
  });

  test('small on screen (the whole week of a full board): squares, and the badge without a digit', () => {
    const { ctx, calls } = recordingContext(0.3);
    drawUnit(ctx, unit);
    expect(calls).not.toContain('roundRect');
    expect(calls).not.toContain('fillText');
    // Activity: frame and inside; difficulties (3.6 px): one square of colour each.
    expect(calls.filter((call) => call === 'fillRect')).toHaveLength(2 + 2);
    // The badge is still there, as a dot: a resident sees which activities have difficulties.
    expect(calls).toContain('arc');
  });
});
