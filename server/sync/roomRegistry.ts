/**
 * The live rooms of the process. Each room is loaded once (one promise per room, shared by everyone who
 * asks meanwhile), runs migrations as it loads, and is unloaded after it has been idle for a while.
 */
import { DOC_NAMES, type SyncedDocName } from '../../shared/schema/roles';
import { SURVEY_DOC } from '../../shared/schema/survey';
import type { Logger } from '../log';
import type { GroupCommit } from '../storage/groupCommit';
import type { Store } from '../storage/store';
import type { Connection } from './connection';
import { Room, type RoomOptions } from './room';
import { SeatDirectory } from './seatDirectory';

export interface RoomRegistryOptions extends RoomOptions {
  /** How long a room with no connection stays in memory. */
  idleMs: number;
  /** Runs once when a room loads, before anyone sees it (schema migrations). Throws to refuse the room. */
  prepare: (room: Room) => void;
}

interface Entry {
  ready: Promise<Room>;
  room: Room | null;
  idleTimer: NodeJS.Timeout | null;
}

export class RoomRegistry {
  private readonly entries = new Map<string, Entry>();
  private readonly connections = new Set<Connection>();
  /** Seats' names, avatars and colours for the awareness of every room, from each workshop's board. */
  private readonly seats: SeatDirectory;
  /** Workshops being deleted: none of their rooms may load again, even for a request already under way. */
  private readonly stopped = new Set<string>();

  constructor(
    private readonly store: Store,
    private readonly commits: GroupCommit,
    private readonly log: Logger,
    private readonly options: RoomRegistryOptions,
  ) {
    this.seats = new SeatDirectory(
      {
        loaded: (workshopId) => this.loaded(workshopId, 'board'),
        load: (workshopId) => this.use(workshopId, 'board', () => undefined),
      },
      (workshopId, seatId) => {
        for (const docName of DOC_NAMES) this.loaded(workshopId, docName)?.restampSeat(seatId);
      },
    );
  }

  get size(): number {
    return this.entries.size;
  }

  get connectionCount(): number {
    return this.connections.size;
  }

  get(workshopId: string, docName: SyncedDocName): Promise<Room> {
    const key = roomKey(workshopId, docName);
    const existing = this.entries.get(key);
    if (existing?.room?.isDestroyed) this.entries.delete(key);
    else if (existing) {
      this.clearIdle(existing);
      return existing.ready;
    }
    const entry: Entry = { ready: this.load(workshopId, docName), room: null, idleTimer: null };
    this.entries.set(key, entry);
    // Registered first, so `room` is set before any other caller's continuation runs.
    entry.ready.then(
      (room) => {
        entry.room = room;
      },
      () => this.entries.delete(key),
    );
    return entry.ready;
  }

  /** Runs a read or a server-side change on a room, keeping it loaded only as long as it is useful. */
  async use<T>(workshopId: string, docName: SyncedDocName, action: (room: Room) => T): Promise<T> {
    const room = await this.get(workshopId, docName);
    try {
      return action(room);
    } finally {
      this.armIdleIfUnused(workshopId, docName);
    }
  }

  /** The room if it is loaded now; never starts a load. */
  loaded(workshopId: string, docName: SyncedDocName): Room | null {
    const room = this.entries.get(roomKey(workshopId, docName))?.room;
    return room && !room.isDestroyed ? room : null;
  }

  /** Resolves once everything the room holds is on disk. */
  async durable(workshopId: string, docName: SyncedDocName): Promise<void> {
    const entry = this.entries.get(roomKey(workshopId, docName));
    const room = entry?.room;
    if (!room) return;
    await new Promise<void>((resolve) => room.whenDurable(resolve));
  }

  track(connection: Connection): void {
    this.connections.add(connection);
  }

  untrack(connection: Connection): void {
    this.connections.delete(connection);
    this.armIdleIfUnused(connection.context.workshopId, connection.context.docName);
  }

