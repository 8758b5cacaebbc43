/**
 * One client socket on one room. It listens from the first moment (before the room is loaded) and keeps
 * what arrives meanwhile in a bounded queue; every message is checked against the token's role, and
 * anything malformed, oversized or too frequent closes this socket only.
 */
import type WebSocket from 'ws';
import * as Y from 'yjs';
import type { StampedIdentity } from '../../shared/protocol/awareness';
import { CLOSE } from '../../shared/protocol/closeCodes';
import { canWrite, type SyncedDocName, type TokenRole } from '../../shared/schema/roles';
import type { Logger } from '../log';
import { AwarenessGate, decodeAwarenessUpdate, encodeAwarenessEntries } from './awarenessFilter';
import { readUpdate, UpdateRefused } from './gate/readUpdate';
import { resolveEffects } from './gate/resolveEffects';
import type { Verdict } from './gate/updateGate';
import {
  type ClientMessage,
  encodePermissionDenied,
  encodeSyncMessage,
  MalformedMessageError,
  MESSAGE_AWARENESS,
  parseClientMessage,
  SYNC_STEP_1,
  SYNC_STEP_2,
} from './messages';
import type { Room, RoomConnection } from './room';
import { TokenBucket } from './tokenBucket';

export interface ConnectionLimits {
  maxAwarenessBytes: number;
  maxStateVectorBytes: number;
  /** Messages a connection may send in a burst, and per second sustained. */
  burst: number;
  perSecond: number;
  /** What may wait while the room loads. */
  maxQueuedMessages: number;
  maxQueuedBytes: number;
  readyTimeoutMs: number;
  /** A reader this far behind is cut off; it resyncs on reconnect. */
  maxBufferedBytes: number;
  /** How often a writer is told what is stored. */
  storedNoticeMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxAwarenessBytes: 64 * 1024,
  maxStateVectorBytes: 64 * 1024,
  burst: 400,
  perSecond: 200,
  maxQueuedMessages: 256,
  maxQueuedBytes: 2 * 1024 * 1024,
  readyTimeoutMs: 10_000,
  maxBufferedBytes: 16 * 1024 * 1024,
  storedNoticeMs: 500,
};

export interface ConnectionContext {
  workshopId: string;
  docName: SyncedDocName;
  role: TokenRole;
  seatId: string | null;
  tokenHash: string;
}

export class Connection implements RoomConnection {
  private room: Room | null = null;
  /** Frames that arrived before the room was loaded; null once it is (or while nothing waits). */
  private queue: Uint8Array[] | null = null;
  private queuedBytes = 0;
  private closed = false;
  private deniedOnce = false;
  private storedTimer: NodeJS.Timeout | null = null;
  private readonly bucket: TokenBucket;
  /** Dropped once the room is attached, so a live connection keeps no spent timer alive. */
  private readyTimer: NodeJS.Timeout | null;
  /** Built on the first awareness message: a screen that only syncs never needs one. */
  private awarenessGate: AwarenessGate | null = null;
  private readonly mayWrite: boolean;

  constructor(
    private readonly socket: WebSocket,
    readonly context: ConnectionContext,
    private readonly limits: ConnectionLimits,
    private readonly log: Logger,
    private readonly onClosed: (connection: Connection) => void,
    /** Told when the gate refused one of this socket's updates (for the token's reconnect penalty). */
    private readonly onRefusedUpdate: (connection: Connection) => void = () => {},
  ) {
    this.bucket = new TokenBucket(limits.burst, limits.perSecond);
    this.mayWrite = canWrite(context.role, context.docName);
    socket.binaryType = 'nodebuffer';
    (socket as OwnedSocket)[OWNER] = this;
    socket.on('message', onSocketMessage);
    socket.on('error', onSocketError);
    socket.on('close', onSocketClose);
    this.readyTimer = setTimeout(
      () => this.close(CLOSE.notReady, 'room not ready in time'),
      limits.readyTimeoutMs,
    );
  }

  get seatId(): string | null {
    return this.context.seatId;
  }

