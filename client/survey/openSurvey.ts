/**
 * Opening the interviewer's page, in the order that lets it work on the pavement:
 * 1. the phone's own seat: kept from an earlier opening (no network needed), or the shared link's token
 *    checked and traded for a seat (`POST /api/surveys/:id/seat`), kept with the SurveyInfo;
 * 2. the survey document from its IndexedDB copy, then the socket;
 * 3. every pictogram into the IndexedDB bundle, and the app shell into the service worker's cache.
 * A phone that never got past step 1 on the wifi has nothing to work from: it says so.
 */
import type { SurveyInfo } from '../../shared/protocol/survey';
import type { ApiFailureCode } from '../api/http';
import { openPictogramBundle, pictogramStats, subscribePictograms } from '../pictograms/pictogramBundle';
import { keepInterviewDraft } from './interviewDraft';
import { prepareOfflineShell } from './offline/registerWorker';
import { surveyApi } from './surveyApi';
import { type KeptSurvey, keepSurvey, recallSurvey } from './surveyDevice';
import { SurveySession } from './surveySession';
import { type SurveyFailure, useSurveyStore } from './useSurveyStore';

declare global {
  interface Window {
    /** For e2e tests and the measurements: how far the phone is, and when it got ready. */
    __frescoSurvey?: { readyMs: number | null; openedAt: number };
  }
}

let current: SurveySession | null = null;

/** The open session's document and seat, for commands.ts; null until the seat is known. */
export function currentSurvey(): SurveySession | null {
  return current;
}

export function tokenOfHash(hash: string): string | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const token = params.get('token');
  return token && token.length <= 200 ? token : null;
}

/** Opens the session; returns a function that closes it. */
export function openSurvey(surveyId: string, hash: string): () => void {
  const store = useSurveyStore.getState();
  const openedAt = performance.now();
  window.__frescoSurvey = { readyMs: null, openedAt };
  let closed = false;
  const stopWatching: Array<() => void> = [];

  const start = async () => {
    const kept = await seatOf(surveyId, tokenOfHash(hash));
    if (closed) return;
    if ('failure' in kept) {
      useSurveyStore.getState().setOpening('failed', kept.failure);
      return;
    }
    store.setInfo(kept.info, kept.seatId);
    store.setReadiness({ seat: true, synced: kept.readyAt !== undefined });
    store.setOpening('open');
    stopWatching.push(keepInterviewDraft(surveyId));
    stopWatching.push(warnBeforeOfflineReload());
    const session = new SurveySession(surveyId, kept.seatId, kept.token);
    current = session;
    const pictograms = () => {
      const stats = pictogramStats();
      useSurveyStore.getState().setReadiness({
        pictograms: stats.state,
        pictogramsKept: stats.state === 'ready' && (stats.source === 'device' || stats.storedMs !== null),
      });
      markReady(surveyId);
    };
    stopWatching.push(subscribePictograms(pictograms));
    stopWatching.push(useSurveyStore.subscribe(() => markReady(surveyId)));
    void openPictogramBundle().then(pictograms);
    // The copy in IndexedDB finishes a moment after the bundle is usable: look again then.
    const poll = setInterval(pictograms, 500);
    stopWatching.push(() => clearInterval(poll));
    void prepareOfflineShell().then((shell) => useSurveyStore.getState().setReadiness({ shell }));
    await session.open();
    void refreshInfo(surveyId, kept);
  };
  void start();

  return () => {
    closed = true;
    for (const stop of stopWatching) stop();
    current?.destroy();
    current = null;
  };
}

/** The phone's kept seat, or a new one for the shared link, or why there is none. */
async function seatOf(
  surveyId: string,
  linkToken: string | null,
): Promise<KeptSurvey | { failure: SurveyFailure }> {
  const kept = recallSurvey(surveyId);
  if (kept) return kept;
  if (!linkToken) return { failure: 'no_token' };
  const checked = await surveyApi.info(surveyId, linkToken);
  if (!checked.ok) return { failure: failureOf(checked.code, true) };
  let token = linkToken;
  let seatId = checked.value.seatId ?? null;
  if (!seatId) {
    const seat = await surveyApi.seat(surveyId, linkToken);
    if (!seat.ok) return { failure: failureOf(seat.code, true) };
    token = seat.value.token;
    seatId = seat.value.seatId;
  }
  const fresh: KeptSurvey = { token, seatId, info: { ...checked.value, seatId }, checkedAt: Date.now() };
  keepSurvey(surveyId, fresh);
  return fresh;
}

/** Back on the wifi with a kept seat: the lead may have changed the questionnaire since. */
async function refreshInfo(surveyId: string, kept: KeptSurvey): Promise<void> {
  const result = await surveyApi.info(surveyId, kept.token);
  if (!result.ok) {
    if (result.code === 'unreachable' || result.code === 'server_error') return;
    useSurveyStore.getState().setOpening('failed', failureOf(result.code, false));
    return;
  }
  const info: SurveyInfo = { ...result.value, seatId: kept.seatId };
  const latest = recallSurvey(surveyId) ?? kept;
  keepSurvey(surveyId, { ...latest, info, checkedAt: Date.now() });
  const store = useSurveyStore.getState();
  // Not in the middle of an interview: its steps must not move under the interviewer's finger.
  if (store.step === null) store.setInfo(info, kept.seatId);
}

/** The first time every check passes, the phone notes it: later openings start as ready. */
function markReady(surveyId: string): void {
  const { readiness } = useSurveyStore.getState();
  if (!isReady(readiness)) return;
  const probe = window.__frescoSurvey;
  if (probe && probe.readyMs === null) probe.readyMs = performance.now() - probe.openedAt;
  const kept = recallSurvey(surveyId);
  if (kept && kept.readyAt === undefined) keepSurvey(surveyId, { ...kept, readyAt: Date.now() });
}

export function isReady(readiness: ReturnType<typeof useSurveyStore.getState>['readiness']): boolean {
  return (
    readiness.seat &&
    readiness.pictogramsKept &&
    readiness.synced &&
    (readiness.shell === 'ready' || readiness.shell === 'unsupported')
  );
}

function failureOf(code: ApiFailureCode, firstOpening: boolean): SurveyFailure {
  switch (code) {
    case 'unreachable':
      return firstOpening ? 'never_prepared' : 'server_error';
    case 'unknown_workshop':
      return 'deleted';
    case 'bad_token':
    case 'forbidden':
      return 'wrong_link';
    case 'too_many_attempts':
      return 'full';
    default:
      return 'server_error';
  }
}

/**
 * Where no service worker can keep the page (a plain-http address), a reload with no network shows the
 * browser's error page: the browser asks first. The interviews are safe either way (IndexedDB).
 */
function warnBeforeOfflineReload(): () => void {
  const warn = (event: BeforeUnloadEvent) => {
    if (navigator.onLine || useSurveyStore.getState().readiness.shell === 'ready') return;
    event.preventDefault();
  };
  window.addEventListener('beforeunload', warn);
  return () => window.removeEventListener('beforeunload', warn);
}
