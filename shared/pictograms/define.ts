import type { Pictogram, PictogramCategory, PictogramKind } from './types';

/**
 * Builds the entry maker for one kind, so each catalog row fits on one line:
 * category, id, OpenMoji hexcode, French words, English words.
 */
export function pictogramMaker<C extends PictogramCategory>(kind: PictogramKind) {
  return (category: C, id: string, hexcode: string, fr: string, en: string): Pictogram => ({
    id,
    kind,
    category,
    file: `openmoji/${hexcode}.svg`,
    label: { fr, en },
  });
}
