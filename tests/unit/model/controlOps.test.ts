import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCapabilityAxis,
  removeCapabilityAxis,
  renameCapabilityAxis,
  setCapabilityAxes,
} from '../../../shared/ops/control/capabilityAxes';
import { addCustomPictogram, removeCustomPictogram } from '../../../shared/ops/control/customPictograms';
import { bringEveryone, setFollow } from '../../../shared/ops/control/follow';
import {
  addTimerTime,
  pauseTimer,
  resetTimer,
  setPauseInputAtZero,
  startTimer,
} from '../../../shared/ops/control/timer';
import {
  initWorkshop,
  setBoardLocked,
  setDoorOpen,
  setPhase,
  setTimelineSpan,
  setVotesPerParticipant,
  updateWorkshopInfo,
} from '../../../shared/ops/control/workshop';
import { ServerOrigin, UserOrigin } from '../../../shared/ops/origin';
import { workshopMap } from '../../../shared/ops/roots';
import { readWorkshop } from '../../../shared/read/workshop';
import type { Phase } from '../../../shared/schema/control';
import { DEFAULT_CAPABILITY_AXES, DEFAULT_TIMER_MS } from '../../../shared/schema/defaults';

const me = new UserOrigin('facilitator');

function newControl(): Y.Doc {
  const doc = new Y.Doc();
  initWorkshop(doc, { title: '  Atelier Jas de Bouffan ', place: 'Centre social', date: '2026-03-12' }, me);
  return doc;
}

function transactionsDuring(doc: Y.Doc, run: () => void): unknown[] {
  const origins: unknown[] = [];
  const listener = (transaction: Y.Transaction) => origins.push(transaction.origin);
  doc.on('afterTransaction', listener);
  run();
  doc.off('afterTransaction', listener);
  return origins;
}

describe('initWorkshop', () => {
  it('writes every setting, the given info trimmed, and the current schema version', () => {
    const doc = newControl();
    const settings = readWorkshop(doc);
    expect(settings).toMatchObject({
      title: 'Atelier Jas de Bouffan',
      place: 'Centre social',
      date: '2026-03-12',
      language: 'fr',
      phase: 'welcome',
      doorOpen: true,
      schemaVersion: 1,
    });
    expect(workshopMap(doc).get('capabilityAxes')).toEqual(DEFAULT_CAPABILITY_AXES);
    expect(workshopMap(doc).has('timer')).toBe(true);
  });

  it('keeps settings already present when called again (never resets a running workshop)', () => {
    const doc = newControl();
    setPhase(doc, 'propose', me);
    initWorkshop(doc, { title: 'Nouveau titre' }, new ServerOrigin('test'));
    expect(readWorkshop(doc)).toMatchObject({
      phase: 'propose',
      title: 'Nouveau titre',
      place: 'Centre social',
    });
  });

  it('runs as exactly one transaction with the given origin', () => {
    const doc = new Y.Doc();
    const origins = transactionsDuring(doc, () => initWorkshop(doc, { title: 'x' }, me));
    expect(origins).toEqual([me]);
  });
});

