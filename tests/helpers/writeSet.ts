/**
 * The records one call writes, as the server's update gate sees them: `items/<id>`, `participants/<id>`,
 * `votes/<proposalId>` (a tally created or deleted) and `votes/<proposalId>/<seat>` (one seat's count).
 * A change anywhere inside a record (a field, its links array) counts as writing that record; a deletion
 * counts as a write.
 */
import type * as Y from 'yjs';

type AnyType = Y.AbstractType<unknown>;

export function writeSetOf(doc: Y.Doc, run: () => unknown): string[] {
  const written = new Set<string>();
  const onTransaction = (transaction: Y.Transaction) => {
    for (const [type, keys] of transaction.changed) {
      const path = pathOf(doc, type as AnyType);
      for (const key of keys) written.add(recordOf(key === null ? path : [...path, key]));
    }
  };
  doc.on('afterTransaction', onTransaction);
  try {
    run();
  } finally {
    doc.off('afterTransaction', onTransaction);
  }
  return [...written].sort();
}

function pathOf(doc: Y.Doc, type: AnyType): string[] {
  const path: string[] = [];
  let current: AnyType | null = type;
  while (current?._item) {
    path.unshift(current._item.parentSub ?? '#');
    current = current._item.parent as AnyType;
  }
  for (const [name, root] of doc.share) if (root === current) path.unshift(name);
  return path;
}

/** Votes are kept to the seat's count; everything else to its record. */
function recordOf(path: string[]): string {
  return path.slice(0, path[0] === 'votes' ? 3 : 2).join('/');
}
