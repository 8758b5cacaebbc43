import type * as Y from 'yjs';

const versions = new WeakMap<Y.Doc, { value: number }>();

/**
 * A number that changes whenever the document changes. Screens compare it instead of re-reading the
 * document on every render; the listener is attached once per document, the first time it is asked.
 */
export function docVersion(doc: Y.Doc): number {
  let version = versions.get(doc);
  if (!version) {
    const created = { value: 0 };
    doc.on('update', () => {
      created.value += 1;
    });
    versions.set(doc, created);
    version = created;
  }
  return version.value;
}
