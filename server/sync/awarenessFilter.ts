/**
 * Awareness updates are lists of (clientID, clock, JSON state). A connection may only speak for its
 * own Yjs client, and its identity comes from its token, not from what it claims.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { AwarenessIdentity } from '../../shared/protocol/awareness';
import { MalformedMessageError } from './messages';

export interface AwarenessEntry {
  clientId: number;
  clock: number;
  state: Record<string, unknown> | null;
}

export function decodeAwarenessUpdate(update: Uint8Array): AwarenessEntry[] {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    const entries: AwarenessEntry[] = [];
    for (let i = 0; i < count; i++) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) {
        throw new MalformedMessageError('awareness state must be an object or null');
      }
      entries.push({ clientId, clock, state: state as Record<string, unknown> | null });
    }
    return entries;
  } catch (error) {
    if (error instanceof MalformedMessageError) throw error;
    throw new MalformedMessageError('unreadable awareness update');
  }
}

export function encodeAwarenessEntries(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(encoder);
}

/**
 * Keeps the entries of the connection's own client (the first client id it ever spoke for) and stamps
 * each state with the identity from the token.
 */
export function sanitizeAwareness(
  entries: readonly AwarenessEntry[],
  ownClientId: number,
  identity: AwarenessIdentity,
): AwarenessEntry[] {
  return entries
    .filter((entry) => entry.clientId === ownClientId)
    .map((entry) => ({ ...entry, state: entry.state === null ? null : { ...entry.state, identity } }));
}
