/**
 * The headers every answer carries (app, static files, API, exports): the page runs only its own
 * scripts, talks only to this server, cannot be framed, and may use the microphone (dictation) and
 * fullscreen (projector) but no other device feature. A resident's words that slipped past escaping
 * still could not load or send anything anywhere else.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A host header we can safely repeat in the policy: name or address, optional port, nothing else. */
const HOST = /^[a-z0-9.-]+(:\d{1,5})?$|^\[[0-9a-f:.]+\](:\d{1,5})?$/i;

export function contentSecurityPolicy(host: string | undefined): string {
  // CSP level 3 lets 'self' cover ws:/wss: to the same host, but older Safari (tablets kept for years
  // in community centres) does not: name the sync socket's origin explicitly when the host is sane.
  const sockets = host && HOST.test(host) ? ` ws://${host} wss://${host}` : '';
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${sockets}`,
    "media-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
    "form-action 'self'",
  ].join('; ');
}

/** Everything off but the microphone (dictation) and fullscreen (the projector and facilitator views). */
export const PERMISSIONS_POLICY = [
  'microphone=(self)',
  'fullscreen=(self)',
  'camera=()',
  'geolocation=()',
  'usb=()',
  'serial=()',
  'hid=()',
  'payment=()',
  'midi=()',
  'accelerometer=()',
  'gyroscope=()',
  'magnetometer=()',
  'display-capture=()',
  'screen-wake-lock=()',
  'publickey-credentials-get=()',
  'idle-detection=()',
  'browsing-topics=()',
].join(', ');

export function setSecurityHeaders(req: IncomingMessage, res: ServerResponse): void {
  res.setHeader('Content-Security-Policy', contentSecurityPolicy(req.headers.host));
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Referrer-Policy', 'no-referrer');
  res.setHeader('Permissions-Policy', PERMISSIONS_POLICY);
  // Older browsers that ignore frame-ancestors still honour this one.
  res.setHeader('X-Frame-Options', 'DENY');
}
