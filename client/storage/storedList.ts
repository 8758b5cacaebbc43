/**
 * A list of records kept in localStorage under one key, newest first, that screens watch: the
 * workshops and the concertations this laptop created are two of them.
 */
import { useSyncExternalStore } from 'react';
import { readJson, watchKey, writeJson } from './localJson';

export interface StoredList<T extends { id: string }> {
  list(): T[];
  /** Puts `entry` first, replacing any entry with its id. */
  save(entry: T): void;
  forget(id: string): void;
  find(id: string): T | null;
  /** A hook: the list, re-rendering when this tab or another one changes it. */
  useList(): T[];
}

export function storedList<T extends { id: string }>(
  key: string,
  isValid: (value: unknown) => value is T[],
): StoredList<T> {
  const list = () => readJson(key, isValid, [] as T[]);
  // useSyncExternalStore needs the same array while nothing changed.
  let cache: { raw: string; list: T[] } | null = null;
  const snapshot = () => {
    const current = list();
    const raw = JSON.stringify(current);
    if (cache?.raw !== raw) cache = { raw, list: current };
    return cache.list;
  };
  return {
    list,
    save(entry) {
      writeJson(key, [entry, ...list().filter((other) => other.id !== entry.id)]);
    },
    forget(id) {
      writeJson(
        key,
        list().filter((entry) => entry.id !== id),
      );
    },
    find(id) {
      return list().find((entry) => entry.id === id) ?? null;
    },
    useList() {
      return useSyncExternalStore((notify) => watchKey(key, notify), snapshot, snapshot);
    },
  };
}
