/**
 * The lead's page shows every workshop's links, but the server keeps tokens only as hashes. So a
 * concertation's workshop tokens are kept sealed with a key derived from the lead's token, which the
 * server only holds while the lead's request is in flight: a copy of the database opens no workshop.
 */
import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

const ALGORITHM = 'aes-256-gcm';
const NONCE_BYTES = 12;
const TAG_BYTES = 16;

function keyOf(leadToken: string): Buffer {
  return createHash('sha256').update('fresco/concertation-links/v1\n').update(leadToken).digest();
}

export function sealTokens(leadToken: string, tokens: unknown): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv(ALGORITHM, keyOf(leadToken), nonce);
  const body = Buffer.concat([cipher.update(JSON.stringify(tokens), 'utf8'), cipher.final()]);
  return Buffer.concat([nonce, body, cipher.getAuthTag()]);
}

/** Null when the seal does not open with this token (another lead, or a damaged row). */
export function openTokens(leadToken: string, sealed: Uint8Array): unknown {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  const bytes = Buffer.from(sealed);
  try {
    const decipher = createDecipheriv(ALGORITHM, keyOf(leadToken), bytes.subarray(0, NONCE_BYTES));
    decipher.setAuthTag(bytes.subarray(bytes.length - TAG_BYTES));
    const body = Buffer.concat([
      decipher.update(bytes.subarray(NONCE_BYTES, bytes.length - TAG_BYTES)),
      decipher.final(),
    ]);
    return JSON.parse(body.toString('utf8'));
  } catch {
    return null;
  }
}