  /** Closes the sockets of one seat (freed or reassigned) or of every token of a workshop. */
  disconnect(workshopId: string, code: number, reason: string, seatId?: string): void {
    for (const connection of [...this.connections]) {
      if (connection.context.workshopId !== workshopId) continue;
      if (seatId !== undefined && connection.context.seatId !== seatId) continue;
      connection.close(code, reason);
    }
  }

  /**
   * Stops a workshop that is being deleted, before its rows are erased: closes its sockets with `code`,
   * drops what its rooms had not stored yet from the group commit, destroys them (a room still loading
   * too, once it is loaded) and refuses to load them again. Measured on main, where the rooms were only
   * destroyed: a write queued in the same turn was stored after the erase in 6 trials out of 8.
   */
  stop(workshopId: string, code: number, reason: string): void {
    this.stopped.add(workshopId);
    this.disconnect(workshopId, code, reason);
    for (const [key, entry] of [...this.entries]) {
      if (!key.startsWith(`${workshopId}/`)) continue;
      this.clearIdle(entry);
      this.entries.delete(key);
      if (entry.room) this.drop(entry.room);
      else
        entry.ready.then(
          (room) => this.drop(room),
          () => undefined,
        );
    }
  }

  /** Stores what is pending, folds logs into snapshots, and closes every socket. */
  shutdown(code: number, reason: string): void {
    for (const connection of [...this.connections]) connection.close(code, reason);
    this.commits.flush();
    for (const entry of this.entries.values()) {
      this.clearIdle(entry);
      entry.room?.compact();
      entry.room?.destroy();
    }
    this.entries.clear();
  }

  private drop(room: Room): void {
    this.commits.discard(room);
    room.destroy();
  }

  private async load(workshopId: string, docName: SyncedDocName): Promise<Room> {
    // Yield once, so every caller in this turn shares the promise before the synchronous load runs.
    await Promise.resolve();
    if (this.stopped.has(workshopId)) throw new Error(`workshop ${workshopId} was deleted`);
    const room = new Room(workshopId, docName, this.store, this.commits, this.log, this.options);
    // A survey session has no board: its interviewers show no seat's name.
    if (docName !== SURVEY_DOC) room.seatUsers = this.seats;
    try {
      room.load();
      this.options.prepare(room);
    } catch (error) {
      room.destroy();
      throw error;
    }
    this.log.debug('room_loaded', { workshop: workshopId, doc: docName });
    return room;
  }

  /** The room if it is loaded now, without loading it (the gate reads the control document's budget). */
  peek(workshopId: string, docName: SyncedDocName): Room | null {
    const room = this.entries.get(roomKey(workshopId, docName))?.room;
    return room && !room.isDestroyed ? room : null;
  }

  private armIdleIfUnused(workshopId: string, docName: SyncedDocName): void {
    const key = roomKey(workshopId, docName);
    const entry = this.entries.get(key);
    const room = entry?.room;
    if (!entry || !room || room.connections.size > 0 || entry.idleTimer) return;
    entry.idleTimer = setTimeout(() => this.unload(key, entry), this.options.idleMs);
    entry.idleTimer.unref();
  }

  private unload(key: string, entry: Entry): void {
    entry.idleTimer = null;
    const room = entry.room;
    if (!room || room.connections.size > 0 || this.entries.get(key) !== entry) return;
    if (room.hasUnstoredChanges) {
      this.armIdleIfUnused(room.workshopId, room.docName);
      return;
    }
    room.compact();
    room.destroy();
    this.entries.delete(key);
    this.log.debug('room_unloaded', { workshop: room.workshopId, doc: room.docName });
  }

  private clearIdle(entry: Entry): void {
    if (!entry.idleTimer) return;
    clearTimeout(entry.idleTimer);
    entry.idleTimer = null;
  }
}

function roomKey(workshopId: string, docName: SyncedDocName): string {
  return `${workshopId}/${docName}`;
}
