/**
 * One document of a workshop: its local copy, its websocket, and whether the server has stored what
 * this screen wrote. The stock y-websocket provider is used as is, with three additions:
 * - final close codes (FINAL_CLOSE_CODES) stop it instead of the stock 44xx rule (a rate-limit close
 *   must reconnect, a revoked token must not);
 * - upgrades refused before any socket opens (401/404 at the HTTP upgrade look like plain network
 *   errors to a browser) are counted, so the workshop can re-check its token over HTTP;
 * - the server's sync-step-1 after storing our writes is read to tell "saved on the server", and what it
 *   relays afterwards counts as held (stateVectors.withSent).
 *
 * A state vector counts inserted structs only; a deletion leaves it unchanged. So after a local deletion
 * the screen also sends its own sync-step-1 (a "probe"): the server answers every step-1 with a step-2
 * only once everything received before it is durable, and a socket keeps order, so the answer to the
 * last probe proves the deletion is stored.
 *
 * Two more, on what the socket carries:
 * - every frame this screen sends stays under 512 KB (splitSending): an old board's answer to the
 *   server's step 1 repeats the whole delete set, and a frame over the server's 1 MB cap closes with 1009
 *   on every reconnect;
 * - a close 4422 (the server refused one of our updates: another resident's record, a broken shape) never
 *   reconnects with the same state: the local copy (IndexedDB and the Y.Doc, which cannot drop structs) is
 *   thrown away, a fresh Y.Doc syncs from the server, and the screens are handed the new document.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { writeSyncStep1 } from 'y-protocols/sync';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { CLOSE, FINAL_CLOSE_CODES } from '../../shared/protocol/closeCodes';
import type { SyncedDocName } from '../../shared/schema/roles';
import type { SyncState } from '../workshop/session';
import { clearLocalCopy, openLocalCopy } from './localCopy';
import { RefusalBackoff } from './refusalBackoff';
import { installSplitSending } from './splitSending';
import {
  covers,
  localVector,
  peekSyncStep1,
  peekSyncUpdate,
  type StateVector,
  withSent,
} from './stateVectors';

export interface DocConnectionEvents {
  /** Something that may change this document's SyncState happened. */
  onChange(): void;
  /** The server closed with a code after which reconnecting cannot help. */
  onFinalClose(code: number): void;
  /** Several attempts in a row never got a socket open. */
  onRefused(): void;
  /**
   * The server refused an update and `doc` is now a fresh document synced from the server's state:
   * screens must drop what they hold of the previous one.
   */
  onReset(): void;
}

type SyncHandler = (
  encoder: unknown,
  decoder: decoding.Decoder,
  provider: WebsocketProvider,
  emitSynced: boolean,
  messageType: number,
) => void;

const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;
const PROBE_DELAY_MS = 300;
/** Failed attempts in a row before asking the HTTP API whether the token still opens the workshop. */
const REFUSALS_BEFORE_CHECK = 2;
/** After a reset, the screens get the fresh document once it synced, or after this long offline. */
const RESET_HANDOVER_MS = 5_000;

export class DocConnection {
  private current = new Y.Doc();
  private token: string | null = null;
  private resetting = false;
  private readonly backoff = new RefusalBackoff();
  private provider: WebsocketProvider | null = null;
  private persistence: IndexeddbPersistence | null = null;
  private serverVector: StateVector | null = null;
  private socketOpen = false;
  /** The socket was open once and is not now (or the browser said the network is gone). */
  private lostConnection = false;
  private refusalsInARow = 0;
  private destroyed = false;
  /** Step-1s this socket sent (the stock one on open, then probes) and step-2s it got back. */
  private probesSent = 0;
  private repliesReceived = 0;
  /** The first sync is marked once, for traces of a cold join (`fresco:synced-<doc>`). */
  private markedSynced = false;
  private unprobedDeletes = false;
  private probeTimer: ReturnType<typeof setTimeout> | null = null;

  constructor(
    readonly workshopId: string,
    readonly docName: SyncedDocName,
    /** Whether this screen's role writes this document (only those count for "saved"). */
    readonly writable: boolean,
    private readonly events: DocConnectionEvents,
  ) {
    this.watch(this.current);
  }

  /** The document the screens show; replaced by a fresh one after the server refused an update. */
  get doc(): Y.Doc {
    return this.current;
  }

