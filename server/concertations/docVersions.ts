/**
 * A version for each live document, for caches of what is read from it: a number per document object
 * (a reloaded room is a new document, so its first read reads again) and its updates counted as they
 * come. A state vector would not see a removal; the count does.
 */
import type * as Y from 'yjs';

export class DocVersions {
  private readonly counters = new WeakMap<Y.Doc, { id: number; updates: number }>();
  private documents = 0;

  of(doc: Y.Doc): string {
    let counter = this.counters.get(doc);
    if (!counter) {
      const fresh = { id: ++this.documents, updates: 0 };
      doc.on('update', () => {
        fresh.updates++;
      });
      this.counters.set(doc, fresh);
      counter = fresh;
    }
    return `${counter.id}:${counter.updates}`;
  }
}
