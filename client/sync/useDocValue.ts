import { useCallback, useRef, useSyncExternalStore } from 'react';
import type * as Y from 'yjs';
import { docVersion } from './docVersion';

interface Cached<T> {
  doc: Y.Doc;
  value: T;
  version: number;
  read: (doc: Y.Doc) => T;
}

/**
 * Reads a value from a Yjs document and re-renders only when the read result changes (by `equal`).
 * The document is read again only after it changed (or with another reader), not on every render.
 * Readers are the tolerant ones from shared/read, so a partial record never breaks a screen.
 */
export function useDocValue<T>(
  doc: Y.Doc,
  read: (doc: Y.Doc) => T,
  equal: (a: T, b: T) => boolean = jsonEqual,
): T {
  const cache = useRef<Cached<T> | null>(null);
  const readRef = useRef(read);
  readRef.current = read;
  const subscribe = useCallback(
    (notify: () => void) => {
      // The version listener must run before React's check, so it is attached first.
      docVersion(doc);
      const onUpdate = () => notify();
      doc.on('update', onUpdate);
      return () => doc.off('update', onUpdate);
    },
    [doc],
  );
  const getSnapshot = useCallback(() => {
    const version = docVersion(doc);
    const current = readRef.current;
    const cached = cache.current;
    if (cached && cached.doc === doc && cached.version === version && cached.read === current) {
      return cached.value;
    }
    const next = current(doc);
    const value = cached && equal(cached.value, next) ? cached.value : next;
    cache.current = { doc, value, version, read: current };
    return value;
  }, [doc, equal]);
  return useSyncExternalStore(subscribe, getSnapshot, getSnapshot);
}

function jsonEqual<T>(a: T, b: T): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
