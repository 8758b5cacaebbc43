/**
 * The y-websocket wire format, as the stock client speaks it. Every frame is one binary message:
 *
 *   varUint kind, then
 *   kind 0 sync:      varUint step (0 = step 1, 1 = step 2, 2 = update), varUint8Array payload
 *                     step 1 carries a state vector ("what I have"); step 2 and update carry a Yjs update
 *   kind 1 awareness: varUint8Array awareness update (clientID, clock, JSON state per entry)
 *   kind 2 auth:      varUint type, varString reason (server → client "permission denied")
 *   kind 3 query awareness: nothing; the peer answers with every awareness state it knows
 *
 * The server parses a frame fully before acting on it, so a malformed frame is refused whole.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MESSAGE_SYNC = 0;
export const MESSAGE_AWARENESS = 1;
export const MESSAGE_AUTH = 2;
export const MESSAGE_QUERY_AWARENESS = 3;

export const SYNC_STEP_1 = 0;
export const SYNC_STEP_2 = 1;
export const SYNC_UPDATE = 2;

export type ClientMessage =
  | { kind: 'sync-step-1'; stateVector: Uint8Array }
  | { kind: 'sync-step-2' | 'sync-update'; update: Uint8Array }
  | { kind: 'awareness'; update: Uint8Array }
  | { kind: 'query-awareness' }
  | { kind: 'auth' };

export class MalformedMessageError extends Error {}

export function parseClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const kind = decoding.readVarUint(decoder);
    const message = readBody(kind, decoder);
    if (decoding.hasContent(decoder)) throw new MalformedMessageError('trailing bytes after the message');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError('truncated or unreadable message');
  }
}

function readBody(kind: number, decoder: decoding.Decoder): ClientMessage {
  switch (kind) {
    case MESSAGE_SYNC: {
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === SYNC_STEP_1) return { kind: 'sync-step-1', stateVector: payload };
      if (step === SYNC_STEP_2) return { kind: 'sync-step-2', update: payload };
      if (step === SYNC_UPDATE) return { kind: 'sync-update', update: payload };
      throw new MalformedMessageError(`unknown sync step ${step}`);
    }
    case MESSAGE_AWARENESS:
      return { kind: 'awareness', update: decoding.readVarUint8Array(decoder) };
    case MESSAGE_QUERY_AWARENESS:
      return { kind: 'query-awareness' };
    case MESSAGE_AUTH:
      // Clients have nothing to say here; read and ignore so a future client does not get cut off.
      decoding.readVarUint(decoder);
      decoding.readVarString(decoder);
      return { kind: 'auth' };
    default:
      throw new MalformedMessageError(`unknown message kind ${kind}`);
  }
}

export function encodeSyncMessage(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_SYNC);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export function encodeAwarenessMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AWARENESS);
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function encodePermissionDenied(reason: string): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MESSAGE_AUTH);
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarString(encoder, reason);
  return encoding.toUint8Array(encoder);
}
