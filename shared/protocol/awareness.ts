import type { Role, TokenRole } from '../schema/roles';

/**
 * What each client publishes through the awareness protocol. The server overwrites `identity`
 * from the connection's token, so nobody can pose as the facilitator or as another seat, and rebuilds
 * every state from the fields screens publish (server/sync/presenceFields.ts): a seat's `user` is its
 * record in the board, other fields are bounded, unknown ones are dropped.
 */
export interface AwarenessIdentity {
  role: Role;
  /** The seat (participant id) of a resident's token; null for other roles. */
  seatId: string | null;
}

/**
 * The identity the server stamps on any document's awareness. An interviewer speaks only in its survey
 * session's room, which no workshop screen opens, so workshop screens read `AwarenessIdentity`.
 */
export interface StampedIdentity extends Omit<AwarenessIdentity, 'role'> {
  role: TokenRole;
}

export interface PresenceUser {
  name: string;
  avatar: string;
  color: string;
}

/** A pictogram being dragged, shown live to others and committed to the document on drop. */
export interface LiveDrag {
  itemId: string;
  x: number;
  y: number;
}

export interface PresenceState {
  identity?: AwarenessIdentity;
  user?: PresenceUser;
  cursor?: { x: number; y: number } | null;
  drag?: LiveDrag | null;
  /** The action being edited on the plan, for "who is editing what". */
  editing?: string | null;
}
