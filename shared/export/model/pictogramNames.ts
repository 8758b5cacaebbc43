/**
 * Names of pictograms in the export's language: a custom pictogram of the workshop by its label, a
 * shipped one by the catalog, and an unknown id (a pictogram a newer app version added) by its id made
 * readable, so nothing residents placed is ever left nameless.
 */
import type { CustomPictogram, Language } from '../../schema/control';
import type { PictogramRef } from './types';

/** The pictogram catalog's label for a shipped id; empty or null when it does not know the id. */
export type CatalogLabel = (id: string, language: Language) => string | null | undefined;

export function pictogramNamer(
  custom: CustomPictogram[],
  language: Language,
  catalog?: CatalogLabel,
): (id: string) => PictogramRef {
  const customById = new Map(custom.map((entry) => [entry.id, entry]));
  const cache = new Map<string, PictogramRef>();
  return (id) => {
    const known = cache.get(id);
    if (known) return known;
    const customEntry = customById.get(id);
    const image = customEntry ? customEntry.pictogram : id;
    const name =
      customEntry?.label.trim() ||
      catalog?.(id, language)?.trim() ||
      catalog?.(image, language)?.trim() ||
      readableId(id);
    const ref = { id, name, image };
    cache.set(id, ref);
    return ref;
  };
}

/** `forgot-password` → `forgot password`. */
export function readableId(id: string): string {
  return id.replace(/[-_]+/g, ' ').trim() || '?';
}
