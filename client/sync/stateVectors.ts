/**
 * "Saved on the server" from the sync protocol alone. Shortly after storing a writer's updates, the
 * server sends that writer a sync-step-1: `[0 sync][0 step 1][varUint8Array state vector]`. The screen's
 * work is on disk once that vector covers the local one: for every client, the server has at least
 * as many structs as this document.
 *
 * Between two step 1s, what the server relays (other screens' writes, its step 2) is on disk too: it
 * relays only after storing. Those structs count as held, or the screen would say "sending" about
 * another tablet's work it merely received, until its own next write brought a fresh step 1.
 */
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';

export type StateVector = Map<number, number>;

/** Reads the state vector of a sync-step-1 without moving the decoder the stock handler will read from. */
export function peekSyncStep1(decoder: decoding.Decoder): StateVector | null {
  try {
    const peek = decoding.clone(decoder);
    if (decoding.readVarUint(peek) !== 0) return null;
    return Y.decodeStateVector(decoding.readVarUint8Array(peek));
  } catch {
    return null;
  }
}

/**
 * The server's vector once it sent `update`: each client's run in it is held, when it starts where the
 * server's known run ends (a run that starts later leaves a gap we cannot vouch for).
 */
export function withSent(server: StateVector, update: Uint8Array): StateVector {
  const { from, to } = Y.parseUpdateMeta(update);
  let next: StateVector | null = null;
  for (const [client, end] of to) {
    const held = server.get(client) ?? 0;
    if (end <= held || (from.get(client) ?? 0) > held) continue;
    next ??= new Map(server);
    next.set(client, end);
  }
  return next ?? server;
}

/** Reads the update of a sync-step-2 or sync-update without moving the decoder. */
export function peekSyncUpdate(decoder: decoding.Decoder): Uint8Array | null {
  try {
    const peek = decoding.clone(decoder);
    const step = decoding.readVarUint(peek);
    if (step !== 1 && step !== 2) return null;
    return decoding.readVarUint8Array(peek);
  } catch {
    return null;
  }
}

export function covers(server: StateVector, local: StateVector): boolean {
  for (const [client, clock] of local) {
    if ((server.get(client) ?? 0) < clock) return false;
  }
  return true;
}

export function localVector(doc: Y.Doc): StateVector {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}
