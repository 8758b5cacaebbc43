import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/**
 * Reads a value from a Yjs document and re-renders only when the read result changes (by `equal`).
 * Readers are the tolerant ones from shared/read, so a partial record never breaks a screen.
 */
export function useDocValue<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  equal: (a: T, b: T) => boolean = jsonEqual,
): T {
  const cache = useRef<{ value: T } | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const subscribe = useCallback(
    (notify: () => void) => {
      const onUpdate = () => notify();
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => {
    const next = readRef.current(doc);
    if (cache.current && equal(cache.current.value, next)) return cache.current.value;
    cache.current = { value: next };
    return next;
  }, [doc, equal]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

function jsonEqual<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
