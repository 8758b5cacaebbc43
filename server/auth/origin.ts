import type { IncomingMessage } from 'node:http';

/**
 * Browsers always send Origin on websocket upgrades, so a page from another site cannot ride on a
 * token it stole; clients that send none (Node, tools) are judged by their token alone.
 */
export function isOriginAllowed(request: IncomingMessage, allowedOrigins: readonly string[]): boolean {
  const origin = request.headers.origin;
  if (!origin) return true;
  if (allowedOrigins.includes('*') || allowedOrigins.includes(origin)) return true;
  const host = request.headers.host;
  if (!host) return false;
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
