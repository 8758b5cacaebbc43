/**
 * One live document (a workshop's control, board or plan) and the sockets on it.
 *
 * Path of a write: a connection applies a client's update to `doc` with itself as origin → the doc's
 * update event queues it here → the group commit stores it → `committed` relays one merged update to
 * the other connections and tells the writer what is now stored. Anything that sends document state
 * (a sync-step-2 reply) waits for `whenDurable`, so no client ever sees bytes that are not on disk.
 */
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { PresenceUser } from '../../shared/protocol/awareness';
import type { SyncedDocName } from '../../shared/schema/roles';
import type { Logger } from '../log';
import type { CommitParticipant, GroupCommit } from '../storage/groupCommit';
import type { Store, UpdateEntry } from '../storage/store';
import { encodeAwarenessEntries } from './awarenessFilter';
import { AwarenessPacer, DEFAULT_PACER_POLICY, type PacerPolicy } from './awarenessPacer';
import { type GateLimits, UpdateGate } from './gate/updateGate';
import { encodeAwarenessMessage, encodeSyncMessage, SYNC_UPDATE } from './messages';

/** What a room needs from a connection; kept small so the room can be tested without sockets. */
export interface RoomConnection {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** The writer learns the stored state vector after its writes (throttled by the connection). */
  noteStored(): void;
  readonly seatId: string | null;
}

export interface RoomOptions {
  /** Log entries after which the log is folded into a snapshot. */
  compactAfter: number;
  /** When awareness changes go out: at once in a calm room, merged in a busy one. */
  awarenessPacing?: PacerPolicy;
  /** Tokens each resident may place on proposals, read from the workshop's control document. */
  voteBudget?: (workshopId: string) => number;
  gateLimits?: GateLimits;
}

/** Used when the control document is not loaded; the schema's default budget. */
const FALLBACK_VOTE_BUDGET = 100;

const LOAD_ORIGIN = Symbol('load');

/** Where a room finds a seat's display fields (the board's `participants[seat]`). */
export interface SeatUsers {
  /** Null while the workshop's board is not loaded (asking starts the load). */
  userOf(workshopId: string, seatId: string): PresenceUser | null;
}

/** The live socket that speaks for an awareness client id, and the token it came with. */
export interface AwarenessOwner {
  connection: RoomConnection;
  holder: string;
}

interface AwarenessChange {
  added: number[];
  updated: number[];
  removed: number[];
}

/** What a room holds for presence once a screen speaks (its listeners too: none for a silent room). */
interface Presence {
  awareness: awarenessProtocol.Awareness;
  onUpdate: (change: AwarenessChange, origin: unknown) => void;
  flush: () => void;
  pacer: AwarenessPacer;
  /** Client ids changed since the last fan-out. */
  changed: Set<number>;
  /** The client ids each connection speaks for, made on its first claim. */
  clientsOf: Map<RoomConnection, Set<number>>;
  owners: Map<number, AwarenessOwner>;
}

interface PendingUpdate {
  update: Uint8Array;
  origin: RoomConnection | null;
}

export class Room implements CommitParticipant {
  readonly doc = new Y.Doc();
  readonly connections = new Set<RoomConnection>();
  /**
   * Presence, built when the first screen speaks: an idle room (nobody there, or screens that only sync)
   * holds no awareness, no pacer and no 3-second check interval of its own.
   */
  private presence: Presence | null = null;
  private pending: PendingUpdate[] = [];
  private inFlight: PendingUpdate[] = [];
  /** The merged update of the batch being stored: written to disk, then relayed, merged once. */
  private inFlightUpdate: Uint8Array | null = null;
  /**
   * The whole document as one update, for clients that join with nothing; dropped on every change. Held
   * weakly: a join storm shares one encoding, but an idle room does not keep a copy of its document
   * (megabytes for a large board) beside the document itself.
   */
  private fullState: WeakRef<Uint8Array> | null = null;
  private afterDurable: Array<() => void> = [];
  private lastSeq = 0;
  private logSinceSnapshot = 0;
  private compactTimer: NodeJS.Timeout | null = null;
  private awarenessTimer: NodeJS.Timeout | null = null;
  private destroyed = false;
  /** Bytes of the stored log and snapshot, for the gate's cap on a document's size. */
  private stored = 0;
  /** Checks every client update before it is applied; built on first use. */
  private updateGate: UpdateGate | null = null;
  /** Set by the registry; without it (unit tests) seats show no user. */
  seatUsers: SeatUsers | null = null;

