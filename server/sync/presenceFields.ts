/**
 * What an awareness state may carry to every screen of a room. The server rebuilds each state from the
 * fields Fresco's screens publish, each within bounds, and drops the rest: a state is relayed as is to
 * every tablet and projector, so without this one socket could push arbitrary JSON (megabytes of it,
 * or a name that poses as someone else) onto all of them. Pure functions, no Yjs.
 */

import { capText, wellFormed } from '../../shared/model/label';
import { AVATAR_COLORS, NEUTRAL_COLOR } from '../../shared/pictograms/avatarColors';
import { AVATARS } from '../../shared/pictograms/avatars';
import type { PresenceUser, StampedIdentity } from '../../shared/protocol/awareness';

/** A name shown beside a cursor: long enough for "Animatrice – Centre social", short enough for a badge. */
export const PRESENCE_NAME_MAX = 40;
/** Item and action ids are short generated strings; 64 leaves room for any id scheme we might adopt. */
export const PRESENCE_ID_MAX = 64;
/** Canvas coordinates beyond this are no honest pointer position, only a way to upset a renderer. */
export const COORDINATE_MAX = 1e7;
const JOIN_CODE = /^\d{4,12}$/;
const LINK_MAX = 512;
/** A timeline month (`YYYY-MM`); a little slack so a future finer grain does not vanish. */
const MONTH_MAX = 16;

const AVATAR_IDS: ReadonlySet<string> = new Set(AVATARS.map((avatar) => avatar.id));
/** Palette lookup by lower-case hex, answering the palette's own spelling. */
const PALETTE: ReadonlyMap<string, string> = new Map(
  [...AVATAR_COLORS.map((color) => color.hex), NEUTRAL_COLOR].map((hex) => [hex.toLowerCase(), hex]),
);
// C0, DEL, C1, and the bidi overrides that could flip how a name reads next to others.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** What the server knows about a connection when it rebuilds one of its states. */
export interface PresenceStamp {
  identity: StampedIdentity;
  /**
   * For a seat: its record in the board (`participants[seat]`), or null while the board is not loaded
   * (the state then shows no user rather than the one the client claims). Ignored without a seat.
   */
  seatUser: PresenceUser | null;
}

/** A state as relayed: only known fields, each bounded; `identity` and a seat's `user` from the server. */
export function sanitizePresence(
  state: Record<string, unknown> | null,
  stamp: PresenceStamp,
): Record<string, unknown> | null {
  if (state === null) return null;
  const clean: Record<string, unknown> = { identity: stamp.identity };
  const user = stamp.identity.seatId !== null ? stamp.seatUser : freeUser(state.user);
  if (user) clean.user = user;
  copy(clean, 'cursor', state, point);
  copy(clean, 'drag', state, liveDrag);
  copy(clean, 'editing', state, (value) => nullable(value, shortId));
  copy(clean, 'planDrag', state, planDrag);
  // Only a facilitator's screen announces how to join; a projector trusts the role stamped beside it.
  if (stamp.identity.role === 'facilitator') copy(clean, 'join', state, joinInvitation);
  return clean;
}

/** A seat's record as shown to others, read defensively (a CRDT holds whatever a peer wrote). */
export function seatUser(record: { name?: unknown; avatar?: unknown; color?: unknown }): PresenceUser {
  return {
    name: plainName(record.name),
    avatar: avatarId(record.avatar),
    color: paletteColor(record.color),
  };
}

/** A name without a seat (facilitator, stakeholder, viewer): a short plain string. */
export function plainName(value: unknown): string {
  if (typeof value !== 'string') return '';
  return capText(wellFormed(value).replace(CONTROL, '').trim(), PRESENCE_NAME_MAX).trim();
}

/** A palette colour in the palette's spelling, or the neutral colour for anything else. */
export function paletteColor(value: unknown): string {
  if (typeof value !== 'string') return NEUTRAL_COLOR;
  return PALETTE.get(value.toLowerCase()) ?? NEUTRAL_COLOR;
}

/** A known avatar id, or '' (no avatar: the plan's presence publishes none). */
export function avatarId(value: unknown): string {
  return typeof value === 'string' && AVATAR_IDS.has(value) ? value : '';
}

function freeUser(value: unknown): PresenceUser | null {
  if (!isRecord(value)) return null;
  return seatUser(value);
}

/** Sets `clean[key]` when the field is present and valid; a present but invalid field is dropped. */
function copy(
  clean: Record<string, unknown>,
  key: string,
  state: Record<string, unknown>,
  check: (value: unknown) => unknown,
): void {
  if (!(key in state)) return;
  const value = check(state[key]);
  if (value !== undefined) clean[key] = value;
}

function nullable<T>(value: unknown, check: (value: unknown) => T | undefined): T | null | undefined {
  return value === null ? null : check(value);
}

function shortId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length <= PRESENCE_ID_MAX ? value : undefined;
}

function coordinate(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && Math.abs(value) <= COORDINATE_MAX
    ? value
    : undefined;
}

function point(value: unknown): { x: number; y: number } | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const x = coordinate(value.x);
  const y = coordinate(value.y);
  return x === undefined || y === undefined ? undefined : { x, y };
}

function liveDrag(value: unknown): { itemId: string; x: number; y: number } | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const itemId = shortId(value.itemId);
  const at = point(value);
  return itemId === undefined || !at ? undefined : { itemId, x: at.x, y: at.y };
}

function planDrag(value: unknown): { actionId: string; start: string; end: string } | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const actionId = shortId(value.actionId);
  const { start, end } = value;
  if (actionId === undefined || !isMonth(start) || !isMonth(end)) return undefined;
  return { actionId, start, end };
}

function joinInvitation(value: unknown): { code: string; link: string | null } | null | undefined {
  if (value === null) return null;
  if (!isRecord(value)) return undefined;
  const { code, link } = value;
  if (typeof code !== 'string' || !JOIN_CODE.test(code)) return undefined;
  const cleanLink = typeof link === 'string' && link.length <= LINK_MAX ? link : null;
  return { code, link: cleanLink };
}

function isMonth(value: unknown): value is string {
  return typeof value === 'string' && value.length <= MONTH_MAX;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