  /** Called once the room is loaded: greet with our state vector, then play what was queued. */
  attach(room: Room): void {
    this.clearReadyTimer();
    if (this.closed) return;
    this.room = room;
    room.addConnection(this);
    // Server speaks first, as the stock server does, so a client's offline edits come back to us.
    room.whenDurable(() => this.send(encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(room.doc))));
    const queued = this.queue ?? [];
    this.queue = null;
    this.queuedBytes = 0;
    for (const frame of queued) {
      if (this.closed) return;
      this.handleFrame(frame);
    }
  }

  send(message: Uint8Array): void {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return;
    if (this.socket.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close(CLOSE.notReady, 'client too slow');
      return;
    }
    this.socket.send(message, { binary: true });
  }

  close(code: number, reason: string): void {
    if (this.closed) return;
    this.log.info('connection_closed', { ...this.describe(), code, reason });
    this.teardown();
    try {
      this.socket.close(code, reason);
    } catch {
      this.socket.terminate();
    }
  }

  noteStored(): void {
    if (this.storedTimer || this.closed) return;
    // Trailing and throttled: during a drag the writer learns what is stored twice a second, not 20 times.
    this.storedTimer = setTimeout(() => {
      this.storedTimer = null;
      const room = this.room;
      if (room && !room.isDestroyed) {
        room.whenDurable(() => this.send(encodeSyncMessage(SYNC_STEP_1, Y.encodeStateVector(room.doc))));
      }
    }, this.limits.storedNoticeMs);
  }

  /** @internal The socket's listeners (shared by every socket) hand its events over here. */
  onFrame(data: WebSocket.RawData, isBinary: boolean): void {
    if (this.closed) return;
    if (!isBinary || !(data instanceof Buffer)) {
      this.close(CLOSE.malformed, 'binary y-websocket messages only');
      return;
    }
    if (!this.bucket.take()) {
      this.close(CLOSE.rateLimited, 'too many messages');
      return;
    }
    const frame = new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
    if (this.room) {
      this.handleFrame(frame);
      return;
    }
    this.queuedBytes += frame.byteLength;
    this.queue ??= [];
    this.queue.push(frame);
    if (this.queue.length > this.limits.maxQueuedMessages || this.queuedBytes > this.limits.maxQueuedBytes) {
      this.close(CLOSE.notReady, 'too much sent before the room was ready');
    }
  }

  private handleFrame(frame: Uint8Array): void {
    if (frame[0] === MESSAGE_AWARENESS && frame.byteLength > this.limits.maxAwarenessBytes) {
      this.close(CLOSE.tooLarge, 'awareness message too large');
      return;
    }
    let message: ClientMessage;
    try {
      message = parseClientMessage(frame);
    } catch (error) {
      this.close(
        CLOSE.malformed,
        error instanceof MalformedMessageError ? error.message : 'malformed message',
      );
      return;
    }
    try {
      this.handleMessage(message);
    } catch (error) {
      this.log.warn('message_refused', { ...this.describe(), error: String(error) });
      this.close(CLOSE.malformed, 'message could not be applied');
    }
  }

  private handleMessage(message: ClientMessage): void {
    const room = this.room as Room;
    switch (message.kind) {
      case 'sync-step-1': {
        if (message.stateVector.byteLength > this.limits.maxStateVectorBytes) {
          this.close(CLOSE.tooLarge, 'state vector too large');
          return;
        }
        const stateVector = message.stateVector;
        // Validates now, so a broken vector closes the socket instead of throwing later in a callback.
        const empty = Y.decodeStateVector(stateVector).size === 0;
        room.whenDurable(() => {
          const update = empty ? room.fullStateUpdate() : Y.encodeStateAsUpdate(room.doc, stateVector);
          this.send(encodeSyncMessage(SYNC_STEP_2, update));
        });
        return;
      }
      case 'sync-step-2':
      case 'sync-update':
        if (!this.mayWrite) {
          // Readers answer our sync-step-1 too, with a delete set that repeats what we have: only an
          // update that would change the room is a refused write worth telling them about.
          if (message.update.byteLength > 2 && wouldChange(room.doc, message.update)) this.refuseWrite();
          return;
        }
        this.applyChecked(room, message.update);
        return;
      case 'awareness':
        this.handleAwareness(room, message.update);
        return;
      case 'query-awareness': {
        const snapshot = room.awarenessSnapshot();
        if (snapshot) this.send(snapshot);
        return;
      }
      case 'auth':
        return;
    }
  }

  /**
   * The gate reads and checks the update before Yjs sees a byte of it: a refused one is neither applied,
   * stored nor relayed, and its writer is closed so Fresco's client syncs again from what is stored.
   */
  private applyChecked(room: Room, update: Uint8Array): void {
    let verdict: Verdict;
    try {
      verdict = room.gate.check(update, { role: this.context.role, seatId: this.context.seatId });
    } catch (error) {
      const reason = error instanceof UpdateRefused ? error.message : 'the update could not be checked';
      if (!(error instanceof UpdateRefused))
        this.log.error('gate_error', { ...this.describe(), error: String(error) });
      this.log.warn('update_refused', {
        ...this.describe(),
        seat: this.context.seatId,
        reason,
        bytes: update.byteLength,
      });
      this.onRefusedUpdate(this);
      this.close(CLOSE.refusedUpdate, `refused: ${reason}`.slice(0, 120));
      return;
    }
    Y.applyUpdate(room.doc, update, this);
    room.gate.accept(verdict);
  }

  private handleAwareness(room: Room, update: Uint8Array): void {
    this.awarenessGate ??= new AwarenessGate(this, this.context.tokenHash, {
      role: this.context.role,
      seatId: this.context.seatId,
    } satisfies StampedIdentity);
    const { entries, insisting } = this.awarenessGate.admit(room, decodeAwarenessUpdate(update));
    if (insisting) {
      this.close(CLOSE.malformed, 'awareness for a client this socket does not own');
      return;
    }
    if (entries.length > 0) room.applyAwareness(encodeAwarenessEntries(entries), this);
  }

  private refuseWrite(): void {
    // The write is dropped; the client is told once, so its log explains why nothing sticks.
    if (this.deniedOnce) return;
    this.deniedOnce = true;
    this.send(encodePermissionDenied(`role ${this.context.role} may not write ${this.context.docName}`));
  }

  /** @internal */
  teardown(): void {
    if (this.closed) return;
    this.closed = true;
    this.clearReadyTimer();
    if (this.storedTimer) clearTimeout(this.storedTimer);
    this.queue = null;
    this.room?.removeConnection(this);
    this.onClosed(this);
  }

  /** @internal */
  socketError(error: Error): void {
    this.log.warn('socket_error', { ...this.describe(), error: error.message });
  }

  private clearReadyTimer(): void {
    if (this.readyTimer) clearTimeout(this.readyTimer);
    this.readyTimer = null;
  }

  private describe(): Record<string, unknown> {
    return { workshop: this.context.workshopId, doc: this.context.docName, role: this.context.role };
  }
}

/** The connection a socket speaks for, so one set of listeners serves every socket (`this` is the socket). */
const OWNER = Symbol('connection');

type OwnedSocket = WebSocket & { [OWNER]: Connection };

function onSocketMessage(this: WebSocket, data: WebSocket.RawData, isBinary: boolean): void {
  (this as OwnedSocket)[OWNER].onFrame(data, isBinary);
}

function onSocketError(this: WebSocket, error: Error): void {
  (this as OwnedSocket)[OWNER].socketError(error);
}

function onSocketClose(this: WebSocket): void {
  (this as OwnedSocket)[OWNER].teardown();
}

/**
 * Whether a reader's update would change the room: read with the gate's bounds, so a reader's crafted
 * bytes cost what a writer's do; anything the gate could not read counts as a change.
 */
function wouldChange(doc: Y.Doc, update: Uint8Array): boolean {
  try {
    const effects = resolveEffects(doc, readUpdate(update));
    return effects.extended.size > 0 || effects.deletions().length > 0;
  } catch (error) {
    if (error instanceof UpdateRefused) return true;
    throw error;
  }
}
