/**
 * A bounded reader of Yjs v1 updates, run before any byte reaches a room's document.
 *
 * The v1 update format (yjs `encoding.js`):
 *
 *   varUint runs; per run: varUint structs, varUint client, varUint clock, then per struct
 *     uint8 info          low 5 bits: 0 GC, 10 Skip, else the content kind; bit 8 origin, bit 7 right origin,
 *                         bit 6 parentSub (only when neither origin is given)
 *     GC / Skip           varUint length
 *     Item                [origin: varUint client, varUint clock] [right origin: same]
 *                         [parent, when no origin: varUint 1 + varString root name | varUint 0 + ID]
 *                         [parentSub: varString] content
 *   delete set: varUint clients; per client: varUint client, varUint ranges; per range varUint clock, len
 *
 * Yjs itself would create any root type named in an update while decoding it, split items for every
 * delete range and keep what cannot integrate pending forever; this reader only counts and describes,
 * and stops at the first limit, so its cost is bounded by the limits whatever the bytes say.
 * Content kinds Fresco never writes (JSON, binary, embeds, formats, sub-documents, XML types) are refused.
 */
import * as decoding from 'lib0/decoding';

export interface Id {
  client: number;
  clock: number;
}

/** Content of an item, as far as the gate needs it. */
export type ItemContent =
  | { kind: 'deleted'; length: number }
  | { kind: 'any'; values: unknown[] }
  | { kind: 'string'; text: string }
  | { kind: 'type'; type: TypeKind };

export type TypeKind = 'array' | 'map' | 'text';

export interface DecodedItem {
  readonly struct: 'item';
  readonly client: number;
  readonly clock: number;
  readonly length: number;
  readonly origin: Id | null;
  readonly rightOrigin: Id | null;
  /** A root type's name, when the item sits directly in one and has no origin to copy it from. */
  readonly parentRoot: string | null;
  /** The item holding the parent type, when given explicitly. */
  readonly parentItem: Id | null;
  readonly parentSub: string | null;
  readonly content: ItemContent;
}

export interface DecodedGc {
  readonly struct: 'gc';
  readonly client: number;
  readonly clock: number;
  readonly length: number;
}

export type DecodedStruct = DecodedItem | DecodedGc;

/** One client's consecutive structs, from `clock` on. */
export interface StructRun {
  client: number;
  clock: number;
  structs: DecodedStruct[];
  /** The clock after the last struct. */
  end: number;
}

export interface DecodedUpdate {
  runs: StructRun[];
  /**
   * Where the delete set starts. It is read as it is checked (`forEachDeletion`), never held: a
   * sync-step-2 repeats every deletion of the document, hundreds of thousands of ranges on a big board.
   */
  bytes: Uint8Array;
  deleteSetOffset: number;
  limits: UpdateReadLimits;
}

export interface UpdateReadLimits {
  /**
   * Structs in one update. A resident's whole share of the board (2,000 items) is about 22,000, and
   * Fresco's client sends at most 20,000 per part (`shared/protocol/splitUpdate.ts`).
   */
  maxStructs: number;
  /** Clients with structs in one update; a tablet sends its own, plus a few after a server restore. */
  maxRuns: number;
  /** Clients and ranges in the delete set; a sync-step-2 repeats the whole document's deletions. */
  maxDeleteClients: number;
  maxDeleteRanges: number;
  /** Clock a single struct may claim (a GC or deleted run); honest runs are far shorter. */
  maxStructLength: number;
}

export const DEFAULT_READ_LIMITS: UpdateReadLimits = {
  maxStructs: 24_000,
  maxRuns: 64,
  maxDeleteClients: 20_000,
  maxDeleteRanges: 400_000,
  maxStructLength: 1_000_000,
};

/** Why an update was refused, in words for the log and the close frame (kept short: 123 bytes max). */
export class UpdateRefused extends Error {}

const GC_REF = 0;
const SKIP_REF = 10;
const CONTENT_DELETED = 1;
const CONTENT_STRING = 4;
const CONTENT_TYPE = 7;
const CONTENT_ANY = 8;
const TYPE_KINDS: Record<number, TypeKind> = { 0: 'array', 1: 'map', 2: 'text' };

export function readUpdate(
  update: Uint8Array,
  limits: UpdateReadLimits = DEFAULT_READ_LIMITS,
  /** The room's clock of a client: a run starting past it is refused before its structs are read. */
  knownClock: (client: number) => number = () => Number.POSITIVE_INFINITY,
): DecodedUpdate {
  const decoder = decoding.createDecoder(update);
  const runs = unreadableAsRefusal(() => readRuns(decoder, limits, knownClock));
  return { runs, bytes: update, deleteSetOffset: decoder.pos, limits };
}

/**
 * Calls `visit(client, clock, end)` for every range of the delete set, in order, then checks that
 * nothing follows it. Stops at the first limit or at whatever `visit` throws.
 */