describe('workshop settings', () => {
  it('updates only the given info fields and ignores an unknown language', () => {
    const doc = newControl();
    updateWorkshopInfo(doc, { place: 'Maison de quartier', language: 'de' as 'fr' }, me);
    expect(readWorkshop(doc)).toMatchObject({ title: 'Atelier Jas de Bouffan', place: 'Maison de quartier' });
    expect(readWorkshop(doc).language).toBe('fr');
    updateWorkshopInfo(doc, { language: 'en' }, me);
    expect(readWorkshop(doc).language).toBe('en');
  });

  it('sets phase, door and lock, refusing values of the wrong kind', () => {
    const doc = newControl();
    expect(setPhase(doc, 'thread', me)).toBe(true);
    expect(setPhase(doc, 'party' as Phase, me)).toBe(false);
    expect(setDoorOpen(doc, false, me)).toBe(true);
    expect(setBoardLocked(doc, true, me)).toBe(true);
    expect(setBoardLocked(doc, 'yes' as unknown as boolean, me)).toBe(false);
    expect(readWorkshop(doc)).toMatchObject({ phase: 'thread', doorOpen: false, boardLocked: true });
  });

  it('does not send an update when a setter writes the value already stored', () => {
    const doc = newControl();
    setPhase(doc, 'explore', me);
    let updates = 0;
    doc.on('update', () => updates++);
    setPhase(doc, 'explore', me);
    setDoorOpen(doc, true, me);
    expect(updates).toBe(0);
  });

  it('stores whole vote budgets and refuses what is not a count', () => {
    const doc = newControl();
    expect(setVotesPerParticipant(doc, 5.7, me)).toBe(true);
    expect(readWorkshop(doc).votesPerParticipant).toBe(5);
    expect(setVotesPerParticipant(doc, Number.NaN, me)).toBe(false);
    expect(setVotesPerParticipant(doc, -1, me)).toBe(false);
    expect(readWorkshop(doc).votesPerParticipant).toBe(5);
  });

  it('stores a timeline span as given, even end before start', () => {
    const doc = newControl();
    expect(setTimelineSpan(doc, { start: '2029-01', end: '2027-06' }, me)).toBe(true);
    expect(readWorkshop(doc)).toMatchObject({ timelineStart: '2029-01', timelineEnd: '2027-06' });
  });
});

describe('timer', () => {
  it('runs as an end time, pauses with what is left, resumes from there', () => {
    const doc = newControl();
    expect(startTimer(doc, { now: 10_000 }, me)).toBe(true);
    expect(readWorkshop(doc).timer).toEqual({
      endsAt: 10_000 + DEFAULT_TIMER_MS,
      remainingMs: DEFAULT_TIMER_MS,
      durationMs: DEFAULT_TIMER_MS,
      pauseInputAtZero: false,
    });
    expect(startTimer(doc, { now: 11_000 }, me)).toBe(false);
    expect(pauseTimer(doc, { now: 70_000 }, me)).toBe(true);
    // Paused, the whole countdown stays known, so the pie shows the share left rather than a full disc.
    expect(readWorkshop(doc).timer).toMatchObject({
      endsAt: null,
      remainingMs: DEFAULT_TIMER_MS - 60_000,
      durationMs: DEFAULT_TIMER_MS,
    });
    expect(pauseTimer(doc, { now: 80_000 }, me)).toBe(false);
    startTimer(doc, { now: 100_000 }, me);
    expect(readWorkshop(doc).timer.endsAt).toBe(100_000 + DEFAULT_TIMER_MS - 60_000);
  });

  it('adds time from now once past zero, and never goes below zero', () => {
    const doc = newControl();
    resetTimer(doc, { ms: 60_000 }, me);
    startTimer(doc, { now: 0 }, me);
    addTimerTime(doc, { ms: 60_000, now: 500_000 }, me);
    expect(readWorkshop(doc).timer.endsAt).toBe(560_000);
    addTimerTime(doc, { ms: -10 * 60_000, now: 500_000 }, me);
    expect(readWorkshop(doc).timer.endsAt).toBe(500_000);
    pauseTimer(doc, { now: 500_000 }, me);
    addTimerTime(doc, { ms: -5_000, now: 0 }, me);
    expect(readWorkshop(doc).timer.remainingMs).toBe(0);
    addTimerTime(doc, { ms: 30_000, now: 0 }, me);
    expect(readWorkshop(doc).timer.remainingMs).toBe(30_000);
    expect(addTimerTime(doc, { ms: Number.NaN, now: 0 }, me)).toBe(false);
  });

  it('resets to a stopped duration and keeps the pause-at-zero choice', () => {
    const doc = newControl();
    setPauseInputAtZero(doc, true, me);
    startTimer(doc, { now: 0 }, me);
    expect(resetTimer(doc, { ms: 5 * 60_000 }, me)).toBe(true);
    expect(readWorkshop(doc).timer).toEqual({
      endsAt: null,
      remainingMs: 300_000,
      durationMs: 300_000,
      pauseInputAtZero: true,
    });
    expect(resetTimer(doc, { ms: -1 }, me)).toBe(false);
  });
});

