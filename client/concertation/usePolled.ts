/**
 * A concertation's view of its workshops is read over HTTP, not synced: it refreshes every so often
 * (and on demand), keeps the last answer while the wifi drops, and says when it could not refresh.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiFailureCode, ApiResult } from '../api/http';

export interface Polled<T> {
  value: T | null;
  /** The last failure, cleared by the next success. */
  failure: ApiFailureCode | null;
  refresh(): void;
}

export function usePolled<T>(load: (() => Promise<ApiResult<T>>) | null, everyMs: number): Polled<T> {
  const [value, setValue] = useState<T | null>(null);
  const [failure, setFailure] = useState<ApiFailureCode | null>(null);
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const current = loadRef.current;
    if (!current) return;
    const mine = ++generation.current;
    void current().then((result) => {
      // An older answer arriving after a newer one must not replace it.
      if (mine !== generation.current) return;
      if (result.ok) {
        setValue(result.value);
        setFailure(null);
      } else setFailure(result.code);
    });
  }, []);

  useEffect(() => {
    if (!load) return;
    refresh();
    const timer = setInterval(() => {
      if (document.visibilityState === 'visible') refresh();
    }, everyMs);
    return () => clearInterval(timer);
  }, [load, everyMs, refresh]);

  return { value, failure, refresh };
}
