import { describe, expect, it } from 'vitest';
import { AVATAR_COLORS } from '../../../shared/pictograms';
import { contrastWithWhite, distanceFor, VISIONS } from './colorVision';

describe('avatar colours', () => {
  it('has 12 named colours with unique ids and #rrggbb values', () => {
    expect(AVATAR_COLORS).toHaveLength(12);
    expect(new Set(AVATAR_COLORS.map((color) => color.id)).size).toBe(12);
    expect(new Set(AVATAR_COLORS.map((color) => color.hex.toLowerCase())).size).toBe(12);
    for (const { id, hex, name } of AVATAR_COLORS) {
      expect(hex, id).toMatch(/^#[0-9a-f]{6}$/i);
      expect(name.fr.length * name.en.length, id).toBeGreaterThan(0);
    }
  });

  it('keeps white text readable on every colour (WCAG AA, 4.5:1)', () => {
    for (const { id, hex } of AVATAR_COLORS) {
      expect(contrastWithWhite(hex), id).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('keeps any two colours apart for common vision and the three colour blindnesses', () => {
    for (const [vision, matrix] of Object.entries(VISIONS)) {
      for (const [i, a] of AVATAR_COLORS.entries()) {
        for (const b of AVATAR_COLORS.slice(i + 1)) {
          expect(distanceFor(matrix, a.hex, b.hex), `${vision}: ${a.id} / ${b.id}`).toBeGreaterThanOrEqual(9);
        }
      }
    }
  });
});

describe('colour vision helper', () => {
  it('measures known contrasts and tells red from green only for common vision', () => {
    expect(contrastWithWhite('#000000')).toBeCloseTo(21, 5);
    expect(contrastWithWhite('#ffffff')).toBeCloseTo(1, 5);
    const common = distanceFor(VISIONS.common!, '#b22222', '#228b22');
    const deutan = distanceFor(VISIONS.deuteranopia!, '#b22222', '#228b22');
    expect(common).toBeGreaterThan(3 * deutan);
  });
});
