/** What people type when creating a concertation or one of its workshops: clear messages, never a crash. */
import {
  type CreateConcertationRequest,
  WORKSHOP_KINDS,
  type WorkshopKind,
} from '../../shared/protocol/concertation';
import { HttpError } from '../http/respond';
import { parseWorkshopInput, type WorkshopInput } from '../workshops/validate';

const TITLE_MAX = 120;
const CITY_MAX = 120;

export function parseConcertationInput(body: Record<string, unknown>): Required<CreateConcertationRequest> {
  const { title, city } = body;
  if (typeof title !== 'string' || title.trim() === '') {
    throw new HttpError(400, 'invalid_title', 'A concertation needs a title.');
  }
  if (title.trim().length > TITLE_MAX) {
    throw new HttpError(400, 'invalid_title', `The title is longer than ${TITLE_MAX} characters.`);
  }
  if (city !== undefined && (typeof city !== 'string' || city.length > CITY_MAX)) {
    throw new HttpError(400, 'invalid_city', `The city must be text of at most ${CITY_MAX} characters.`);
  }
  return { title: title.trim(), city: (city ?? '').trim() };
}

export function parseConcertationWorkshopInput(
  body: Record<string, unknown>,
): WorkshopInput & { kind: WorkshopKind } {
  const { kind } = body;
  if (typeof kind !== 'string' || !(WORKSHOP_KINDS as readonly string[]).includes(kind)) {
    throw new HttpError(400, 'invalid_kind', 'The kind must be "residents" or "stakeholders".');
  }
  return { ...parseWorkshopInput(body), kind: kind as WorkshopKind };
}
