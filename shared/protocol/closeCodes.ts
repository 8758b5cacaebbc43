/**
 * Websocket close codes Fresco's sync server uses. 4000–4999 is the range RFC 6455 leaves to
 * applications; the client maps each to a plain message instead of retrying forever.
 */
export const CLOSE = {
  /** A frame that is not a valid y-websocket message. */
  malformed: 4400,
  /** The token was revoked while connected (seat freed, workshop deleted). */
  unauthorized: 4401,
  /** The workshop was deleted. */
  gone: 4410,
  /** A message larger than its type allows. */
  tooLarge: 4413,
  /**
   * An update broke the document's rules (another seat's records, a shape the schema does not have, a
   * cost or a gap no honest client makes): nothing of it was stored or relayed. Fresco's client drops its
   * local copy of that document and syncs again from the server, telling the person calmly.
   */
  refusedUpdate: 4422,
  /** Messages arrived faster than the per-connection budget. */
  rateLimited: 4429,
  /** The stored document is newer than this server's code. */
  schemaTooNew: 4426,
  /** The room could not be loaded in time, or too much was buffered meanwhile. */
  notReady: 4503,
  /** The server is shutting down; clients reconnect later. */
  shuttingDown: 1001,
} as const;

export type CloseCode = (typeof CLOSE)[keyof typeof CLOSE];

/** Codes after which reconnecting cannot help: the client stops and says why. */
export const FINAL_CLOSE_CODES: readonly number[] = [CLOSE.unauthorized, CLOSE.gone, CLOSE.schemaTooNew];
