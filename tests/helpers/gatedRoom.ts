/**
 * A room's document behind the update gate, with one client document per writer, as the server and
 * its tablets hold them, without sockets: `writer.write(doc => op(doc, …))` runs an op on the writer's
 * copy, passes what it produced through the gate and, when accepted, applies it to the room and to every
 * other writer. A refused writer starts again from the room's state, as Fresco's client does.
 */
import * as Y from 'yjs';
import { UpdateRefused } from '../../server/sync/gate/readUpdate';
import { DEFAULT_GATE_LIMITS, type GateLimits, UpdateGate } from '../../server/sync/gate/updateGate';
import { migrateDoc } from '../../shared/migrate/migrateDoc';
import { UserOrigin } from '../../shared/ops/origin';
import type { DocName, Role } from '../../shared/schema/roles';

export type Outcome = 'ok' | `refused: ${string}`;

export class GatedRoom {
  readonly doc = new Y.Doc();
  readonly gate: UpdateGate;
  storedBytes = 0;
  private readonly writers = new Set<GatedWriter>();

  constructor(
    readonly docName: DocName,
    options: { voteBudget?: number; limits?: Partial<GateLimits> } = {},
  ) {
    migrateDoc(docName, this.doc);
    this.gate = new UpdateGate(this, () => options.voteBudget ?? 3, {
      ...DEFAULT_GATE_LIMITS,
      ...options.limits,
    });
  }

  writer(role: Role, seatId: string | null = null): GatedWriter {
    const writer = new GatedWriter(this, role, seatId);
    this.writers.add(writer);
    return writer;
  }

  /** Passes raw bytes through the gate as `writer` would send them. */
  send(update: Uint8Array, writer: { role: Role; seatId: string | null }, from?: GatedWriter): Outcome {
    try {
      const verdict = this.gate.check(update, writer);
      Y.applyUpdate(this.doc, update, 'client');
      this.gate.accept(verdict);
      this.storedBytes += update.byteLength;
    } catch (error) {
      if (error instanceof UpdateRefused) return `refused: ${error.message}`;
      throw error;
    }
    for (const other of this.writers) if (other !== from) other.receive(update);
    return 'ok';
  }
}

export class GatedWriter {
  doc = new Y.Doc();
  readonly origin: UserOrigin;

  constructor(
    private readonly room: GatedRoom,
    readonly role: Role,
    readonly seatId: string | null,
  ) {
    this.origin = new UserOrigin(seatId ?? role);
    this.reset();
  }

  /** Runs `op` on this writer's copy; everything it wrote goes to the room as one update. */
  write(op: (doc: Y.Doc, origin: UserOrigin) => unknown): Outcome {
    const updates: Uint8Array[] = [];
    const listener = (update: Uint8Array, origin: unknown) => {
      if (origin !== 'room') updates.push(update);
    };
    this.doc.on('update', listener);
    try {
      op(this.doc, this.origin);
    } finally {
      this.doc.off('update', listener);
    }
    if (updates.length === 0) return 'ok';
    const outcome = this.room.send(Y.mergeUpdates(updates), this, this);
    if (outcome !== 'ok') this.reset();
    return outcome;
  }

  /** What this writer answers to the server's sync step 1: everything the room lacks, deletions included. */
  syncStep2(): Outcome {
    return this.room.send(Y.encodeStateAsUpdate(this.doc, Y.encodeStateVector(this.room.doc)), this, this);
  }

  receive(update: Uint8Array): void {
    Y.applyUpdate(this.doc, update, 'room');
  }

  reset(): void {
    this.doc = new Y.Doc();
    Y.applyUpdate(this.doc, Y.encodeStateAsUpdate(this.room.doc), 'room');
  }
}
