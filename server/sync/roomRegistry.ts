/**
 * The live rooms of the process. Each room is loaded once (one promise per room, shared by everyone who
 * asks meanwhile), runs migrations as it loads, and is unloaded after it has been idle for a while.
 */
import { DOC_NAMES, type DocName } from '../../shared/schema/roles';
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

  get(workshopId: string, docName: DocName): Promise<Room> {
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
  async use<T>(workshopId: string, docName: DocName, action: (room: Room) => T): Promise<T> {
    const room = await this.get(workshopId, docName);
    try {
      return action(room);
    } finally {
      this.armIdleIfUnused(workshopId, docName);
    }
  }

  /** The room if it is loaded now; never starts a load. */
  loaded(workshopId: string, docName: DocName): Room | null {
    const room = this.entries.get(roomKey(workshopId, docName))?.room;
    return room && !room.isDestroyed ? room : null;
  }

  /** Resolves once everything the room holds is on disk. */
  async durable(workshopId: string, docName: DocName): Promise<void> {
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

  /** Drops a deleted workshop's rooms without storing anything more of them. */
  forget(workshopId: string): void {
    for (const [key, entry] of [...this.entries]) {
      if (!key.startsWith(`${workshopId}/`)) continue;
      this.clearIdle(entry);
      entry.room?.destroy();
      this.entries.delete(key);
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

  private async load(workshopId: string, docName: DocName): Promise<Room> {
    // Yield once, so every caller in this turn shares the promise before the synchronous load runs.
    await Promise.resolve();
    const room = new Room(workshopId, docName, this.store, this.commits, this.log, this.options);
    room.seatUsers = this.seats;
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
  peek(workshopId: string, docName: DocName): Room | null {
    const room = this.entries.get(roomKey(workshopId, docName))?.room;
    return room && !room.isDestroyed ? room : null;
  }

  private armIdleIfUnused(workshopId: string, docName: DocName): void {
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

function roomKey(workshopId: string, docName: DocName): string {
  return `${workshopId}/${docName}`;
}
