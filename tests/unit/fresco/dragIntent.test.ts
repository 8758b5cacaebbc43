/**
 * Issue 12, item 3: what a finger on a palette pictogram means. The strip scrolls sideways ('x') under
 * the fresco; the expectations are written out as a resident's gestures, not computed.
 */
import { describe, expect, it } from 'vitest';
import { classify, type FingerSample, nextIntent } from '../../../client/fresco/dragIntent';

/** A sample `ms` after the press, `dx`/`dy` px away, over the palette unless `outside`. */
function at(ms: number, dx: number, dy: number, outside = false): FingerSample {
  return { dx, dy, elapsed: ms, outside };
}

/** A straight movement at `degrees` above the strip's axis, one sample every 16 ms, 8 px apart. */
function swipe(degrees: number, length: number, { after = 0, sideways = 1 } = {}): FingerSample[] {
  const radians = (degrees * Math.PI) / 180;
  const samples: FingerSample[] = [];
  for (let step = 1; step * 8 <= length; step++) {
    samples.push(
      at(after + step * 16, sideways * step * 8 * Math.cos(radians), -step * 8 * Math.sin(radians)),
    );
  }
  return samples;
}

describe('telling a drag from a scroll of the palette', () => {
  it('waits while the finger only settles', () => {
    expect(classify([at(16, 2, -1), at(48, 4, 3), at(120, -3, 5)], 'x')).toBe('pending');
  });

  it('lifts a pictogram held still for 200 ms, and carries it whichever way it then goes', () => {
    expect(classify([at(100, 1, 1), at(210, 2, 1)], 'x')).toBe('lifted');
    // Straight along the strip, which would otherwise scroll it.
    expect(classify([at(210, 2, 1), at(240, 40, 0)], 'x')).toBe('drag');
    expect(classify([at(210, 2, 1), at(240, -40, 2)], 'x')).toBe('drag');
  });

  it('a still finger whose events arrive late still counts as held (by the events’ own times)', () => {
    expect(classify([at(260, 30, 0)], 'x')).toBe('drag');
  });

  it('a lift shown by a timer ahead of a quick swipe’s late events does not make it a drag', () => {
    expect(nextIntent('lifted', at(40, 30, -2), 'x')).toBe('scroll');
  });

  it('scrolls on a quick movement close to the strip’s axis', () => {
    expect(classify(swipe(0, 80), 'x')).toBe('scroll');
    expect(classify(swipe(12, 80, { sideways: -1 }), 'x')).toBe('scroll');
    expect(classify(swipe(25, 80), 'x')).toBe('scroll');
  });

  it('carries on a quick movement steeply across the strip, up toward the fresco or down', () => {
    expect(classify(swipe(35, 80), 'x')).toBe('drag');
    expect(classify(swipe(60, 80, { sideways: -1 }), 'x')).toBe('drag');
    expect(classify(swipe(90, 80), 'x')).toBe('drag');
    expect(classify([at(16, 4, 10), at(32, 8, 20)], 'x')).toBe('drag');
  });

  it('a shallow swipe that leaves the palette becomes a drag, and stays one back over it', () => {
    const shallow = swipe(10, 64);
    expect(classify(shallow, 'x')).toBe('scroll');
    const out = [...shallow, at(200, 90, -60, true)];
    expect(classify(out, 'x')).toBe('drag');
    expect(classify([...out, at(260, 40, -5)], 'x')).toBe('drag');
  });

  it('reads the strip’s axis: a strip scrolling up and down scrolls on vertical swipes', () => {
    expect(classify([at(16, 2, 12), at(32, 3, 30)], 'y')).toBe('scroll');
    expect(classify([at(16, 12, 2), at(32, 30, 3)], 'y')).toBe('drag');
  });

  it('with nothing to scroll (or a mouse), any movement past the slop is a drag', () => {
    expect(classify(swipe(0, 40), null)).toBe('drag');
    expect(classify([at(16, 6, 0)], null)).toBe('pending');
  });

  it('a drag never turns back into anything else', () => {
    expect(nextIntent('drag', at(400, 0, 0), 'x')).toBe('drag');
    expect(nextIntent('scroll', at(400, 200, 0), 'x')).toBe('scroll');
  });
});
