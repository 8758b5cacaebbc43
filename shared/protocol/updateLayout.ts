/**
 * Where things are in a Yjs update V1, without building Yjs objects: for each struct its byte range,
 * clock, length and the ids it points at (origin, right origin, parent); for the delete set, each
 * client's (clock, len) pairs as byte ranges. splitUpdate cuts parts out of these ranges, so a 5 MB
 * update is read once and copied once (Y.decodeUpdate would allocate an Item and its content per struct).
 *
 * Struct (after the run header `count, client, clock`):
 *   info: uint8. 10 = Skip (varUint len); low 5 bits 0 = GC (varUint len); else an Item:
 *   [origin client, clock]        if info & 0x80
 *   [right origin client, clock]  if info & 0x40
 *   if neither: parent info varUint (1: varString root name, 0: parent id client, clock),
 *               then varString parent key if info & 0x20
 *   content by ref (info & 0x1f), see skipContent.
 */
import * as decoding from 'lib0/decoding';

export interface ClientRun {
  client: number;
  /** Byte offset of each struct in the update, and of the end of the last. */
  offsets: number[];
  /** Clock of each struct, and the clock after the last. */
  clocks: number[];
  /** Per struct, the ids it points at as [client, clock] pairs (flattened). */
  dependencies: number[][];
}

export interface DeleteRun {
  client: number;
  /** Byte offset of each (clock, len) pair in the update, and of the end of the last. */
  offsets: number[];
}

export interface UpdateLayout {
  runs: ClientRun[];
  deletes: DeleteRun[];
}

const NO_DEPENDENCIES: number[] = [];

export function readUpdateLayout(update: Uint8Array): UpdateLayout {
  const decoder = decoding.createDecoder(update);
  const runs: ClientRun[] = [];
  const runCount = decoding.readVarUint(decoder);
  for (let r = 0; r < runCount; r++) {
    const count = decoding.readVarUint(decoder);
    const client = decoding.readVarUint(decoder);
    let clock = decoding.readVarUint(decoder);
    const run: ClientRun = { client, offsets: [], clocks: [], dependencies: [] };
    for (let i = 0; i < count; i++) {
      run.offsets.push(decoder.pos);
      run.clocks.push(clock);
      const { length, dependencies } = skipStruct(decoder);
      run.dependencies.push(dependencies);
      clock += length;
    }
    run.offsets.push(decoder.pos);
    run.clocks.push(clock);
    runs.push(run);
  }
  const deletes: DeleteRun[] = [];
  const clientCount = decoding.readVarUint(decoder);
  for (let c = 0; c < clientCount; c++) {
    const client = decoding.readVarUint(decoder);
    const count = decoding.readVarUint(decoder);
    const offsets: number[] = [];
    for (let i = 0; i < count; i++) {
      offsets.push(decoder.pos);
      decoding.readVarUint(decoder);
      decoding.readVarUint(decoder);
    }
    offsets.push(decoder.pos);
    if (count > 0) deletes.push({ client, offsets });
  }
  return { runs, deletes };
}

function skipStruct(decoder: decoding.Decoder): { length: number; dependencies: number[] } {
  const info = decoding.readUint8(decoder);
  if (info === 10 || (info & 0x1f) === 0) {
    // Skip or GC: a length, nothing pointed at.
    return { length: decoding.readVarUint(decoder), dependencies: NO_DEPENDENCIES };
  }
  const dependencies: number[] = [];
  if (info & 0x80) dependencies.push(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  if (info & 0x40) dependencies.push(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
  if ((info & 0xc0) === 0) {
    if (decoding.readVarUint(decoder) === 1) decoding.readVarString(decoder);
    else dependencies.push(decoding.readVarUint(decoder), decoding.readVarUint(decoder));
    if (info & 0x20) decoding.readVarString(decoder);
  }
  return { length: skipContent(decoder, info & 0x1f), dependencies };
}

/** Reads past an item's content and returns how many clock ticks it covers. */
function skipContent(decoder: decoding.Decoder, ref: number): number {
  switch (ref) {
    case 1: // deleted: a length
      return decoding.readVarUint(decoder);
    case 2: {
      // JSON: that many strings
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) decoding.readVarString(decoder);
      return count;
    }
    case 3: // binary
      decoding.readVarUint8Array(decoder);
      return 1;
    case 4: // string: as long as its UTF-16 code units
      return utf16Length(decoding.readVarUint8Array(decoder));
    case 5: // embed: a JSON string
      decoding.readVarString(decoder);
      return 1;
    case 6: // format: key and JSON value
      decoding.readVarString(decoder);
      decoding.readVarString(decoder);
      return 1;
    case 7: {
      // type: a type ref; XML elements and hooks add their name
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef === 3 || typeRef === 5) decoding.readVarString(decoder);
      return 1;
    }
    case 8: {
      // any: that many lib0 values
      const count = decoding.readVarUint(decoder);
      for (let i = 0; i < count; i++) decoding.readAny(decoder);
      return count;
    }
    case 9: // subdocument: guid and options
      decoding.readVarString(decoder);
      decoding.readAny(decoder);
      return 1;
    default:
      throw new Error(`unknown struct content ${ref}`);
  }
}

/** What `.length` of the decoded string would be: one unit per code point, two above U+FFFF. */
function utf16Length(utf8: Uint8Array): number {
  let units = 0;
  for (const byte of utf8) {
    if ((byte & 0xc0) !== 0x80) units += byte >= 0xf0 ? 2 : 1;
  }
  return units;
}
