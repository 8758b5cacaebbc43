/**
 * Splits one Yjs update (format V1, as y-websocket sends it) into several smaller updates, each under a
 * byte budget, so no frame a client sends reaches the server's 1 MB frame cap (ws maxPayload: a bigger
 * frame closes the socket with 1009, and a client that resends the same state is closed again, forever).
 *
 * An update V1 is: structs, then a delete set.
 *   structs:    varUint number of runs; per run: varUint count, varUint client, varUint first clock,
 *               then `count` structs of that client in clock order (Item, GC or Skip, each `.write`n)
 *   delete set: varUint number of clients; per client: varUint client, varUint count,
 *               then `count` × (varUint clock, varUint len)
 *
 * The parts are ordered so that applied in order on the peer that has everything the update was computed
 * against, each part integrates at once, with nothing left pending (the server's update gate refuses
 * gaps no honest client makes):
 * - one client's structs keep their clock order and are never cut inside a struct;
 * - a struct goes into a part only once what it points at (origin, right origin, parent) from another
 *   client is in that part or an earlier one: the parts follow a topological order of the structs
 *   (Kahn's, per client cursor), which exists because the sender integrated them itself;
 * - the delete set comes after all the structs, cut into chunks of ranges, so every range it names is
 *   already there when it is applied.
 * Applied in another order, Yjs keeps early parts pending and ends in the same state once all are in.
 *
 * A single struct bigger than the budget cannot be cut here; it travels alone in its own part. The
 * document's schema caps labels at a few hundred characters, so an honest board never has one.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** What a client may send in one frame: half the server's 1 MB cap, so headers never matter. */
export const SAFE_FRAME_BYTES = 512 * 1024;
/** Room for the y-websocket header around an update (message kind, sync step, length). */
const FRAME_HEADER_BYTES = 16;
/** The budget for the update inside a safe frame. */
export const SAFE_UPDATE_BYTES = SAFE_FRAME_BYTES - FRAME_HEADER_BYTES;

type Struct = Y.Item | Y.GC | Y.Skip;

interface ClientStructs {
  client: number;
  structs: Struct[];
  /** Byte offset of each struct (and of the end) in `bytes`. */
  offsets: number[];
  bytes: Uint8Array;
  /** The clock range the update holds for this client. */
  start: number;
  end: number;
  /** Index of the next struct to place in a part. */
  next: number;
}

interface Run {
  client: number;
  firstClock: number;
  from: number;
  to: number;
  source: ClientStructs;
}

interface DeleteRun {
  client: number;
  ranges: Array<{ clock: number; len: number }>;
}

class PartBuilder {
  readonly parts: Uint8Array[] = [];
  private runs = new Map<number, Run>();
  private deletes: DeleteRun[] = [];
  /** Upper bound of the current part's encoded size. */
  private size = 2;

  constructor(private readonly budget: number) {}

  addStruct(source: ClientStructs, index: number): void {
    const bytes = source.offsets[index + 1]! - source.offsets[index]!;
    let run = this.runs.get(source.client);
    const cost = bytes + (run ? 0 : runHeaderBytes(source.client, source.structs[index]!.id.clock));
    if (this.size + cost > this.budget && !this.isEmpty()) {
      this.flush();
      run = undefined;
    }
    if (!run) {
      run = {
        client: source.client,
        firstClock: source.structs[index]!.id.clock,
        from: index,
        to: index,
        source,
      };
      this.runs.set(source.client, run);
      this.size += runHeaderBytes(source.client, run.firstClock);
    }
    run.to = index + 1;
    this.size += bytes;
  }

  addDeletes(client: number, ranges: Array<{ clock: number; len: number }>): void {
    let current: DeleteRun | null = null;
    for (const range of ranges) {
      const cost = varUintBytes(range.clock) + varUintBytes(range.len);
      const header = current ? 0 : 2 * varUintBytes(client) + 10;
      if (this.size + cost + header > this.budget && !this.isEmpty()) {
        this.flush();
        current = null;
      }
      if (!current) {
        current = { client, ranges: [] };
        this.deletes.push(current);
        this.size += 2 * varUintBytes(client) + 10;
      }
      current.ranges.push(range);
      this.size += cost;
    }
  }

