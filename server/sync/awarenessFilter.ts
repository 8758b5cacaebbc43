/**
 * Awareness updates are lists of (clientID, clock, JSON state); stock clients also echo back every state
 * they receive. A connection may only speak for its own Yjs client, its identity comes from its token,
 * and a seat's name, avatar and colour from the seat's record in the board, not from what it claims.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { PresenceUser, StampedIdentity } from '../../shared/protocol/awareness';
import { MalformedMessageError } from './messages';
import { sanitizePresence } from './presenceFields';
import type { AwarenessOwner, RoomConnection } from './room';
import { TokenBucket } from './tokenBucket';

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

/** What the gate needs from a room: who owns which client id, and the clock the room holds. */
export interface AwarenessLedger {
  awarenessOwner(clientId: number): AwarenessOwner | undefined;
  claimAwarenessClient(clientId: number, connection: RoomConnection, holder: string): void;
  awarenessClock(clientId: number): number;
  presenceUser(seatId: string): PresenceUser | null;
}

export interface AdmittedAwareness {
  entries: AwarenessEntry[];
  /** The socket keeps claiming a client id another socket owns: close it. */
  insisting: boolean;
}

/**
 * Claims of another socket's client id tolerated before the socket is closed. An honest stock client
 * echoes every state it receives (same clock: not a claim); a newer clock only comes from a race with
 * another tab of the same browser over BroadcastChannel, a few times at most, never ten in a burst.
 */
const CLAIM_BURST = 10;
const CLAIMS_PER_SECOND = 1;

/**
 * One connection's awareness: it speaks for one client id, the first it used that no other live socket
 * owns, reserved for it while it is connected; every state it sends is rebuilt from bounded fields with
 * the identity of its token and, for a seat, the user fields of the seat's record.
 */
export class AwarenessGate {
  private ownClientId: number | null = null;
  private readonly claims = new TokenBucket(CLAIM_BURST, CLAIMS_PER_SECOND);

  constructor(
    private readonly self: RoomConnection,
    /** The token hash: a socket of the same token may take over its client id (a reconnect). */
    private readonly holder: string,
    private readonly identity: StampedIdentity,
  ) {}

  get clientId(): number | null {
    return this.ownClientId;
  }

  admit(room: AwarenessLedger, entries: readonly AwarenessEntry[]): AdmittedAwareness {
    const admitted: AwarenessEntry[] = [];
    let insisting = false;
    for (const entry of entries) {
      if (this.ownClientId === null) this.tryClaim(room, entry);
      if (
        entry.clientId === this.ownClientId &&
        room.awarenessOwner(entry.clientId)?.connection === this.self
      ) {
        admitted.push({ ...entry, state: this.stamp(room, entry.state) });
      } else if (this.ownClientId !== null && this.isClaim(room, entry) && !this.claims.take()) {
        // Only a socket that already speaks for a client counts strikes: one that could not claim its
        // own id (squatted while it was away) is ignored, not closed.
        insisting = true;
      }
    }
    return { entries: admitted, insisting };
  }

  /** Rebuilds a state with the identity and user fields the server knows, as relayed to everyone. */
  stamp(room: AwarenessLedger, state: Record<string, unknown> | null): Record<string, unknown> | null {
    const seatId = this.identity.seatId;
    return sanitizePresence(state, {
      identity: this.identity,
      seatUser: seatId === null ? null : room.presenceUser(seatId),
    });
  }

  private tryClaim(room: AwarenessLedger, entry: AwarenessEntry): void {
    // A removal names a client without speaking for it (an echo of someone leaving): never a claim.
    if (entry.state === null) return;
    const owner = room.awarenessOwner(entry.clientId);
    if (owner && owner.connection !== this.self && owner.holder !== this.holder) return;
    this.ownClientId = entry.clientId;
    room.claimAwarenessClient(entry.clientId, this.self, this.holder);
  }

  /** A state for a client id this socket does not own, newer than what the room holds: a takeover try. */
  private isClaim(room: AwarenessLedger, entry: AwarenessEntry): boolean {
    return entry.state !== null && entry.clock > room.awarenessClock(entry.clientId);
  }
}
