/**
 * The workshops created on this laptop, with their four tokens. They live only here: the server keeps
 * token hashes, so losing this list means keeping the links some other way (the guide says so).
 */
import { useSyncExternalStore } from 'react';
import type { WorkshopTokens } from '../../shared/protocol/http';
import { isRecord, readJson, watchKey, writeJson } from './localJson';

export interface MyWorkshop {
  id: string;
  title: string;
  place: string;
  date: string;
  joinCode: string;
  tokens: WorkshopTokens;
  createdAt: number;
}

const KEY = 'fresco.myWorkshops';

function isWorkshopList(value: unknown): value is MyWorkshop[] {
  return (
    Array.isArray(value) &&
    value.every((entry) => isRecord(entry) && typeof entry.id === 'string' && isRecord(entry.tokens))
  );
}

export function listMyWorkshops(): MyWorkshop[] {
  return readJson(KEY, isWorkshopList, []);
}

export function saveMyWorkshop(workshop: MyWorkshop): void {
  const others = listMyWorkshops().filter((entry) => entry.id !== workshop.id);
  writeJson(KEY, [workshop, ...others]);
}

export function forgetMyWorkshop(id: string): void {
  writeJson(
    KEY,
    listMyWorkshops().filter((entry) => entry.id !== id),
  );
}

export function findMyWorkshop(id: string): MyWorkshop | null {
  return listMyWorkshops().find((entry) => entry.id === id) ?? null;
}

let cache: { raw: string; list: MyWorkshop[] } | null = null;

function snapshot(): MyWorkshop[] {
  const list = listMyWorkshops();
  const raw = JSON.stringify(list);
  if (cache?.raw !== raw) cache = { raw, list };
  return cache.list;
}

export function useMyWorkshops(): MyWorkshop[] {
  return useSyncExternalStore((notify) => watchKey(KEY, notify), snapshot, snapshot);
}
