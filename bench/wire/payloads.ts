/**
 * Pre-encoded edits and cursors of one lightweight client. Each client owns a Y.Doc that only ever sees
 * its own writes, so its updates are valid Yjs updates (its own clock, its own chain of items) that merge
 * with everyone else's. Encoding happens before the timed window: sending is then one `ws.send`.
 *
 * The edits are what a resident's tablet writes, through the app's own ops: one activity placed on the
 * board, then dragged from cell to cell. Fresco's gate checks every one of them (own seat as author,
 * item shapes, own Yjs client); the stock servers accept anything and get the same bytes.
 */
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import { moveItem, placeActivity, setItemLabel } from '../../shared/ops/board/items';
import { UserOrigin } from '../../shared/ops/origin';
import { DAYS, type Day, PERIODS, type Period } from '../../shared/schema/board';
import { marker } from './markers';

/** The root map the edits write to: the board's items. */
export const EDIT_ROOT = 'items';

/** The id of the one item a client places and then drags. */
export function editKey(client: number): string {
  return `c${client}`;
}

export interface EncodedEdits {
  updates: Uint8Array[];
  /** Bytes of Yjs update payload, for write amplification. */
  updateBytes: number;
  /** The Yjs client id: a state vector's clock for it tells which edits a document holds. */
  clientId: number;
  /** This client's Yjs clock after edit `seq`: edit `seq` is in a document whose clock is at least this. */
  clocks: number[];
}

/**
 * Edit `seq` puts the item one day and one period further than edit `seq - 1`, so every drag writes both
 * fields and every edit has the same size (about 70 bytes: 48 for the move, 22 for the label).
 */
function cell(seq: number): { day: Day; period: Period } {
  return { day: DAYS[seq % DAYS.length] as Day, period: PERIODS[seq % PERIODS.length] as Period };
}

/**
 * `count` updates of one client: the first places its activity `items['c<client>']` authored by
 * `author` (the client's seat), each later one drags it to another cell, as a resident moves an item.
 * The label carries the edit's marker, so receivers find every edit by a byte search; a real drag leaves
 * the label alone, so each edit here carries one label write more than a drag.
 * The key must be fresh in the room: against an older value of the same key written by another Y.Doc,
 * Yjs may resolve the concurrent write against us, and a server relays such an update with its content
 * already collected (no marker), which would read as a lost edit.
 */
export function encodeEdits(client: number, count: number, author: string): EncodedEdits {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  const clocks: number[] = [];
  let updateBytes = 0;
  doc.on('update', (update: Uint8Array) => {
    updates.push(update);
    updateBytes += update.byteLength;
    clocks.push(Y.getState(doc.store, doc.clientID));
  });
  const origin = new UserOrigin(author);
  const id = editKey(client);
  if (count > 0) {
    placeActivity(
      doc,
      { id, pictogram: 'go-to-work', label: marker('E', client, 0), ...cell(0), author, now: 1 },
      origin,
    );
  }
  for (let seq = 1; seq < count; seq++) {
    doc.transact(() => {
      moveItem(doc, { id, ...cell(seq) }, origin);
      setItemLabel(doc, { id, label: marker('E', client, seq) }, origin);
    }, origin);
  }
  const clientId = doc.clientID;
  doc.destroy();
  if (updates.length !== count) throw new Error(`encodeEdits: ${updates.length} updates for ${count} edits`);
  return { updates, updateBytes, clientId, clocks };
}

/** How many of a client's first edits a document whose clock for that client is `clock` holds. */
export function editsKept(encoded: EncodedEdits, clock: number): number {
  let kept = 0;
  while (kept < encoded.clocks.length && (encoded.clocks[kept] as number) <= clock) kept++;
  return kept;
}

/** The marker an item record holds (its label), or undefined: what the probes read back. */
export function markerOf(record: unknown): unknown {
  return record instanceof Y.Map ? record.get('label') : undefined;
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