  constructor(
    readonly workshopId: string,
    readonly docName: SyncedDocName,
    private readonly store: Store,
    private readonly commits: GroupCommit,
    private readonly log: Logger,
    private readonly options: RoomOptions,
  ) {
    this.doc.on('update', this.onDocUpdate);
  }

  /** The room's awareness, built on first use. */
  get awareness(): awarenessProtocol.Awareness {
    return this.presenceOf().awareness;
  }

  private presenceOf(): Presence {
    if (this.presence) return this.presence;
    const awareness = new awarenessProtocol.Awareness(this.doc);
    // The server has no presence of its own.
    awareness.setLocalState(null);
    const presence: Presence = {
      awareness,
      onUpdate: (change, origin) => this.onAwarenessUpdate(change, origin),
      flush: () => this.flushAwareness(),
      pacer: new AwarenessPacer(this.options.awarenessPacing ?? DEFAULT_PACER_POLICY, performance.now()),
      changed: new Set(),
      clientsOf: new Map(),
      owners: new Map(),
    };
    awareness.on('update', presence.onUpdate);
    this.presence = presence;
    return presence;
  }

  /** Rebuilds the document from the snapshot and the log; nothing loaded is stored again. */
  load(): void {
    const stored = this.store.loadDoc(this.workshopId, this.docName);
    // Unheard: with a listener, Yjs would encode the whole loaded board once more, only to be ignored.
    this.doc.off('update', this.onDocUpdate);
    try {
      this.doc.transact(() => {
        for (const update of stored.updates) Y.applyUpdate(this.doc, update, LOAD_ORIGIN);
      }, LOAD_ORIGIN);
    } finally {
      this.doc.on('update', this.onDocUpdate);
    }
    this.lastSeq = stored.lastSeq;
    this.logSinceSnapshot = Math.max(0, stored.updates.length - 1);
    this.stored = stored.updates.reduce((total, update) => total + update.byteLength, 0);
  }

  get storedBytes(): number {
    return this.stored;
  }

  get gate(): UpdateGate {
    this.updateGate ??= new UpdateGate(
      this,
      () => this.options.voteBudget?.(this.workshopId) ?? FALLBACK_VOTE_BUDGET,
      this.options.gateLimits,
    );
    return this.updateGate;
  }

  get hasUnstoredChanges(): boolean {
    return this.pending.length > 0 || this.inFlight.length > 0;
  }

  whenDurable(action: () => void): void {
    if (this.hasUnstoredChanges) this.afterDurable.push(action);
    else action();
  }

  addConnection(connection: RoomConnection): void {
    this.connections.add(connection);
    const snapshot = this.awarenessSnapshot();
    if (snapshot) connection.send(snapshot);
  }

  removeConnection(connection: RoomConnection): void {
    this.connections.delete(connection);
    const presence = this.presence;
    if (!presence) return;
    const clients = presence.clientsOf.get(connection);
    presence.clientsOf.delete(connection);
    for (const id of clients ?? []) presence.owners.delete(id);
    if (clients && clients.size > 0) {
      awarenessProtocol.removeAwarenessStates(presence.awareness, [...clients], null);
    }
  }

  /** Applies a sanitized awareness update on behalf of a connection. */
  applyAwareness(update: Uint8Array, connection: RoomConnection): void {
    awarenessProtocol.applyAwarenessUpdate(this.awareness, update, connection);
  }

  awarenessOwner(clientId: number): AwarenessOwner | undefined {
    return this.presence?.owners.get(clientId);
  }

