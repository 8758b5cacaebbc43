/** Workshop settings the facilitator edits: identity of the workshop, phase, door, lock, votes, calendar. */
import type * as Y from 'yjs';
import { CURRENT_SCHEMA_VERSION } from '../../migrate/version';
import { cleanLabel, wellFormed } from '../../model/label';
import { LABEL_MAX } from '../../schema/board';
import { LANGUAGES, type Language, PHASES, type Phase, type YearMonth } from '../../schema/control';
import { defaultWorkshopSettings } from '../../schema/defaults';
import type { Origin } from '../origin';
import { SCHEMA_VERSION_KEY, setIfChanged, workshopMap } from '../roots';

export interface WorkshopInfo {
  title?: string;
  place?: string;
  /** `YYYY-MM-DD` or empty; stored as given. */
  date?: string;
  language?: Language;
}

/**
 * Writes a new workshop: every setting that is absent gets its default (present ones are kept, so
 * calling it twice is harmless), then the given info, and the current schema version if none is stored.
 */
export function initWorkshop(
  doc: Y.Doc,
  info: { title: string; place?: string; date?: string; language?: Language },
  origin: Origin,
): void {
  const map = workshopMap(doc);
  doc.transact(() => {
    for (const [key, value] of Object.entries(defaultWorkshopSettings())) {
      if (key !== SCHEMA_VERSION_KEY && !map.has(key)) map.set(key, value);
    }
    writeInfo(map, info);
    if (!map.has(SCHEMA_VERSION_KEY)) map.set(SCHEMA_VERSION_KEY, CURRENT_SCHEMA_VERSION);
  }, origin);
}

export function updateWorkshopInfo(doc: Y.Doc, info: WorkshopInfo, origin: Origin): void {
  doc.transact(() => writeInfo(workshopMap(doc), info), origin);
}

function writeInfo(map: Y.Map<unknown>, info: WorkshopInfo): void {
  if (typeof info.title === 'string') setIfChanged(map, 'title', cleanLabel(info.title, LABEL_MAX));
  if (typeof info.place === 'string') setIfChanged(map, 'place', cleanLabel(info.place, LABEL_MAX));
  if (typeof info.date === 'string') setIfChanged(map, 'date', wellFormed(info.date.trim()));
  if (isOneOf(info.language, LANGUAGES)) setIfChanged(map, 'language', info.language);
}

/** False (and nothing written) for a value that is not a phase. */
export function setPhase(doc: Y.Doc, phase: Phase, origin: Origin): boolean {
  return setScalar(doc, 'phase', phase, isOneOf(phase, PHASES), origin);
}

/** Opens or closes the join code; the server refuses codes while it is closed. */
export function setDoorOpen(doc: Y.Doc, open: boolean, origin: Origin): boolean {
  return setScalar(doc, 'doorOpen', open, typeof open === 'boolean', origin);
}

/**
 * Opens or closes the door and sets when it closes by itself (epoch ms, or null for no planned time),
 * in one step: opening again after a planned closing has passed must clear that time too.
 */
export function setDoor(
  doc: Y.Doc,
  door: { open: boolean; closesAt: number | null },
  origin: Origin,
): boolean {
  const closesAt = door.closesAt;
  const validTime =
    closesAt === null || (typeof closesAt === 'number' && Number.isFinite(closesAt) && closesAt > 0);
  if (typeof door.open !== 'boolean' || !validTime) return false;
  const map = workshopMap(doc);
  doc.transact(() => {
    setIfChanged(map, 'doorOpen', door.open);
    setIfChanged(map, 'doorClosesAt', closesAt);
  }, origin);
  return true;
}

export function setBoardLocked(doc: Y.Doc, locked: boolean, origin: Origin): boolean {
  return setScalar(doc, 'boardLocked', locked, typeof locked === 'boolean', origin);
}

/** Tokens per resident, a whole number ≥ 0; lowering it never removes votes already cast. */
export function setVotesPerParticipant(doc: Y.Doc, count: number, origin: Origin): boolean {
  const valid = typeof count === 'number' && Number.isFinite(count) && count >= 0;
  return setScalar(doc, 'votesPerParticipant', valid ? Math.floor(count) : 0, valid, origin);
}

/** Stored as given, even end before start: the plan editor shows it as a draft warning. */
export function setTimelineSpan(
  doc: Y.Doc,
  span: { start: YearMonth; end: YearMonth },
  origin: Origin,
): boolean {
  if (typeof span.start !== 'string' || typeof span.end !== 'string') return false;
  const map = workshopMap(doc);
  doc.transact(() => {
    setIfChanged(map, 'timelineStart', wellFormed(span.start));
    setIfChanged(map, 'timelineEnd', wellFormed(span.end));
  }, origin);
  return true;
}

function setScalar(doc: Y.Doc, key: string, value: unknown, valid: boolean, origin: Origin): boolean {
  if (!valid) return false;
  doc.transact(() => setIfChanged(workshopMap(doc), key, value), origin);
  return true;
}

function isOneOf<T extends string>(value: unknown, allowed: readonly T[]): value is T {
  return typeof value === 'string' && (allowed as readonly string[]).includes(value);
}
