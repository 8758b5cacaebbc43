import { describe, expect, it } from 'vitest';
import {
  PICTOGRAM_CREDIT,
  PICTOGRAMS,
  pictogramById,
  pictogramLabel,
  pictogramsOfKind,
  pictogramUrl,
} from '../../../shared/pictograms';

describe('pictogram lookups', () => {
  it('finds a pictogram by id, and nothing for an id this build does not ship', () => {
    expect(pictogramById('bank')).toMatchObject({
      kind: 'activity',
      category: 'money',
      file: 'openmoji/1F3E6.svg',
    });
    expect(pictogramById('no-such-pictogram')).toBeUndefined();
    expect(pictogramById('')).toBeUndefined();
  });

  it('lists one kind in catalog order', () => {
    const avatars = pictogramsOfKind('avatar');
    expect(avatars.every((pictogram) => pictogram.kind === 'avatar')).toBe(true);
    expect(avatars).toEqual(PICTOGRAMS.filter((pictogram) => pictogram.kind === 'avatar'));
    expect(pictogramsOfKind('difficulty')[0]?.id).toBe('no-computer');
  });

  it('gives the words in the asked language', () => {
    expect(pictogramLabel('forgot-password', 'fr')).toBe('Mot de passe oublié');
    expect(pictogramLabel('forgot-password', 'en')).toBe('Forgot my password');
    expect(pictogramLabel('no-such-pictogram', 'fr')).toBeUndefined();
  });

  it('gives a root-relative URL under /pictograms/', () => {
    expect(pictogramUrl('bank')).toBe('/pictograms/openmoji/1F3E6.svg');
    expect(pictogramUrl('visit-family')).toBe('/pictograms/openmoji/1F9D1-200D-1F9D1-200D-1F9D2.svg');
    expect(pictogramUrl('no-such-pictogram')).toBeUndefined();
  });

  it('credits OpenMoji and its licence in both languages', () => {
    for (const text of [PICTOGRAM_CREDIT.fr, PICTOGRAM_CREDIT.en]) {
      expect(text).toContain('OpenMoji');
      expect(text).toContain('CC BY-SA 4.0');
    }
    expect(PICTOGRAM_CREDIT.fr).toMatch(/^Pictogrammes\u00a0: OpenMoji/);
  });
});
