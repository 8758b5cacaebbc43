/**
 * The survey document of one session on this phone: its IndexedDB copy first, then the socket, through
 * the same DocConnection the workshop screens use (stored-state tracking, split sending, the refusal
 * reset). It publishes the status bar's counts: this phone's interviews, and those the server has not
 * stored yet, from the widest of the live stored-state vector and the one kept on the phone.
 */
import { UserOrigin } from '../../shared/ops/origin';
import { interviewsMap } from '../../shared/ops/roots';
import { SURVEY_DOC } from '../../shared/schema/survey';
import { DocConnection } from '../sync/docConnection';
import { failureOfClose } from '../sync/failure';
import { unsentInterviews, widest } from './pending';
import { surveyApi } from './surveyApi';
import { keepStoredVector, recallStoredVector } from './surveyDevice';
import { type SurveyFailure, useSurveyStore } from './useSurveyStore';

/** At most one HTTP re-check in this interval, however many sockets fail. */
const RECHECK_INTERVAL_MS = 5000;

export class SurveySession {
  readonly connection: DocConnection;
  readonly origin: UserOrigin;
  private stored: Map<number, number>;
  private lastRecheck = 0;
  private stopped = false;
  private watched: import('yjs').Doc | null = null;

  constructor(
    readonly surveyId: string,
    readonly seatId: string,
    private readonly token: string,
  ) {
    this.origin = new UserOrigin(seatId);
    this.stored = recallStoredVector(surveyId);
    this.connection = new DocConnection(surveyId, SURVEY_DOC, true, {
      onChange: () => this.publish(),
      onFinalClose: (code) => this.onFinalClose(code),
      onRefused: () => void this.recheck(),
      onReset: () => {
        useSurveyStore.getState().noteReset();
        this.watch();
        this.publish();
      },
    });
    this.watch();
  }

  get doc() {
    return this.connection.doc;
  }

  async open(): Promise<void> {
    await this.connection.loadLocalCopy();
    if (this.stopped) return;
    this.connection.connect(this.token);
    this.publish();
  }

  destroy(): void {
    this.stopped = true;
    this.watched?.off('update', this.onUpdate);
    this.connection.destroy();
  }

  private watch(): void {
    this.watched?.off('update', this.onUpdate);
    this.watched = this.connection.doc;
    this.watched.on('update', this.onUpdate);
  }

  private readonly onUpdate = () => this.publish();

  private publish(): void {
    if (this.stopped) return;
    const live = this.connection.serverState;
    if (live) {
      const next = widest(this.stored, live);
      if (differs(next, this.stored)) {
        this.stored = next;
        keepStoredVector(this.surveyId, next);
      }
    }
    const sync = this.connection.state;
    let mine = 0;
    for (const record of interviewsMap(this.doc).values()) {
      if ((record as { get?: (key: string) => unknown }).get?.('author') === this.seatId) mine++;
    }
    const waiting = unsentInterviews(this.doc, this.seatId, this.stored).length;
    const store = useSurveyStore.getState();
    store.setCounts({ sync, mine, waiting });
    if (sync === 'saved' || sync === 'saving') {
      if (!store.readiness.synced) store.setReadiness({ synced: true });
    }
  }

  private onFinalClose(code: number): void {
    const failure = failureOfClose(code, true);
    if (failure === 'deleted') this.fail('deleted');
    else if (failure) this.fail('wrong_link');
  }

  private async recheck(): Promise<void> {
    const now = Date.now();
    if (this.stopped || now - this.lastRecheck < RECHECK_INTERVAL_MS) return;
    this.lastRecheck = now;
    const result = await surveyApi.info(this.surveyId, this.token);
    if (result.ok || result.code === 'unreachable' || result.code === 'server_error') return;
    this.fail(result.code === 'unknown_workshop' ? 'deleted' : 'wrong_link');
  }

  /** Stops syncing; the interviews stay in the phone's copy. */
  private fail(failure: SurveyFailure): void {
    this.connection.disconnect();
    useSurveyStore.getState().setOpening('failed', failure);
  }
}

function differs(a: ReadonlyMap<number, number>, b: ReadonlyMap<number, number>): boolean {
  if (a.size !== b.size) return true;
  for (const [client, clock] of a) if (b.get(client) !== clock) return true;
  return false;
}