  /**
   * Reserves a client id for a connection while it is connected. A socket of the same token may take
   * it over: a tablet back from a wifi drop reconnects before the server notices its old socket died.
   */
  claimAwarenessClient(clientId: number, connection: RoomConnection, holder: string): void {
    const presence = this.presenceOf();
    const previous = presence.owners.get(clientId);
    if (previous && previous.connection !== connection)
      presence.clientsOf.get(previous.connection)?.delete(clientId);
    presence.owners.set(clientId, { connection, holder });
    this.ownedBy(presence, connection)?.add(clientId);
  }

  /** The client ids a live connection speaks for (none for one that left: it owns nothing more). */
  private ownedBy(presence: Presence, connection: RoomConnection): Set<number> | undefined {
    if (!this.connections.has(connection)) return undefined;
    let owned = presence.clientsOf.get(connection);
    if (!owned) {
      owned = new Set();
      presence.clientsOf.set(connection, owned);
    }
    return owned;
  }

  /** The clock the room holds for a client id (0 if it never heard of it). */
  awarenessClock(clientId: number): number {
    return this.presence?.awareness.meta.get(clientId)?.clock ?? 0;
  }

  presenceUser(seatId: string): PresenceUser | null {
    return this.seatUsers?.userOf(this.workshopId, seatId) ?? null;
  }

  /**
   * A seat's record changed (or the board just loaded; null: every seat): its screens' states get the
   * new user fields. The clock goes up by one so peers take the change; the owner adopts it too (it
   * receives every fan-out) and carries on from that clock.
   */
  restampSeat(seatId: string | null): void {
    const presence = this.presence;
    if (this.destroyed || !presence) return;
    for (const [clientId, owner] of presence.owners) {
      const seat = owner.connection.seatId;
      if (seat === null || (seatId !== null && seat !== seatId)) continue;
      const state = presence.awareness.getStates().get(clientId);
      if (!state) continue;
      const { user: _claimed, ...rest } = state;
      const user = this.presenceUser(seat);
      const clock = this.awarenessClock(clientId) + 1;
      const update = encodeAwarenessEntries([{ clientId, clock, state: user ? { ...rest, user } : rest }]);
      awarenessProtocol.applyAwarenessUpdate(presence.awareness, update, owner.connection);
    }
  }

