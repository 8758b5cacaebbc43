/**
 * The server's clock, as seen through the `Date` header of API answers. The timer is stored as an end
 * time, and tablets on a hotspot with no internet often have a clock minutes off: every screen counts
 * down against the server's time instead of its own (to the second, which is what a countdown shows).
 */
let offsetMs = 0;

export function noteServerDate(header: string | null, sentAt: number, receivedAt: number): void {
  if (!header) return;
  const serverMs = Date.parse(header);
  if (!Number.isFinite(serverMs)) return;
  // The header is truncated to the second: add half a second, and meet the request halfway.
  offsetMs = serverMs + 500 - (sentAt + receivedAt) / 2;
}

export function serverNow(): number {
  return Date.now() + offsetMs;
}