  flush(): void {
    if (this.isEmpty()) return;
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, this.runs.size);
    for (const run of this.runs.values()) {
      encoding.writeVarUint(encoder, run.to - run.from);
      encoding.writeVarUint(encoder, run.client);
      encoding.writeVarUint(encoder, run.firstClock);
      const { bytes, offsets } = run.source;
      encoding.writeUint8Array(encoder, bytes.subarray(offsets[run.from], offsets[run.to]));
    }
    encoding.writeVarUint(encoder, this.deletes.length);
    for (const run of this.deletes) {
      encoding.writeVarUint(encoder, run.client);
      encoding.writeVarUint(encoder, run.ranges.length);
      for (const range of run.ranges) {
        encoding.writeVarUint(encoder, range.clock);
        encoding.writeVarUint(encoder, range.len);
      }
    }
    this.parts.push(encoding.toUint8Array(encoder));
    this.runs = new Map();
    this.deletes = [];
    this.size = 2;
  }

  private isEmpty(): boolean {
    return this.runs.size === 0 && this.deletes.length === 0;
  }
}

/**
 * The update itself when it fits in `budget` bytes, else parts each ≤ `budget` (but for a single
 * struct bigger than it), to be sent and applied in the order returned.
 */
export function splitUpdate(update: Uint8Array, budget: number = SAFE_UPDATE_BYTES): Uint8Array[] {
  if (update.byteLength <= budget) return [update];
  const { structs, ds } = Y.decodeUpdate(update);
  const clients = groupByClient(structs as Struct[]);
  const builder = new PartBuilder(budget);
  placeStructs(clients, builder);
  // Sorted like Yjs writes them, so the same document always gives the same parts.
  const deletes = [...ds.clients.entries()].sort((a, b) => b[0] - a[0]);
  for (const [client, ranges] of deletes) builder.addDeletes(client, ranges);
  builder.flush();
  return builder.parts;
}

/** Kahn's order over the per-client cursors: a struct goes once its other-client dependencies have. */
function placeStructs(clients: ClientStructs[], builder: PartBuilder): void {
  const byClient = new Map(clients.map((entry) => [entry.client, entry]));
  const placed = (id: Y.ID | null): boolean => {
    if (!id) return true;
    const entry = byClient.get(id.client);
    // Outside what the update holds: the receiver has it already (that is what the update assumed).
    if (!entry || id.clock < entry.start || id.clock >= entry.end) return true;
    const next = entry.structs[entry.next];
    return next === undefined || id.clock < next.id.clock;
  };
  let remaining = clients.reduce((sum, entry) => sum + entry.structs.length, 0);
  while (remaining > 0) {
    let progressed = false;
    for (const entry of clients) {
      while (entry.next < entry.structs.length && dependenciesOf(entry.structs[entry.next]!).every(placed)) {
        builder.addStruct(entry, entry.next);
        entry.next++;
        remaining--;
        progressed = true;
      }
    }
    if (progressed) continue;
    // Only an update whose own sender lacked a dependency gets here: keep clock order, let Yjs wait.
    const stuck = clients.find((entry) => entry.next < entry.structs.length)!;
    builder.addStruct(stuck, stuck.next);
    stuck.next++;
    remaining--;
  }
}

function dependenciesOf(struct: Struct): Array<Y.ID | null> {
  if (!(struct instanceof Y.Item)) return [];
  const parent = struct.parent as unknown;
  return [struct.origin, struct.rightOrigin, parent instanceof Y.ID ? parent : null];
}

function groupByClient(structs: Struct[]): ClientStructs[] {
  const groups = new Map<number, Struct[]>();
  for (const struct of structs) {
    const list = groups.get(struct.id.client);
    if (list) list.push(struct);
    else groups.set(struct.id.client, [struct]);
  }
  return [...groups.entries()].map(([client, list]) => encodeClient(client, list));
}

/** Writes one client's structs once, keeping where each starts, so parts are slices, never re-encoded. */
function encodeClient(client: number, structs: Struct[]): ClientStructs {
  const encoder = new Y.UpdateEncoderV1();
  const offsets = [0];
  for (const struct of structs) {
    struct.write(encoder, 0);
    offsets.push(encoding.length(encoder.restEncoder));
  }
  const first = structs[0]!;
  const last = structs[structs.length - 1]!;
  return {
    client,
    structs,
    offsets,
    bytes: encoding.toUint8Array(encoder.restEncoder),
    start: first.id.clock,
    end: last.id.clock + last.length,
    next: 0,
  };
}

function runHeaderBytes(client: number, clock: number): number {
  return 10 + varUintBytes(client) + varUintBytes(clock);
}

function varUintBytes(value: number): number {
  let bytes = 1;
  let rest = value;
  while (rest >= 0x80) {
    rest = Math.floor(rest / 0x80);
    bytes++;
  }
  return bytes;
}
