/**
 * What to call an item's pictogram on any screen or export. A pictogram the catalogue or the workshop
 * knows is called by its words; one it does not know (a custom pictogram removed since, or one another
 * tool wrote) is called by the words residents wrote on the item, never by its raw id: `password` or
 * `bus` means nothing to a reader. Empty when neither says anything, so the caller picks a word of its
 * language ("Autre difficulté") rather than showing the id.
 */
export type KnownLabel = (pictogram: string) => string | null | undefined;

export function displayLabel(pictogram: string, itemLabel: unknown, known: KnownLabel): string {
  const name = known(pictogram)?.trim();
  if (name) return name;
  return typeof itemLabel === 'string' ? itemLabel.trim() : '';
}
