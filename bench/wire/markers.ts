/**
 * Every edit and cursor the load generator sends carries a unique marker string inside its Yjs or
 * awareness payload: `~E` or `~C`, a 4-digit client index, a 6-digit sequence number. Servers may merge,
 * re-encode or batch what they relay, but they keep string content byte for byte, so a receiver finds
 * every marker with a plain byte search and no Yjs decoding (which would make the generator the
 * bottleneck at 80,000 messages a second).
 */
export const EDIT = 0x45; // 'E'
export const CURSOR = 0x43; // 'C'
const TILDE = 0x7e;
const DIGIT_0 = 0x30;
export const MARKER_LENGTH = 12;
export const MAX_CLIENTS = 10_000;
export const MAX_SEQ = 1_000_000;

export function marker(kind: 'E' | 'C', client: number, seq: number): string {
  return `~${kind}${String(client).padStart(4, '0')}${String(seq).padStart(6, '0')}`;
}

function readDigits(bytes: Uint8Array, start: number, count: number): number {
  let value = 0;
  for (let i = start; i < start + count; i++) {
    const digit = (bytes[i] as number) - DIGIT_0;
    if (digit < 0 || digit > 9) return -1;
    value = value * 10 + digit;
  }
  return value;
}

/** Calls `found` for every well-formed marker of `kind` in `bytes` from `offset` on. */
export function scanMarkers(
  bytes: Buffer,
  offset: number,
  kind: number,
  found: (client: number, seq: number) => void,
): number {
  let count = 0;
  let at = bytes.indexOf(TILDE, offset);
  while (at !== -1 && at + MARKER_LENGTH <= bytes.length) {
    if (bytes[at + 1] === kind) {
      const client = readDigits(bytes, at + 2, 4);
      const seq = readDigits(bytes, at + 6, 6);
      if (client >= 0 && seq >= 0) {
        found(client, seq);
        count++;
        at = bytes.indexOf(TILDE, at + MARKER_LENGTH);
        continue;
      }
    }
    at = bytes.indexOf(TILDE, at + 1);
  }
  return count;
}
