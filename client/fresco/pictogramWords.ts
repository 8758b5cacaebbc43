/**
 * What a pictogram id stands for on this workshop: a shipped pictogram, or one the facilitator added
 * (its own words, illustrated by a shipped image). An id known to neither (a newer peer, a removed custom
 * pictogram) has no image: the item's own words stand in, so nothing residents placed disappears.
 */
import { displayLabel } from '../../shared/pictograms/displayLabel';
import { pictogramById } from '../../shared/pictograms/lookup';
import type { BoardItem } from '../../shared/schema/board';
import type { CustomPictogram, Language } from '../../shared/schema/control';

export interface ResolvedPictogram {
  /** A shipped pictogram id to draw, or null. */
  imageId: string | null;
  /** The pictogram's words in the interface language; empty when unknown. */
  label: string;
}

export function resolvePictogram(
  id: string,
  customs: readonly CustomPictogram[],
  lang: Language,
): ResolvedPictogram {
  const shipped = pictogramById(id);
  if (shipped) return { imageId: id, label: shipped.label[lang] };
  const custom = customs.find((entry) => entry.id === id);
  if (custom)
    return { imageId: pictogramById(custom.pictogram) ? custom.pictogram : null, label: custom.label };
  return { imageId: null, label: '' };
}

/** What an item is called, read aloud and listed: the resident's words after the pictogram's. */
export function itemWords(item: Pick<BoardItem, 'pictogram' | 'label'>, resolved: ResolvedPictogram): string {
  const words = item.label.trim();
  if (resolved.label === '') return words;
  // The non-breaking space keeps the colon on the label's line, as French typography wants.
  return words === '' || words === resolved.label ? resolved.label : `${resolved.label}\u00a0: ${words}`;
}

/**
 * A pictogram's name in a table or list that groups items by pictogram: its words, else the words
 * residents wrote on its items (`Synthesis.itemLabels`); empty when neither, never its raw id.
 */
export function pictogramName(
  id: string,
  resolved: ResolvedPictogram,
  itemLabels: Readonly<Record<string, string>>,
): string {
  return displayLabel(id, itemLabels[id], () => resolved.label);
}

/** One item's pictogram name: its words, else the resident's own words on it; empty when neither. */
export function itemName(item: Pick<BoardItem, 'pictogram' | 'label'>, resolved: ResolvedPictogram): string {
  return displayLabel(item.pictogram, item.label, () => resolved.label);
}