  awarenessSnapshot(): Uint8Array | null {
    const awareness = this.presence?.awareness;
    if (!awareness) return null;
    const states = [...awareness.getStates().keys()];
    if (states.length === 0) return null;
    return encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(awareness, states));
  }

  takePending(): UpdateEntry | null {
    if (this.pending.length === 0) return null;
    this.inFlight = this.pending;
    this.pending = [];
    const update =
      this.inFlight.length === 1
        ? (this.inFlight[0] as PendingUpdate).update
        : Y.mergeUpdates(this.inFlight.map((p) => p.update));
    this.inFlightUpdate = update;
    this.stored += update.byteLength;
    return { workshopId: this.workshopId, doc: this.docName, update };
  }

  committed(seq: number): void {
    const batch = this.inFlight;
    const merged = this.inFlightUpdate;
    this.inFlight = [];
    this.inFlightUpdate = null;
    this.lastSeq = Math.max(this.lastSeq, seq);
    this.logSinceSnapshot += 1;
    if (merged) this.relay(batch, merged);
    this.runAfterDurable();
    if (this.logSinceSnapshot >= this.options.compactAfter) this.scheduleCompaction();
  }

  commitFailed(error: unknown): void {
    // The in-memory document now holds writes that are not on disk: drop the room, so it reloads from
    // what is stored, and let every client reconnect and send its edits again.
    this.log.error('commit_failed', { workshop: this.workshopId, doc: this.docName, error: String(error) });
    this.inFlight = [];
    for (const connection of [...this.connections]) connection.close(1011, 'storage failure');
    this.destroy();
  }

  /** Folds the log into a snapshot; only when nothing is waiting, so the snapshot is exactly what is stored. */
  compact(): void {
    if (this.destroyed || this.logSinceSnapshot === 0) return;
    if (this.hasUnstoredChanges) {
      this.scheduleCompaction();
      return;
    }
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    this.store.compactDoc(this.workshopId, this.docName, snapshot, this.lastSeq);
    this.logSinceSnapshot = 0;
    this.stored = snapshot.byteLength;
  }

  /** Stores what is pending now rather than at the end of the turn. */
  flushNow(): void {
    if (this.pending.length > 0) this.commits.flush();
  }

  destroy(): void {
    if (this.destroyed) return;
    this.destroyed = true;
    if (this.compactTimer) clearTimeout(this.compactTimer);
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    if (this.presence) {
      this.presence.awareness.off('update', this.presence.onUpdate);
      this.presence.awareness.destroy();
    }
    this.doc.destroy();
    this.afterDurable = [];
  }

  get isDestroyed(): boolean {
    return this.destroyed;
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullState = null;
    if (origin === LOAD_ORIGIN || this.destroyed) return;
    const connection = this.connections.has(origin as RoomConnection) ? (origin as RoomConnection) : null;
    this.pending.push({ update, origin: connection });
    this.commits.schedule(this, update.byteLength);
  };

  private relay(batch: PendingUpdate[], merged: Uint8Array): void {
    const writers = new Set<RoomConnection>();
    for (const item of batch) if (item.origin) writers.add(item.origin);
    // The sole writer of a turn has nothing to learn from it. With several writers, everyone gets the one
    // merged message, echo included: Yjs skips what a client already has, and one merge per turn beats a
    // merge per writer (40 dragging tablets would cost 40 merges a turn).
    const soleWriter = writers.size === 1 && batch.every((item) => item.origin) ? [...writers][0] : null;
    const message = encodeSyncMessage(SYNC_UPDATE, merged);
    for (const connection of this.connections) {
      if (connection !== soleWriter) connection.send(message);
      if (writers.has(connection)) connection.noteStored();
    }
  }

  /** What a client that has nothing needs: encoded once per change of the document, however many join. */
  fullStateUpdate(): Uint8Array {
    const cached = this.fullState?.deref();
    if (cached) return cached;
    const update = Y.encodeStateAsUpdate(this.doc);
    this.fullState = new WeakRef(update);
    return update;
  }

  private runAfterDurable(): void {
    if (this.hasUnstoredChanges) return;
    const actions = this.afterDurable;
    this.afterDurable = [];
    for (const action of actions) action();
  }

  private scheduleCompaction(): void {
    if (this.compactTimer || this.destroyed) return;
    // Off the hot path: a snapshot of a large board costs milliseconds, so it waits for a quiet moment.
    this.compactTimer = setTimeout(() => {
      this.compactTimer = null;
      this.compact();
    }, 500);
    this.compactTimer.unref();
  }

  private onAwarenessUpdate(change: AwarenessChange, origin: unknown): void {
    const presence = this.presence as Presence;
    const owned = change.added.length > 0 ? this.ownedBy(presence, origin as RoomConnection) : undefined;
    if (owned) for (const id of change.added) owned.add(id);
    for (const id of [...change.added, ...change.updated, ...change.removed]) presence.changed.add(id);
    if (this.awarenessTimer || this.destroyed) return;
    const wait = presence.pacer.waitFor(performance.now(), this.connections.size);
    // At once means now, not at the end of the turn: the turn ends with the group commit, and a cursor
    // should not wait for an fsync it has nothing to do with.
    if (wait === 0) this.flushAwareness();
    else this.awarenessTimer = setTimeout(presence.flush, Math.ceil(wait));
  }

  private flushAwareness(): void {
    this.awarenessTimer = null;
    const presence = this.presence;
    if (this.destroyed || !presence || presence.changed.size === 0) return;
    const ids = [...presence.changed];
    presence.changed.clear();
    const message = encodeAwarenessMessage(awarenessProtocol.encodeAwarenessUpdate(presence.awareness, ids));
    for (const connection of this.connections) connection.send(message);
    presence.pacer.sent(performance.now(), this.connections.size);
  }
}