describe('follow', () => {
  const view = { canvas: 'board' as const, x: 10, y: 20, zoom: 1.5 };

  it('publishes the viewport, keeps bringSeq while panning, stops with null', () => {
    const doc = newControl();
    setFollow(doc, view, me);
    expect(readWorkshop(doc).follow).toEqual({ ...view, bringSeq: 0 });
    bringEveryone(doc, view, me);
    setFollow(doc, { ...view, x: 99 }, me);
    expect(readWorkshop(doc).follow).toEqual({ ...view, x: 99, bringSeq: 1 });
    setFollow(doc, null, me);
    expect(readWorkshop(doc).follow).toBeNull();
  });

  it('bumps bringSeq on every bring, even across a stop of following (followers compare it)', () => {
    const doc = newControl();
    bringEveryone(doc, view, me);
    bringEveryone(doc, view, me);
    setFollow(doc, null, me);
    bringEveryone(doc, view, me);
    expect(readWorkshop(doc).follow?.bringSeq).toBe(3);
  });

  it('refuses a viewport with an unknown canvas or a bad zoom', () => {
    const doc = newControl();
    expect(setFollow(doc, { ...view, canvas: 'wall' as 'board' }, me)).toBe(false);
    expect(bringEveryone(doc, { ...view, zoom: 0 }, me)).toBe(false);
    expect(readWorkshop(doc).follow).toBeNull();
  });
});

describe('capability axes', () => {
  it('adds, renames and removes axes; unknown ids are no-ops', () => {
    const doc = newControl();
    const id = addCapabilityAxis(doc, { label: '  Mobilité  ' }, me);
    expect(id).not.toBeNull();
    expect(readWorkshop(doc).capabilityAxes.at(-1)).toEqual({ id, label: 'Mobilité' });
    expect(addCapabilityAxis(doc, { label: 'x', id: 'work' }, me)).toBeNull();
    expect(renameCapabilityAxis(doc, { id: 'work', label: 'Emploi' }, me)).toBe(true);
    expect(renameCapabilityAxis(doc, { id: 'nope', label: 'x' }, me)).toBe(false);
    expect(removeCapabilityAxis(doc, { id: 'rights' }, me)).toBe(true);
    expect(removeCapabilityAxis(doc, { id: 'rights' }, me)).toBe(false);
    const axes = readWorkshop(doc).capabilityAxes;
    expect(axes.map((axis) => axis.id)).toEqual(['work', 'knowledge', 'dignity', 'participation', id]);
    expect(axes[0]?.label).toBe('Emploi');
  });

  it('replaces the list, dropping entries without id and duplicates; an empty list is kept', () => {
    const doc = newControl();
    setCapabilityAxes(
      doc,
      [
        { id: 'a', label: 'A' },
        { id: '', label: 'no id' },
        { id: 'a', label: 'dup' },
      ],
      me,
    );
    expect(readWorkshop(doc).capabilityAxes).toEqual([{ id: 'a', label: 'A' }]);
    setCapabilityAxes(doc, [], me);
    expect(readWorkshop(doc).capabilityAxes).toEqual([]);
  });
});

describe('custom pictograms', () => {
  it('adds and removes, refusing unknown kinds', () => {
    const doc = newControl();
    const id = addCustomPictogram(
      doc,
      { kind: 'activity', label: 'Marché du mardi', pictogram: 'shopping' },
      me,
    );
    expect(readWorkshop(doc).customPictograms).toEqual([
      { id, kind: 'activity', label: 'Marché du mardi', pictogram: 'shopping' },
    ]);
    expect(
      addCustomPictogram(doc, { kind: 'mood' as 'activity', label: 'x', pictogram: 'y' }, me),
    ).toBeNull();
    expect(removeCustomPictogram(doc, { id: 'unknown' }, me)).toBe(false);
    expect(removeCustomPictogram(doc, { id: id as string }, me)).toBe(true);
    expect(readWorkshop(doc).customPictograms).toEqual([]);
  });
});