  async loadLocalCopy(): Promise<void> {
    this.persistence = await openLocalCopy(this.workshopId, this.docName, this.doc);
  }

  connect(token: string, delayMs = 0): void {
    if (this.destroyed || this.provider) return;
    this.token = token;
    const url = `${location.origin.replace(/^http/, 'ws')}/sync`;
    const provider = new WebsocketProvider(url, `${this.workshopId}/${this.docName}`, this.doc, {
      params: { token },
      connect: delayMs === 0,
      // Another tab's messages must not look like the server's "stored" notice; IndexedDB is shared anyway.
      disableBc: true,
      maxBackoffTime: 5000,
      // A refused update is never sent again: the refusal resets the document instead (see 'closed').
      shouldReconnect: (event) =>
        !FINAL_CLOSE_CODES.includes(event.code) && event.code !== CLOSE.refusedUpdate,
    });
    if (delayMs > 0) setTimeout(() => provider.connect(), delayMs);
    installSplitSending(provider);
    const stock = provider.messageHandlers[MESSAGE_SYNC] as unknown as SyncHandler;
    const wrapped: SyncHandler = (encoder, decoder, from, emitSynced, messageType) => {
      const vector = peekSyncStep1(decoder);
      const isReply = decoding.peekVarUint(decoder) === SYNC_STEP_2;
      const sent = vector ? null : peekSyncUpdate(decoder);
      stock(encoder, decoder, from, emitSynced, messageType);
      if (isReply) this.repliesReceived++;
      // Read even when the doc had it all already (another tab of this browser may have put it in the
      // shared IndexedDB copy first): the server sending it proves it holds it.
      if (sent && this.serverVector) this.serverVector = withSent(this.serverVector, sent);
      if (vector) {
        this.serverVector = vector;
        // Our answer to it (sent right after this handler) may carry offline deletions: probe after it.
        if (this.unprobedDeletes) this.scheduleProbe();
      }
      if (vector || sent) this.events.onChange();
    };
    provider.messageHandlers[MESSAGE_SYNC] = wrapped as unknown as (typeof provider.messageHandlers)[number];
    provider.on('status', ({ status }) => {
      // A probe lost with its socket proves nothing: probe again after reconnecting.
      if (this.repliesReceived < this.probesSent && this.probesSent > 1) this.unprobedDeletes = true;
      this.socketOpen = status === 'connected';
      if (status === 'disconnected') this.lostConnection = true;
      if (this.socketOpen) this.refusalsInARow = 0;
      this.serverVector = null;
      // The stock provider sends one step-1 as the socket opens.
      this.probesSent = this.socketOpen ? 1 : 0;
      this.repliesReceived = 0;
      this.events.onChange();
    });
    provider.on('sync', (synced: boolean) => {
      if (synced && !this.markedSynced) {
        this.markedSynced = true;
        performance.mark(`fresco:synced-${this.docName}`);
      }
      this.events.onChange();
    });
    provider.on('connection-close', (event) => {
      // A socket that never opened: refused at the upgrade, or no network at all.
      if (!event || this.socketOpen) return;
      this.refusalsInARow++;
      if (this.refusalsInARow >= REFUSALS_BEFORE_CHECK) this.events.onRefused();
      this.events.onChange();
    });
    provider.on('closed', ({ code }) => {
      if (code === CLOSE.refusedUpdate) void this.resetAfterRefusal();
      else this.events.onFinalClose(code);
    });
    this.provider = provider;
    // A dead wifi can leave a socket looking open for up to 30 s (the provider's watchdog); when the
    // browser knows the network is gone, say so at once and reconnect as soon as it is back.
    window.addEventListener('offline', this.onBrowserOffline);
    window.addEventListener('online', this.onBrowserOnline);
  }

  /**
   * What the server holds of this document, as far as this socket knows: its last stored-state vector
   * plus what it relayed since; null while no socket is synced. The survey phone counts the interviews
   * still waiting to be sent from it.
   */
  get serverState(): ReadonlyMap<number, number> | null {
    return this.provider?.wsconnected ? this.serverVector : null;
  }

  get awareness(): Awareness {
    if (!this.provider) throw new Error(`${this.docName} is not connected yet`);
    return this.provider.awareness;
  }

