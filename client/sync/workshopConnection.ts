/**
 * The three documents of one workshop screen, opened from the device's copy first and then synced.
 * It keeps `useConnectionStore` up to date and turns what the server says into failures: a final close
 * code at once, a string of refused upgrades after re-checking the token over HTTP (a browser cannot
 * see the 401/404 of a refused upgrade).
 */
import { canWrite, DOC_NAMES, type DocName, type Role } from '../../shared/schema/roles';
import { api } from '../api/http';
import type { SyncState } from '../workshop/session';
import { DocConnection } from './docConnection';
import { failureOfApi, failureOfClose, type WorkshopFailure } from './failure';
import { useConnectionStore } from './useConnectionStore';

/** At most one HTTP re-check in this interval, however many sockets fail. */
const RECHECK_INTERVAL_MS = 5000;

export class WorkshopConnection {
  readonly docs: Record<DocName, DocConnection>;
  private lastRecheck = 0;
  private stopped = false;
  /** Set while "end my session" runs, so the server's goodbye is not shown as a freed seat. */
  ending = false;

  constructor(
    readonly workshopId: string,
    private readonly token: string,
    readonly role: Role,
    readonly seatId: string | null,
  ) {
    const events = {
      onChange: () => this.publish(),
      onFinalClose: (code: number) => this.onFinalClose(code),
      onRefused: () => void this.recheck(),
    };
    const open = (name: DocName) =>
      new DocConnection(workshopId, name, canWrite(role, name), {
        ...events,
        onReset: () => this.onReset(name),
      });
    this.docs = { control: open('control'), board: open('board'), plan: open('plan') };
    useConnectionStore.getState().reset();
  }

  /** Loads the three local copies, then opens the sockets: what the tablet had is on screen at once. */
  async open(): Promise<void> {
    await Promise.all(DOC_NAMES.map((name) => this.docs[name].loadLocalCopy()));
    if (this.stopped) return;
    for (const name of DOC_NAMES) this.docs[name].connect(this.token);
    this.publish();
  }

  /** Resolves once every document this screen writes is stored on the server, or false after `timeoutMs`. */
  whenSaved(timeoutMs: number): Promise<boolean> {
    return new Promise((resolve) => {
      if (this.isSaved()) {
        resolve(true);
        return;
      }
      const timer = setTimeout(() => {
        unsubscribe();
        resolve(false);
      }, timeoutMs);
      const unsubscribe = useConnectionStore.subscribe(() => {
        if (!this.isSaved()) return;
        clearTimeout(timer);
        unsubscribe();
        resolve(true);
      });
    });
  }

  /** Stops syncing and shows why. The documents and their local copies stay: nothing is lost. */
  fail(failure: WorkshopFailure): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const name of DOC_NAMES) this.docs[name].disconnect();
    useConnectionStore.getState().setFailure(failure);
  }

  /** Stops syncing without a failure (the tablet's session ended). */
  stop(): void {
    this.stopped = true;
    for (const name of DOC_NAMES) this.docs[name].disconnect();
  }

  destroy(): void {
    this.stopped = true;
    for (const name of DOC_NAMES) this.docs[name].destroy();
  }

  private isSaved(): boolean {
    const { docs } = useConnectionStore.getState();
    return DOC_NAMES.every((name) => !this.docs[name].writable || docs[name] === 'saved');
  }

  private publish(): void {
    if (this.stopped) return;
    const docs = {
      control: this.docs.control.state,
      board: this.docs.board.state,
      plan: this.docs.plan.state,
    };
    useConnectionStore.getState().setDocs(docs, this.screenState(docs));
  }

  /** The worst state among the documents that matter: those written, or all for a reader. */
  private screenState(docs: Record<DocName, SyncState>): SyncState {
    const written = DOC_NAMES.filter((name) => this.docs[name].writable);
    const states = DOC_NAMES.map((name) => docs[name]);
    if (states.includes('offline')) return 'offline';
    if (states.includes('connecting')) return 'connecting';
    const counted = written.length > 0 ? written.map((name) => docs[name]) : states;
    return counted.includes('saving') ? 'saving' : 'saved';
  }

  /** A document was reset after a refused update: the screens rebuild on the fresh one and say why. */
  private onReset(name: DocName): void {
    if (this.stopped) return;
    useConnectionStore.getState().noteReset(name);
    this.publish();
  }

  private onFinalClose(code: number): void {
    if (this.ending) return;
    const failure = failureOfClose(code, this.seatId !== null);
    if (failure) this.fail(failure);
  }

  private async recheck(): Promise<void> {
    const now = Date.now();
    if (this.stopped || this.ending || now - this.lastRecheck < RECHECK_INTERVAL_MS) return;
    this.lastRecheck = now;
    const result = await api.workshopInfo(this.workshopId, this.token);
    if (result.ok || result.code === 'unreachable' || result.code === 'server_error' || this.ending) return;
    this.fail(failureOfApi(result.code, this.seatId !== null));
  }
}
