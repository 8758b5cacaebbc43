/**
 * Crafted Yjs updates that reproduce attacks measured against the sync server, as V1 update bytes for a
 * `sync-update` message. Pure and deterministic: a seed picks every client id, so a test or a bench run
 * sends the same bytes each time. Every single payload is under the 1 MiB frame cap.
 *
 * V1 update layout (what the hand-made ones write): the structs, `varUint numClients` then per client
 * `varUint numStructs, varUint client, varUint firstClock, structs…`; then the delete set,
 * `varUint numClients` then per client `varUint client, varUint numRanges, (varUint clock, varUint len)…`.
 * Board vandalism (attacks on other residents' records) lives in `boardVandalism.ts`.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/** Under the server's frame cap (1 MiB) with room for the message header. */
export const MAX_PAYLOAD_BYTES = 1024 * 1024 - 64;

/** Small fast seeded generator (mulberry32): the same seed, the same client ids. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A client id like Yjs picks (a random uint32), from the seed; never 0. */
export function seededClientId(random: () => number): number {
  return 1 + Math.floor(random() * 0xfffffffe);
}

interface DeleteRanges {
  client: number;
  ranges: ReadonlyArray<readonly [clock: number, length: number]>;
}

function writeDeleteSet(encoder: encoding.Encoder, clients: readonly DeleteRanges[]): void {
  encoding.writeVarUint(encoder, clients.length);
  for (const { client, ranges } of clients) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, ranges.length);
    for (const [clock, length] of ranges) {
      encoding.writeVarUint(encoder, clock);
      encoding.writeVarUint(encoder, length);
    }
  }
}

/** An update's structs (everything but its empty delete set, a single 0 byte at the end). */
function structsOf(update: Uint8Array): Uint8Array {
  if (update[update.length - 1] !== 0) throw new Error('expected an update without deletions');
  return update.subarray(0, update.length - 1);
}

/**
 * 1. A 330,000-character Y.Text in a root the schema does not have, cut by its own delete set into
 * 165,000 ranges (every other character), as one update of about 990 KB. Each range splits an item:
 * on main, applying it stalled the event loop 1.2–1.4 s and added 167–590 MB.
 */
export function hugeTextWithDeletes(seed = 1, length = 330_000): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom(seed));
  doc.getText('x').insert(0, 'a'.repeat(length));
  const ranges: Array<[number, number]> = [];
  for (let clock = 1; clock < length; clock += 2) ranges.push([clock, 1]);
  const encoder = encoding.createEncoder();
  encoding.writeUint8Array(encoder, structsOf(Y.encodeStateAsUpdate(doc)));
  writeDeleteSet(encoder, [{ client: doc.clientID, ranges }]);
  doc.destroy();
  return encoding.toUint8Array(encoder);
}

/**
 * 2. Deletions of structs nobody has (clients no peer ever used): Yjs keeps them as a pending delete set
 * and tries them again on every later update to the document, for as long as the room lives.
 */
export function pendingDeletes(ranges = 100_000, seed = 2, clients = 100): Uint8Array {
  const random = seededRandom(seed);
  const perClient = Math.ceil(ranges / clients);
  const set: DeleteRanges[] = [];
  for (let c = 0; c < clients; c++) {
    const list: Array<[number, number]> = [];
    let clock = Math.floor(random() * 1000);
    for (let r = 0; r < perClient && c * perClient + r < ranges; r++) {
      list.push([clock, 1 + Math.floor(random() * 3)]);
      clock += 5 + Math.floor(random() * 20);
    }
    set.push({ client: seededClientId(random), ranges: list });
  }
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  writeDeleteSet(encoder, set);
  return encoding.toUint8Array(encoder);
}

/**
 * 3. Structs whose clock starts far ahead of what the room holds for their client (a gap of `gap`):
 * they can never integrate, so Yjs holds them as pending structs, with everything they carry. Here
 * `entries` map entries in the board's own `items` root, so only the gap gives them away.
 */
export function futureStructs(seed = 3, entries = 20_000, gap = 1_000_000): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom(seed));
  // The gap: content the room never receives, whose only trace is how far the clock has moved.
  doc.getText('gap').insert(0, 'g'.repeat(gap));
  const items = doc.getMap('items');
  doc.transact(() => {
    for (let i = 0; i < entries; i++) items.set(`f${i}`, i);
  });
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, doc.clientID);
  encoding.writeVarUint(encoder, gap);
  const update = Y.encodeStateAsUpdate(doc, encoding.toUint8Array(encoder));
  doc.destroy();
  return update;
}

/** 4. A small update writing a root type the schema does not have. */
export function unknownRoot(seed = 4): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom(seed));
  doc.getMap('notInTheSchema').set('hello', 'world');
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
