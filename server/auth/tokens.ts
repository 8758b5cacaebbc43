import { createHash, randomBytes, randomInt } from 'node:crypto';

/** 192 random bits, URL-safe: tokens travel in URL fragments and query strings. */
export function newToken(): string {
  return randomBytes(24).toString('base64url');
}

/** Tokens are stored only as hashes; they are random, so a fast hash is enough (no dictionary to guess from). */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Workshop ids are public in links, but unguessable so nobody can probe for workshops. */
export function newWorkshopId(): string {
  return randomBytes(9).toString('base64url');
}

export function newSeatId(): string {
  return `s-${randomBytes(6).toString('base64url')}`;
}

export function newJoinCode(): string {
  return String(randomInt(0, 1_000_000)).padStart(6, '0');
}
