import { HttpError } from '../http/respond';

/** Validation of what people type when creating a workshop: clear messages, never a crash. */
export interface WorkshopInput {
  title: string;
  place: string;
  date: string;
}

const TITLE_MAX = 120;
const PLACE_MAX = 120;

export function parseWorkshopInput(body: Record<string, unknown>): WorkshopInput {
  const { title, place, date } = body;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new HttpError(400, 'invalid_title', 'A workshop needs a title.');
  }
  if (title.trim().length > TITLE_MAX) {
    throw new HttpError(400, 'invalid_title', `The title is longer than ${TITLE_MAX} characters.`);
  }
  if (place !== undefined && (typeof place !== 'string' || place.length > PLACE_MAX)) {
    throw new HttpError(400, 'invalid_place', `The place must be text of at most ${PLACE_MAX} characters.`);
  }
  if (date !== undefined && (typeof date !== 'string' || !isIsoDate(date))) {
    throw new HttpError(400, 'invalid_date', 'The date must be a real day written YYYY-MM-DD.');
  }
  return { title: title.trim(), place: (place ?? '').trim(), date: date ?? '' };
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value);
}

export function parseJoinCode(body: Record<string, unknown>): string | null {
  const code = typeof body.code === 'string' ? body.code.replace(/\s+/g, '') : '';
  return /^\d{6}$/.test(code) ? code : null;
}
