/**
 * Pre-encoded edits and cursors of one lightweight client. Each client owns a Y.Doc that only ever sees
 * its own writes, so its updates are valid Yjs updates (its own clock, its own chain of items) that merge
 * with everyone else's. Encoding happens before the timed window: sending is then one `ws.send`.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { marker } from './markers';

/** The map the benchmark writes to; the app never reads it, so it is harmless in a real board document. */
export const BENCH_MAP = 'bench';

export function editKey(client: number): string {
  return `c${client}`;
}

export interface EncodedEdits {
  updates: Uint8Array[];
  /** Bytes of Yjs update payload, for write amplification. */
  updateBytes: number;
  /** The Yjs client id: edit `seq` is clock `seq` of this client, so a state vector tells what was kept. */
  clientId: number;
}

/**
 * `count` updates, each replacing this client's value with a new marker, as a drag would move an item.
 * The key must be fresh in the room: against an older value of the same key written by another Y.Doc,
 * Yjs may resolve the concurrent write against us, and a server relays such an update with its content
 * already collected (no marker), which would read as a lost edit.
 */
export function encodeEdits(client: number, count: number): EncodedEdits {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  let updateBytes = 0;
  doc.on('update', (update: Uint8Array) => {
    updates.push(update);
    updateBytes += update.byteLength;
  });
  const map = doc.getMap<string>(BENCH_MAP);
  for (let seq = 0; seq < count; seq++) map.set(editKey(client), marker('E', client, seq));
  const clientId = doc.clientID;
  doc.destroy();
  return { updates, updateBytes, clientId };
}

/** The y-protocols awareness update of one client whose cursor moved: clock `seq + 1`. */
export function encodeCursor(clientId: number, client: number, seq: number): Uint8Array {
  const state = {
    user: { name: `b${client}`, avatar: 'sun', color: '#e67e22' },
    cursor: { x: (seq * 37) % 1200, y: (seq * 53) % 800 },
    // In a field Fresco's screens publish: the server rebuilds awareness states and drops unknown fields.
    editing: marker('C', client, seq),
  };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 1);
  encoding.writeVarUint(encoder, clientId);
  encoding.writeVarUint(encoder, seq + 1);
  encoding.writeVarString(encoder, JSON.stringify(state));
  return encoding.toUint8Array(encoder);
}
