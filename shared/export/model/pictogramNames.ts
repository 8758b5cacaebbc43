/**
 * Names of pictograms in the export's language: a custom pictogram of the workshop by its label, a
 * shipped one by the catalog, and an unknown id (a pictogram another tool or a newer app version wrote)
 * by the words residents wrote on its items, and when they wrote none, by what kind of item it is
 * ("Autre activité"), never by its raw id; nothing residents placed is ever left nameless.
 */
import { displayLabel } from '../../pictograms/displayLabel';
import type { BoardItem, ItemKind } from '../../schema/board';
import type { CustomPictogram, Language } from '../../schema/control';
import type { PictogramRef } from './types';

/** The pictogram catalog's label for a shipped id; empty or null when it does not know the id. */
export type CatalogLabel = (id: string, language: Language) => string | null | undefined;

/** What names a pictogram the catalogue does not know. */
export interface UnknownPictogramWords {
  /** Pictogram id → residents' words on its items (`itemLabelsOf`). */
  itemLabels?: Readonly<Record<string, string>>;
  /** The last resort, when nobody wrote words on it: e.g. by the kind of its items. */
  unnamed?: (id: string) => string | undefined;
}

export function pictogramNamer(
  custom: CustomPictogram[],
  language: Language,
  catalog?: CatalogLabel,
  fallback: UnknownPictogramWords = {},
): (id: string) => PictogramRef {
  const itemLabels = fallback.itemLabels ?? {};
  const customById = new Map(custom.map((entry) => [entry.id, entry]));
  const cache = new Map<string, PictogramRef>();
  return (id) => {
    const known = cache.get(id);
    if (known) return known;
    const customEntry = customById.get(id);
    const image = customEntry ? customEntry.pictogram : id;
    const catalogued = (pictogram: string) =>
      customEntry?.label.trim() ||
      catalog?.(pictogram, language)?.trim() ||
      catalog?.(image, language)?.trim();
    const name = displayLabel(id, itemLabels[id], catalogued) || fallback.unnamed?.(id) || readableId(id);
    const ref = { id, name, image };
    cache.set(id, ref);
    return ref;
  };
}

/** `forgot-password` → `forgot password`. */
export function readableId(id: string): string {
  return id.replace(/[-_]+/g, ' ').trim() || '?';
}

/** A pictogram by the kind of item it sits on, for the ones nothing else names. */
export function unnamedByKind(
  items: readonly BoardItem[],
  words: Record<ItemKind, string>,
): (id: string) => string | undefined {
  const kinds = new Map<string, ItemKind>();
  for (const item of items) if (!kinds.has(item.pictogram)) kinds.set(item.pictogram, item.kind);
  return (id) => {
    const kind = kinds.get(id);
    return kind && words[kind];
  };
}
