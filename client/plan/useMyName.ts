import { useCallback, useSyncExternalStore } from 'react';
import { readJson, watchKey, writeJson } from '../storage/localJson';

const KEY = 'fresco.plan.name';
const isString = (value: unknown): value is string => typeof value === 'string';

/** The name (or organisation) this laptop shows to others on the plan; kept on the device only. */
export function useMyName(): [string, (name: string) => void] {
  const name = useSyncExternalStore(
    (notify) => watchKey(KEY, notify),
    () => readJson(KEY, isString, ''),
  );
  const setName = useCallback((next: string) => {
    writeJson(KEY, next.slice(0, 40));
  }, []);
  return [name, setName];
}
