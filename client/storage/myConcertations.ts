/**
 * The concertations created on this laptop, with the lead's token. Like the workshops' list, they live
 * only here: the server keeps a hash of the token, never the token.
 */
import { isRecord } from './localJson';
import { storedList } from './storedList';

export interface MyConcertation {
  id: string;
  title: string;
  city: string;
  token: string;
  createdAt: number;
}

export const myConcertations = storedList<MyConcertation>(
  'fresco.myConcertations',
  (value): value is MyConcertation[] =>
    Array.isArray(value) &&
    value.every(
      (entry) => isRecord(entry) && typeof entry.id === 'string' && typeof entry.token === 'string',
    ),
);