  get state(): SyncState {
    if (!this.provider?.wsconnected)
      return this.lostConnection || this.refusalsInARow > 0 ? 'offline' : 'connecting';
    if (!this.provider.synced) return 'saving';
    if (!this.writable) return 'saved';
    if (!this.serverVector || this.unprobedDeletes || this.repliesReceived < this.probesSent) return 'saving';
    return covers(this.serverVector, localVector(this.doc)) ? 'saved' : 'saving';
  }

  /** Stops talking to the server; the document and its local copy stay (edits are kept on the tablet). */
  disconnect(): void {
    window.removeEventListener('offline', this.onBrowserOffline);
    window.removeEventListener('online', this.onBrowserOnline);
    const provider = this.provider;
    if (!provider) return;
    provider.awareness.setLocalState(null);
    provider.destroy();
    this.provider = null;
    this.socketOpen = false;
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.probeTimer) clearTimeout(this.probeTimer);
    this.disconnect();
    this.unwatch(this.current);
    void this.persistence?.destroy();
    this.current.destroy();
  }

  /**
   * The server refused an update of ours (close 4422). Everything this screen holds of the document may
   * carry it, so all of it goes: the IndexedDB store is deleted, a fresh Y.Doc takes the old one's place
   * and syncs from the server; edits not yet stored are lost, which is what the notice tells the person.
   */
  private async resetAfterRefusal(): Promise<void> {
    if (this.destroyed || this.resetting || !this.token) return;
    this.resetting = true;
    const delay = this.backoff.next(Date.now());
    this.disconnect();
    const old = this.current;
    const oldPersistence = this.persistence;
    this.persistence = null;
    this.unwatch(old);
    this.current = new Y.Doc();
    this.watch(this.current);
    this.serverVector = null;
    this.unprobedDeletes = false;
    this.probesSent = 0;
    this.repliesReceived = 0;
    // Connected (or waiting to) at once: another document's reset may rebuild the session meanwhile, and
    // that reads every document's awareness, which needs a provider.
    this.connect(this.token, delay);
    await clearLocalCopy(this.workshopId, this.docName, oldPersistence);
    if (this.destroyed) return;
    await this.firstSync(RESET_HANDOVER_MS + delay);
    if (this.destroyed) return;
    // Stored from the server's state on, as a first opening would (y-indexeddb writes the doc as it is).
    this.persistence = await openLocalCopy(this.workshopId, this.docName, this.current);
    this.resetting = false;
    this.events.onReset();
    // Destroyed only after the screens let go of it: a destroyed doc stops their undo managers.
    old.destroy();
  }

  private firstSync(timeoutMs: number): Promise<void> {
    return new Promise((resolve) => {
      const provider = this.provider;
      if (!provider || provider.synced) {
        resolve();
        return;
      }
      const timer = setTimeout(done, timeoutMs);
      function done(): void {
        clearTimeout(timer);
        provider?.off('sync', onSync);
        resolve();
      }
      const onSync = (synced: boolean) => {
        if (synced) done();
      };
      provider.on('sync', onSync);
    });
  }

  private watch(doc: Y.Doc): void {
    doc.on('update', this.onLocalUpdate);
    doc.on('afterTransaction', this.onTransaction);
  }

  private unwatch(doc: Y.Doc): void {
    doc.off('update', this.onLocalUpdate);
    doc.off('afterTransaction', this.onTransaction);
  }

  private readonly onBrowserOffline = (): void => {
    this.provider?.disconnect();
    this.lostConnection = true;
    this.events.onChange();
  };

  private readonly onBrowserOnline = (): void => {
    this.provider?.connect();
  };

  private readonly onLocalUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (origin !== this.provider && this.writable) this.events.onChange();
  };

  private readonly onTransaction = (transaction: Y.Transaction): void => {
    if (!this.writable || !transaction.local || transaction.origin === this.provider) return;
    if (transaction.deleteSet.clients.size === 0) return;
    this.unprobedDeletes = true;
    if (this.provider?.wsconnected) this.scheduleProbe();
  };

  private scheduleProbe(): void {
    if (this.probeTimer) return;
    this.probeTimer = setTimeout(() => {
      this.probeTimer = null;
      const socket = this.provider?.ws;
      if (!this.provider?.wsconnected || !socket || socket.readyState !== WebSocket.OPEN) return;
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, MESSAGE_SYNC);
      writeSyncStep1(encoder, this.doc);
      socket.send(encoding.toUint8Array(encoder));
      this.probesSent++;
      this.unprobedDeletes = false;
      this.events.onChange();
    }, PROBE_DELAY_MS);
  }
}
