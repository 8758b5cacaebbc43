/**
 * Frames as the servers under test speak them. Fresco, the stock y-websocket server and the relay use the
 * y-websocket format (see server/sync/messages.ts): varUint kind, then the body. Hocuspocus multiplexes
 * documents on one socket, so each of its frames starts with the document name as a varString, and a
 * client must send an auth frame (kind 2, sub-kind 0 "token", token string) before anything else.
 */
import * as encoding from 'lib0/encoding';

export const KIND_SYNC = 0;
export const KIND_AWARENESS = 1;
export const KIND_AUTH = 2;
/** Hocuspocus only: a sync step 2 sent in reply to a step 1, and the ack it sends after every update. */
export const KIND_SYNC_REPLY = 4;
export const KIND_SYNC_STATUS = 8;
export const STEP_1 = 0;
export const STEP_2 = 1;
export const STEP_UPDATE = 2;

export interface Framing {
  /** Bytes before the kind byte on every frame of this room, both ways. */
  readonly prefix: Uint8Array;
  /** What a client sends first, before any sync (hocuspocus auth), or null. */
  readonly hello: Uint8Array | null;
}

export const PLAIN_FRAMING: Framing = { prefix: new Uint8Array(0), hello: null };

export function hocuspocusFraming(documentName: string, token: string): Framing {
  const prefixEncoder = encoding.createEncoder();
  encoding.writeVarString(prefixEncoder, documentName);
  const prefix = encoding.toUint8Array(prefixEncoder);
  const hello = encoding.createEncoder();
  encoding.writeUint8Array(hello, prefix);
  encoding.writeVarUint(hello, KIND_AUTH);
  encoding.writeVarUint(hello, 0);
  encoding.writeVarString(hello, token);
  return { prefix, hello: encoding.toUint8Array(hello) };
}

function frame(framing: Framing, write: (encoder: encoding.Encoder) => void): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeUint8Array(encoder, framing.prefix);
  write(encoder);
  return encoding.toUint8Array(encoder);
}

export function syncFrame(framing: Framing, step: number, payload: Uint8Array): Uint8Array {
  return frame(framing, (encoder) => {
    encoding.writeVarUint(encoder, KIND_SYNC);
    encoding.writeVarUint(encoder, step);
    encoding.writeVarUint8Array(encoder, payload);
  });
}

export function awarenessFrame(framing: Framing, update: Uint8Array): Uint8Array {
  return frame(framing, (encoder) => {
    encoding.writeVarUint(encoder, KIND_AWARENESS);
    encoding.writeVarUint8Array(encoder, update);
  });
}
