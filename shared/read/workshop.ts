import type * as Y from 'yjs';
import { isYearMonth } from '../model/yearMonth';
import { workshopMap } from '../ops/roots';
import {
  type CapabilityAxis,
  CUSTOM_PICTOGRAM_KINDS,
  type CustomPictogram,
  LANGUAGES,
  PHASES,
  type Timer,
  type Viewport,
  type WorkshopSettings,
} from '../schema/control';
import { defaultWorkshopSettings } from '../schema/defaults';
import { asBoolean, asEnum, asNumber, asString, fieldsOf } from './coerce';

/** The control document's settings, every field present and well-typed whatever peers wrote. */
export function readWorkshop(doc: Y.Doc): WorkshopSettings {
  const map = workshopMap(doc);
  const fallback = defaultWorkshopSettings();
  const votes = asNumber(map.get('votesPerParticipant'), fallback.votesPerParticipant);
  return {
    title: asString(map.get('title'), fallback.title),
    place: asString(map.get('place'), fallback.place),
    date: asString(map.get('date'), fallback.date),
    language: asEnum(map.get('language'), LANGUAGES, fallback.language),
    phase: asEnum(map.get('phase'), PHASES, fallback.phase),
    doorOpen: asBoolean(map.get('doorOpen'), fallback.doorOpen),
    doorClosesAt: readTime(map.get('doorClosesAt')),
    boardLocked: asBoolean(map.get('boardLocked'), fallback.boardLocked),
    timer: readTimer(map.get('timer'), fallback.timer),
    follow: readViewport(map.get('follow')),
    timelineStart: isYearMonth(map.get('timelineStart'))
      ? (map.get('timelineStart') as string)
      : fallback.timelineStart,
    timelineEnd: isYearMonth(map.get('timelineEnd'))
      ? (map.get('timelineEnd') as string)
      : fallback.timelineEnd,
    capabilityAxes: readAxes(map.get('capabilityAxes'), fallback.capabilityAxes),
    votesPerParticipant: votes >= 0 ? Math.floor(votes) : fallback.votesPerParticipant,
    customPictograms: readCustomPictograms(map.get('customPictograms')),
    schemaVersion: asNumber(map.get('schemaVersion'), 0),
  };
}

/** Whether the join code admits residents at `now`: open, and not past the planned closing time. */
export function doorOpenAt(
  settings: Pick<WorkshopSettings, 'doorOpen' | 'doorClosesAt'>,
  now: number,
): boolean {
  return settings.doorOpen && (settings.doorClosesAt === null || now < settings.doorClosesAt);
}

function readTime(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? value : null;
}

export function readTimer(value: unknown, fallback: Timer): Timer {
  const field = fieldsOf(value);
  if (!field) return fallback;
  const endsAt = field('endsAt');
  const remainingMs = Math.max(0, asNumber(field('remainingMs'), fallback.remainingMs));
  return {
    endsAt: typeof endsAt === 'number' && Number.isFinite(endsAt) ? endsAt : null,
    remainingMs,
    // Timers written before durationMs existed count their stored length as the whole.
    durationMs: Math.max(remainingMs, asNumber(field('durationMs'), remainingMs)),
    pauseInputAtZero: asBoolean(field('pauseInputAtZero'), fallback.pauseInputAtZero),
  };
}

export function readViewport(value: unknown): Viewport | null {
  const field = fieldsOf(value);
  if (!field) return null;
  const zoom = asNumber(field('zoom'), 1);
  return {
    canvas: asEnum(field('canvas'), ['board', 'plan'] as const, 'board'),
    x: asNumber(field('x'), 0),
    y: asNumber(field('y'), 0),
    zoom: zoom > 0 ? zoom : 1,
    bringSeq: asNumber(field('bringSeq'), 0),
  };
}

/** A list that is not an array falls back to the defaults; an empty array is kept (all axes removed). */
function readAxes(value: unknown, fallback: CapabilityAxis[]): CapabilityAxis[] {
  if (!Array.isArray(value)) return fallback;
  const axes: CapabilityAxis[] = [];
  for (const entry of value) {
    const field = fieldsOf(entry);
    const id = field ? asString(field('id')) : '';
    if (id === '' || axes.some((axis) => axis.id === id)) continue;
    axes.push({ id, label: asString(field?.('label')) });
  }
  return axes;
}

function readCustomPictograms(value: unknown): CustomPictogram[] {
  if (!Array.isArray(value)) return [];
  const pictograms: CustomPictogram[] = [];
  for (const entry of value) {
    const field = fieldsOf(entry);
    if (!field) continue;
    const id = asString(field('id'));
    const kind = asEnum(field('kind'), CUSTOM_PICTOGRAM_KINDS, 'activity');
    if (id === '' || pictograms.some((pictogram) => pictogram.id === id)) continue;
    pictograms.push({ id, kind, label: asString(field('label')), pictogram: asString(field('pictogram')) });
  }
  return pictograms;
}
