import type { Language } from '../schema/control';
import { PICTOGRAMS } from './catalog';
import type { Pictogram, PictogramKind } from './types';

/** Where the client serves the files; the server's exports map it back to the folder on disk. */
export const PICTOGRAM_URL_PREFIX = '/pictograms/';

const byId = new Map(PICTOGRAMS.map((pictogram) => [pictogram.id, pictogram]));
const byKind = new Map<PictogramKind, readonly Pictogram[]>();
for (const pictogram of PICTOGRAMS) {
  byKind.set(pictogram.kind, [...(byKind.get(pictogram.kind) ?? []), pictogram]);
}

/** Undefined for ids this build does not ship (a newer peer, or a typo in an old document). */
export function pictogramById(id: string): Pictogram | undefined {
  return byId.get(id);
}

/** In catalog order, which is the picker's order. */
export function pictogramsOfKind(kind: PictogramKind): readonly Pictogram[] {
  return byKind.get(kind) ?? [];
}

export function pictogramLabel(id: string, lang: Language): string | undefined {
  return byId.get(id)?.label[lang];
}

/** A root-relative URL such as `/pictograms/openmoji/1F3E6.svg`. */
export function pictogramUrl(id: string): string | undefined {
  const pictogram = byId.get(id);
  return pictogram && `${PICTOGRAM_URL_PREFIX}${pictogram.file}`;
}
