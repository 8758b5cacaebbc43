/**
 * Makes the stock y-websocket provider send document state in frames under SAFE_FRAME_BYTES.
 *
 * The server's sockets accept frames up to 1 MB (ws maxPayload) and close with 1009 above it. The stock
 * provider sends two things that can pass that on an old board or after a long offline stretch:
 * - its answer to the server's sync-step-1 (`[0 sync][1 step 2][update]`): everything the server lacks
 *   plus the whole delete set, which only grows (a board with > 1 MB of deletions was closed on every
 *   reconnect, twice a second, forever);
 * - one local transaction (`[0 sync][2 update][update]`), e.g. a big removal.
 * Both go out here as several sync messages, each a valid update (splitUpdate orders them so each
 * integrates at once on the server). The server treats a step 2 and an update alike: both are writes.
 *
 * The server also sends a step 1 after storing our writes (its "stored" notice, twice a second while
 * someone drags). Answered in full, each would upload the whole delete set again (over 1 MB on an old
 * board). Only the first step 1 of a socket is answered: from then on, every local change goes out on
 * that socket as an update the moment it is made, and a socket is reliable and ordered, so the server
 * lacks nothing the answer could carry. A new socket gets a full answer again.
 *
 * Only the client → server direction is capped: what the server sends us (its own step 2) may be any size.
 * No DOM here, so Node tests drive a real provider through it.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { splitUpdate } from '../../shared/protocol/splitUpdate';

const MESSAGE_SYNC = 0;
const SYNC_STEP_1 = 0;
const SYNC_STEP_2 = 1;
const SYNC_UPDATE = 2;

type Handler = WebsocketProvider['messageHandlers'][number];

/** Sends `update` as one or more sync messages of kind `step`, if the socket is open. */
export function sendInParts(provider: WebsocketProvider, step: number, update: Uint8Array): number {
  const socket = provider.ws;
  if (!provider.wsconnected || !socket || socket.readyState !== socket.OPEN) return 0;
  const parts = splitUpdate(update);
  for (const part of parts) {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, MESSAGE_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, part);
    socket.send(encoding.toUint8Array(encoder));
  }
  return parts.length;
}

/** Replaces the provider's update listener and its answer to a sync-step-1. Call once, right after creating it. */
export function installSplitSending(provider: WebsocketProvider): void {
  const doc = provider.doc;
  doc.off('update', provider._updateHandler);
  provider._updateHandler = (update: Uint8Array, origin: unknown) => {
    // What came from the server is not sent back (the stock rule); the tab channel is off in Fresco.
    if (origin !== provider) sendInParts(provider, SYNC_UPDATE, update);
  };
  doc.on('update', provider._updateHandler);

  const answered = new WeakSet<object>();
  const stock = provider.messageHandlers[MESSAGE_SYNC] as Handler;
  const handler: Handler = (encoder, decoder, from, emitSynced, messageType) => {
    if (decoding.peekVarUint(decoder) !== SYNC_STEP_1) {
      stock(encoder, decoder, from, emitSynced, messageType);
      return;
    }
    decoding.readVarUint(decoder);
    const stateVector = decoding.readVarUint8Array(decoder);
    // Nothing is written to `encoder`, so the provider sends no reply of its own.
    const socket = from.ws;
    if (!socket || answered.has(socket)) return;
    answered.add(socket);
    sendInParts(from, SYNC_STEP_2, Y.encodeStateAsUpdate(from.doc, stateVector));
  };
  provider.messageHandlers[MESSAGE_SYNC] = handler;
}
