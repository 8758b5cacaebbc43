/**
 * The origin written into links and QR codes. A laptop that opened Fresco at `localhost` would hand
 * tablets an address they cannot reach, so it asks the server for its local-network address instead.
 */
let origin: string | null = null;

export async function loadShareOrigin(): Promise<void> {
  if (!isLocalOnlyAddress()) return;
  try {
    const response = await fetch('/api/network', { signal: AbortSignal.timeout(1500) });
    const body = (await response.json()) as { urls?: unknown };
    const first = Array.isArray(body.urls) ? body.urls.find((url) => typeof url === 'string') : undefined;
    if (typeof first === 'string') origin = new URL(first).origin;
  } catch {
    // No network address known: links keep `localhost` and the screens warn about it.
  }
}

export function shareOrigin(): string {
  return origin ?? location.origin;
}

/** True while the links handed out would only work on this laptop. */
export function linksAreLocalOnly(): boolean {
  return isLocalOnlyAddress(new URL(shareOrigin()).hostname);
}

/** Tablets cannot open `localhost`: the facilitator must use the network address `npm start` prints. */
export function isLocalOnlyAddress(hostname = location.hostname): boolean {
  return (
    hostname === 'localhost' || hostname === '::1' || hostname === '[::1]' || hostname.startsWith('127.')
  );
}
