/**
 * A live value read from an awareness, for useSyncExternalStore: the value is computed once per awareness
 * change and the same object is returned until the next one, as React requires of a snapshot.
 */
import { useCallback, useSyncExternalStore } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/**
 * Reads the value from every screen's state. Define it once at module level: it keys the cache, so a new
 * function on each render would recompute the value on each render.
 */
export type AwarenessSelect<T> = (states: Map<number, unknown>, ownClientId: number) => T;

/** Tells a recomputed value that says the same as the previous one, so the previous one is kept. */
export type SameValue<T> = (previous: T, next: T) => boolean;

interface Cached {
  version: number;
  value: unknown;
}

const versions = new WeakMap<Awareness, number>();
const caches = new WeakMap<Awareness, Map<AwarenessSelect<unknown>, Cached>>();

export function useAwarenessSnapshot<T>(
  awareness: Awareness,
  select: AwarenessSelect<T>,
  same?: SameValue<T>,
): T {
  const subscribeTo = useCallback((notify: () => void) => subscribe(awareness, notify), [awareness]);
  return useSyncExternalStore(subscribeTo, () => snapshot(awareness, select, same));
}

function subscribe(awareness: Awareness, notify: () => void): () => void {
  countVersions(awareness);
  awareness.on('change', notify);
  return () => awareness.off('change', notify);
}

/**
 * Counts every change of an awareness from the first time it is read, subscribed or not: React reads a
 * snapshot at render and subscribes only after the commit, and a change in between (a facilitator's
 * state arriving as the projector mounts) must still be seen when React checks the snapshot again.
 */
function countVersions(awareness: Awareness): void {
  if (versions.has(awareness)) return;
  versions.set(awareness, 0);
  awareness.on('change', () => versions.set(awareness, (versions.get(awareness) ?? 0) + 1));
}

function snapshot<T>(awareness: Awareness, select: AwarenessSelect<T>, same?: SameValue<T>): T {
  countVersions(awareness);
  const version = versions.get(awareness) ?? 0;
  let cache = caches.get(awareness);
  if (!cache) {
    cache = new Map();
    caches.set(awareness, cache);
  }
  const cached = cache.get(select as AwarenessSelect<unknown>);
  if (cached && cached.version === version) return cached.value as T;
  const next = select(awareness.getStates(), awareness.clientID);
  const value = cached && same?.(cached.value as T, next) ? (cached.value as T) : next;
  cache.set(select as AwarenessSelect<unknown>, { version, value });
  return value;
}
