/**
 * Record ids: 12 characters from a 62-letter alphabet (~71 bits), short enough for URLs and logs,
 * random enough that two offline tablets never pick the same one. Uses crypto.getRandomValues,
 * present as globalThis.crypto in browsers and Node 20.
 */
const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 12;

export function newId(): string {
  // 248 is the largest multiple of 62 below 256: rejecting bytes above it keeps every letter equally likely.
  let id = '';
  while (id.length < ID_LENGTH) {
    const bytes = globalThis.crypto.getRandomValues(new Uint8Array(ID_LENGTH * 2));
    for (const byte of bytes) {
      if (byte < 248 && id.length < ID_LENGTH) id += ALPHABET[byte % 62];
    }
  }
  return id;
}
