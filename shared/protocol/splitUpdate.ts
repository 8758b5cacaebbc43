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
 * The update is read with readUpdateLayout (byte ranges, no Yjs objects) and parts are slices of it.
 * A single struct bigger than the budget cannot be cut here; it travels alone in its own part. The
 * document's schema caps labels at a few hundred characters, so an honest board never has one.
 */
import * as encoding from 'lib0/encoding';
import { type ClientRun, readUpdateLayout } from './updateLayout';

/** What a client may send in one frame: half the server's 1 MB cap, so headers never matter. */
export const SAFE_FRAME_BYTES = 512 * 1024;
/** Room for the y-websocket header around an update (message kind, sync step, length). */
const FRAME_HEADER_BYTES = 16;
/** The budget for the update inside a safe frame. */
export const SAFE_UPDATE_BYTES = SAFE_FRAME_BYTES - FRAME_HEADER_BYTES;
/** Upper bound of a run's or a delete client's header (three varUints). */
const HEADER_BYTES = 30;

/**
 * Counts per part, besides bytes, at half of what the server's update gate reads in one update
 * (server/sync/gate/readUpdate.ts: 60,000 structs, 64 runs, 20,000 delete clients, 400,000 ranges):
 * small structs (a GC is 2 bytes) would otherwise fit far more than that in 512 KB.
 */
export const PART_LIMITS = { structs: 20_000, runs: 32, deleteClients: 10_000, deleteRanges: 200_000 };

interface Source extends ClientRun {
  /** The clock range the update holds for this client. */
  start: number;
  end: number;
  /** Index of the next struct to place in a part. */
  next: number;
}

/** A slice of one client's structs (or delete pairs) in the part being built. */
interface Slice {
  client: number;
  firstClock: number;
  from: number;
  to: number;
  offsets: number[];
}

class PartBuilder {
  readonly parts: Uint8Array[] = [];
  private runs = new Map<number, Slice>();
  private deletes: Slice[] = [];
  /** Upper bound of the current part's encoded size. */
  private size = 2;
  private structs = 0;
  private ranges = 0;

  constructor(
    private readonly update: Uint8Array,
    private readonly budget: number,
  ) {}

  addStruct(source: Source, index: number): void {
    const bytes = source.offsets[index + 1]! - source.offsets[index]!;
    let run = this.runs.get(source.client);
    const full =
      this.size + bytes + (run ? 0 : HEADER_BYTES) > this.budget ||
      this.structs >= PART_LIMITS.structs ||
      (!run && this.runs.size >= PART_LIMITS.runs);
    if (full && !this.isEmpty()) {
      this.flush();
      run = undefined;
    }
    if (!run) {
      run = {
        client: source.client,
        firstClock: source.clocks[index]!,
        from: index,
        to: index,
        offsets: source.offsets,
      };
      this.runs.set(source.client, run);
      this.size += HEADER_BYTES;
    }
    run.to = index + 1;
    this.size += bytes;
    this.structs++;
  }

  addDeletes(client: number, offsets: number[]): void {
    let slice: Slice | null = null;
    for (let index = 0; index < offsets.length - 1; index++) {
      const bytes = offsets[index + 1]! - offsets[index]!;
      const full =
        this.size + bytes + (slice ? 0 : HEADER_BYTES) > this.budget ||
        this.ranges >= PART_LIMITS.deleteRanges ||
        (!slice && this.deletes.length >= PART_LIMITS.deleteClients);
      if (full && !this.isEmpty()) {
        this.flush();
        slice = null;
      }
      if (!slice) {
        slice = { client, firstClock: 0, from: index, to: index, offsets };
        this.deletes.push(slice);
        this.size += HEADER_BYTES;
      }
      slice.to = index + 1;
      this.size += bytes;
      this.ranges++;
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
      this.writeSlice(encoder, run);
    }
    encoding.writeVarUint(encoder, this.deletes.length);
    for (const slice of this.deletes) {
      encoding.writeVarUint(encoder, slice.client);
      encoding.writeVarUint(encoder, slice.to - slice.from);
      this.writeSlice(encoder, slice);
    }
    this.parts.push(encoding.toUint8Array(encoder));
    this.runs = new Map();
    this.deletes = [];
    this.size = 2;
    this.structs = 0;
    this.ranges = 0;
  }

  private writeSlice(encoder: encoding.Encoder, slice: Slice): void {
    encoding.writeUint8Array(
      encoder,
      this.update.subarray(slice.offsets[slice.from], slice.offsets[slice.to]),
    );
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
  // Under the byte budget, an update is under the counts too (each struct, range or run takes a byte).
  if (update.byteLength <= Math.min(budget, PART_LIMITS.structs)) return [update];
  const layout = readUpdateLayout(update);
  const clients = new Set(layout.runs.map((run) => run.client));
  // Yjs writes each client once; an update listing one twice (hand-merged) is sent whole rather than
  // cut into parts whose slices would not be contiguous.
  if (clients.size !== layout.runs.length) return [update];
  const builder = new PartBuilder(update, budget);
  placeStructs(
    layout.runs.map((run) => ({
      ...run,
      start: run.clocks[0]!,
      end: run.clocks[run.clocks.length - 1]!,
      next: 0,
    })),
    builder,
  );
  // Sorted like Yjs writes them, so the same document always gives the same parts.
  const deletes = [...layout.deletes].sort((a, b) => b.client - a.client);
  for (const run of deletes) builder.addDeletes(run.client, run.offsets);
  builder.flush();
  return builder.parts;
}

/** Kahn's order over the per-client cursors: a struct goes once its other-client dependencies have. */
function placeStructs(sources: Source[], builder: PartBuilder): void {
  const byClient = new Map(sources.map((source) => [source.client, source]));
  // Outside what the update holds, the receiver has it already (that is what the update assumed).
  const placed = (client: number, clock: number): boolean => {
    const source = byClient.get(client);
    if (!source || clock < source.start || clock >= source.end) return true;
    return clock < source.clocks[source.next]!;
  };
  const ready = (source: Source): boolean => {
    const dependencies = source.dependencies[source.next]!;
    for (let i = 0; i < dependencies.length; i += 2) {
      if (!placed(dependencies[i]!, dependencies[i + 1]!)) return false;
    }
    return true;
  };
  const count = (source: Source) => source.offsets.length - 1;
  let remaining = sources.reduce((sum, source) => sum + count(source), 0);
  while (remaining > 0) {
    let progressed = false;
    for (const source of sources) {
      while (source.next < count(source) && ready(source)) {
        builder.addStruct(source, source.next);
        source.next++;
        remaining--;
        progressed = true;
      }
    }
    if (progressed) continue;
    // Only an update whose own sender lacked a dependency gets here: keep clock order, let Yjs wait.
    const stuck = sources.find((source) => source.next < count(source))!;
    builder.addStruct(stuck, stuck.next);
    stuck.next++;
    remaining--;
  }
}
