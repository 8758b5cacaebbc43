/**
 * Authentication at the HTTP upgrade, before any document byte is sent:
 * `/sync/<workshopId>/<doc>?token=…` → 404 for an unknown workshop or doc (whatever the token),
 * 401 for a missing or wrong token (another workshop's included), 403 for a foreign Origin, 400 for an
 * address that cannot be read (a broken percent-encoding).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { CLOSE } from '../../shared/protocol/closeCodes';
import { isDocName } from '../../shared/schema/roles';
import { isOriginAllowed } from '../auth/origin';
import { hashToken } from '../auth/tokens';
import { decodePart, parseTarget } from '../http/requestTarget';
import type { Logger } from '../log';
import type { Store } from '../storage/store';
import { Connection, type ConnectionLimits } from './connection';
import type { RefusalLedger } from './refusalLedger';
import type { RoomRegistry } from './roomRegistry';

export interface UpgradeDeps {
  store: Store;
  rooms: RoomRegistry;
  wss: WebSocketServer;
  log: Logger;
  limits: ConnectionLimits;
  allowedOrigins: readonly string[];
  isShuttingDown: () => boolean;
  /** Tokens whose updates the gate keeps refusing wait before they may open a socket again. */
  refusals: RefusalLedger;
}

export function handleUpgrade(
  deps: UpgradeDeps,
  request: IncomingMessage,
  socket: Duplex,
  head: Buffer,
): void {
  socket.on('error', () => socket.destroy());
  const target = parseTarget(request.url);
  if (!target) {
    refuse(socket, 400, 'Bad Request');
    return;
  }
  const match = /^\/sync\/([^/]+)\/([^/]+)$/.exec(target.rawPath);
  if (!match) {
    refuse(socket, 404, 'Not Found');
    return;
  }
  if (deps.isShuttingDown()) {
    refuse(socket, 503, 'Service Unavailable');
    return;
  }
  const workshopId = decodePart(match[1] ?? '');
  const docName = decodePart(match[2] ?? '');
  if (workshopId === null || docName === null) {
    refuse(socket, 400, 'Bad Request');
    return;
  }
  if (!isDocName(docName) || !deps.store.getWorkshop(workshopId)) {
    refuse(socket, 404, 'Not Found');
    return;
  }
  const token = target.query.get('token');
  const tokenHash = token ? hashToken(token) : null;
  const record = tokenHash ? deps.store.findToken(tokenHash) : null;
  if (!record || !tokenHash || record.workshopId !== workshopId) {
    refuse(socket, 401, 'Unauthorized');
    return;
  }
  if (deps.refusals.waitFor(tokenHash) > 0) {
    refuse(socket, 429, 'Too Many Requests');
    return;
  }
  if (!isOriginAllowed(request, deps.allowedOrigins)) {
    refuse(socket, 403, 'Forbidden');
    return;
  }

  deps.wss.handleUpgrade(request, socket, head, (ws) => {
    const connection = new Connection(
      ws,
      { workshopId, docName, role: record.role, seatId: record.seatId, tokenHash },
      deps.limits,
      deps.log,
      (closed) => deps.rooms.untrack(closed),
      () => deps.refusals.record(tokenHash),
    );
    deps.rooms.track(connection);
    deps.rooms.get(workshopId, docName).then(
      (room) => connection.attach(room),
      (error: unknown) => {
        const tooNew = error instanceof Error && error.name === 'SchemaTooNewError';
        deps.log.error('room_load_failed', { workshop: workshopId, doc: docName, error: String(error) });
        connection.close(
          tooNew ? CLOSE.schemaTooNew : CLOSE.notReady,
          tooNew ? 'document newer than server' : 'room failed to load',
        );
      },
    );
  });
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`,
  );
}
