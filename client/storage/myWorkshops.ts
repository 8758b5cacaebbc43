/**
 * The workshops created on this laptop, with their four tokens. They live only here: the server keeps
 * token hashes, so losing this list means keeping the links some other way (the guide says so).
 */
import type { WorkshopTokens } from '../../shared/protocol/http';
import { isRecord } from './localJson';
import { storedList } from './storedList';

export interface MyWorkshop {
  id: string;
  title: string;
  place: string;
  date: string;
  joinCode: string;
  tokens: WorkshopTokens;
  createdAt: number;
}

const myWorkshops = storedList<MyWorkshop>(
  'fresco.myWorkshops',
  (value): value is MyWorkshop[] =>
    Array.isArray(value) &&
    value.every((entry) => isRecord(entry) && typeof entry.id === 'string' && isRecord(entry.tokens)),
);

export const listMyWorkshops = myWorkshops.list;
export const saveMyWorkshop = myWorkshops.save;
export const forgetMyWorkshop = myWorkshops.forget;
export const findMyWorkshop = myWorkshops.find;
export const useMyWorkshops = myWorkshops.useList;
