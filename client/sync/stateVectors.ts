/**
 * "Saved on the server" from the sync protocol alone. Shortly after storing a writer's updates, the
 * server sends that writer a sync-step-1: `[0 sync][0 step 1][varUint8Array state vector]`. The screen's
 * work is on disk once that vector covers the local one: for every client, the server has at least
 * as many structs as this document.
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

export function covers(server: StateVector, local: StateVector): boolean {
  for (const [client, clock] of local) {
    if ((server.get(client) ?? 0) < clock) return false;
  }
  return true;
}

export function localVector(doc: Y.Doc): StateVector {
  return Y.decodeStateVector(Y.encodeStateVector(doc));
}
