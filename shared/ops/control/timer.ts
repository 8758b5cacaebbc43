/**
 * The workshop timer. It is stored as an end time (`endsAt`) while running and as `remainingMs` while
 * paused, so a screen that reconnects shows the right time at once without anyone sending ticks.
 * `now` is passed in (the facilitator's clock) so the ops stay deterministic and testable.
 */
import type * as Y from 'yjs';
import { readTimer } from '../../read/workshop';
import type { Timer } from '../../schema/control';
import { defaultTimer } from '../../schema/defaults';
import type { Origin } from '../origin';
import { workshopMap } from '../roots';

/** Starts or resumes; false when already running. */
export function startTimer(doc: Y.Doc, { now }: { now: number }, origin: Origin): boolean {
  const timer = currentTimer(doc);
  if (timer.endsAt !== null || !isFiniteNumber(now)) return false;
  writeTimer(doc, { ...timer, endsAt: now + timer.remainingMs }, origin);
  return true;
}

/** Pauses, keeping what is left; false when not running. */
export function pauseTimer(doc: Y.Doc, { now }: { now: number }, origin: Origin): boolean {
  const timer = currentTimer(doc);
  if (timer.endsAt === null || !isFiniteNumber(now)) return false;
  writeTimer(doc, { ...timer, endsAt: null, remainingMs: Math.max(0, timer.endsAt - now) }, origin);
  return true;
}

/**
 * Adds (or with a negative `ms`, removes) time. A running timer already past zero restarts from now,
 * so "+1 min" after the bell gives one more minute; time never goes below zero.
 */
export function addTimerTime(doc: Y.Doc, { ms, now }: { ms: number; now: number }, origin: Origin): boolean {
  if (!isFiniteNumber(ms) || !isFiniteNumber(now)) return false;
  const timer = currentTimer(doc);
  const durationMs = Math.max(0, (timer.durationMs ?? timer.remainingMs) + ms);
  if (timer.endsAt === null) {
    const remainingMs = Math.max(0, timer.remainingMs + ms);
    writeTimer(doc, { ...timer, remainingMs, durationMs: Math.max(durationMs, remainingMs) }, origin);
  } else {
    const endsAt = Math.max(now, Math.max(timer.endsAt, now) + ms);
    writeTimer(doc, { ...timer, endsAt, durationMs: Math.max(durationMs, endsAt - now) }, origin);
  }
  return true;
}

/** Stops and sets the duration for the next start. */
export function resetTimer(doc: Y.Doc, { ms }: { ms: number }, origin: Origin): boolean {
  if (!isFiniteNumber(ms) || ms < 0) return false;
  writeTimer(doc, { ...currentTimer(doc), endsAt: null, remainingMs: ms, durationMs: ms }, origin);
  return true;
}

export function setPauseInputAtZero(doc: Y.Doc, pause: boolean, origin: Origin): boolean {
  if (typeof pause !== 'boolean') return false;
  writeTimer(doc, { ...currentTimer(doc), pauseInputAtZero: pause }, origin);
  return true;
}

function currentTimer(doc: Y.Doc): Timer {
  return readTimer(workshopMap(doc).get('timer'), defaultTimer());
}

// The timer is one plain value: the facilitator is its only writer, so last writer wins is the right merge.
function writeTimer(doc: Y.Doc, timer: Timer, origin: Origin): void {
  doc.transact(() => workshopMap(doc).set('timer', timer), origin);
}

function isFiniteNumber(value: unknown): value is number {
  return typeof value === 'number' && Number.isFinite(value);
}