export function forEachDeletion(
  update: DecodedUpdate,
  visit: (client: number, clock: number, end: number) => void,
): void {
  const decoder = decoding.createDecoder(update.bytes);
  decoder.pos = update.deleteSetOffset;
  const { limits } = update;
  unreadableAsRefusal(() => {
    const clients = decoding.readVarUint(decoder);
    if (clients > limits.maxDeleteClients) throw new UpdateRefused('too many clients in the delete set');
    let ranges = 0;
    for (let c = 0; c < clients; c++) {
      const client = decoding.readVarUint(decoder);
      const count = decoding.readVarUint(decoder);
      ranges += count;
      if (ranges > limits.maxDeleteRanges) throw new UpdateRefused('too many deletions in one update');
      for (let i = 0; i < count; i++) {
        const clock = decoding.readVarUint(decoder);
        const end = clock + decoding.readVarUint(decoder);
        if (!Number.isSafeInteger(end)) throw new UpdateRefused('clock out of range');
        if (end > clock) visit(client, clock, end);
      }
    }
    if (decoding.hasContent(decoder)) throw new UpdateRefused('trailing bytes after the update');
  });
}

function unreadableAsRefusal<T>(read: () => T): T {
  try {
    return read();
  } catch (error) {
    if (error instanceof UpdateRefused) throw error;
    // lib0 throws on a truncated buffer, an overlong varint or a nesting deep enough to exhaust the stack.
    throw new UpdateRefused('unreadable update');
  }
}

function readRuns(
  decoder: decoding.Decoder,
  limits: UpdateReadLimits,
  knownClock: (client: number) => number,
): StructRun[] {
  const runCount = decoding.readVarUint(decoder);
  if (runCount > limits.maxRuns) throw new UpdateRefused('too many clients in one update');
  const runs: StructRun[] = [];
  const seen = new Set<number>();
  let total = 0;
  for (let r = 0; r < runCount; r++) {
    const count = decoding.readVarUint(decoder);
    total += count;
    if (total > limits.maxStructs) throw new UpdateRefused('too many structs in one update');
    const client = decoding.readVarUint(decoder);
    if (seen.has(client)) throw new UpdateRefused('a client appears twice in one update');
    seen.add(client);
    const start = decoding.readVarUint(decoder);
    // Yjs would keep such a run pending until the missing clocks arrive, which from a hostile peer is never.
    if (start > knownClock(client)) throw new UpdateRefused('a gap in a client clock');
    let clock = start;
    const structs: DecodedStruct[] = [];
    for (let s = 0; s < count; s++) {
      const struct = readStruct(decoder, client, clock, limits);
      if (struct === null) {
        // A Skip is a hole the encoder knew nothing about: fine at the end of a run, a gap anywhere else.
        if (s !== count - 1) throw new UpdateRefused('a gap inside a run of structs');
        break;
      }
      structs.push(struct);
      clock += struct.length;
      if (!Number.isSafeInteger(clock)) throw new UpdateRefused('clock out of range');
    }
    runs.push({ client, clock: start, structs, end: clock });
  }
  return runs;
}

function readStruct(
  decoder: decoding.Decoder,
  client: number,
  clock: number,
  limits: UpdateReadLimits,
): DecodedStruct | null {
  const info = decoding.readUint8(decoder);
  const ref = info & 0b11111;
  if (ref === GC_REF || ref === SKIP_REF) {
    const length = readLength(decoder, limits);
    return ref === GC_REF ? { struct: 'gc', client, clock, length } : null;
  }
  const origin = (info & 0b10000000) !== 0 ? readId(decoder) : null;
  const rightOrigin = (info & 0b01000000) !== 0 ? readId(decoder) : null;
  let parentRoot: string | null = null;
  let parentItem: Id | null = null;
  let parentSub: string | null = null;
  if (origin === null && rightOrigin === null) {
    if (decoding.readVarUint(decoder) === 1) parentRoot = decoding.readVarString(decoder);
    else parentItem = readId(decoder);
    if ((info & 0b00100000) !== 0) parentSub = decoding.readVarString(decoder);
  }
  const content = readContent(decoder, ref, limits);
  const length = contentLength(content);
  if (length === 0) throw new UpdateRefused('an empty item');
  return {
    struct: 'item',
    client,
    clock,
    length,
    origin,
    rightOrigin,
    parentRoot,
    parentItem,
    parentSub,
    content,
  };
}

function readContent(decoder: decoding.Decoder, ref: number, limits: UpdateReadLimits): ItemContent {
  switch (ref) {
    case CONTENT_DELETED:
      return { kind: 'deleted', length: readLength(decoder, limits) };
    case CONTENT_STRING:
      return { kind: 'string', text: decoding.readVarString(decoder) };
    case CONTENT_TYPE: {
      const type = TYPE_KINDS[decoding.readVarUint(decoder)];
      if (!type) throw new UpdateRefused('a type Fresco does not use');
      return { kind: 'type', type };
    }
    case CONTENT_ANY: {
      const count = readLength(decoder, limits);
      const values: unknown[] = [];
      for (let i = 0; i < count; i++) values.push(decoding.readAny(decoder));
      return { kind: 'any', values };
    }
    default:
      throw new UpdateRefused('a kind of content Fresco does not use');
  }
}

function contentLength(content: ItemContent): number {
  switch (content.kind) {
    case 'deleted':
      return content.length;
    case 'string':
      return content.text.length;
    case 'any':
      return content.values.length;
    case 'type':
      return 1;
  }
}

function readLength(decoder: decoding.Decoder, limits: UpdateReadLimits): number {
  const length = decoding.readVarUint(decoder);
  if (length > limits.maxStructLength) throw new UpdateRefused('a struct longer than any client writes');
  return length;
}

function readId(decoder: decoding.Decoder): Id {
  const client = decoding.readVarUint(decoder);
  const clock = decoding.readVarUint(decoder);
  return { client, clock };
}
