/**
 * Authentication at the HTTP upgrade, before any document byte is sent:
 * `/sync/<workshopId>/<doc>?token=…` (or `/sync/<surveyId>/survey`) → 404 for an unknown workshop,
 * session or doc (whatever the token),
 * 401 for a missing or wrong token (another workshop's included), 403 for a foreign Origin, 400 for an
 * address that cannot be read (a broken percent-encoding).
 */
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocketServer } from 'ws';
import { CLOSE } from '../../shared/protocol/closeCodes';
import { isSyncedDocName, type SyncedDocName, type TokenRole } from '../../shared/schema/roles';
import { SURVEY_DOC } from '../../shared/schema/survey';
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
  socket.on('error', destroySocket);
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
  if (!isSyncedDocName(docName) || !exists(deps.store, workshopId, docName)) {
    refuse(socket, 404, 'Not Found');
    return;
  }
  const token = target.query.get('token');
  const tokenHash = token ? hashToken(token) : null;
  const record = tokenHash ? tokenFor(deps.store, workshopId, docName, tokenHash) : null;
  if (!record || !tokenHash) {
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
    const host = hostOf(deps);
    const connection = new Connection(
      ws,
      { workshopId, docName, role: record.role, seatId: record.seatId, tokenHash },
      deps.limits,
      deps.log,
      host.closed,
      host.refused,
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

/** Listeners shared by every socket (`this` is the socket): a closure per socket lives as long as it. */
function destroySocket(this: Duplex): void {
  this.destroy();
}

interface ConnectionHost {
  closed: (connection: Connection) => void;
  refused: (connection: Connection) => void;
}

/** The callbacks of a server's connections, made once per server rather than twice per connection. */
const hosts = new WeakMap<UpgradeDeps, ConnectionHost>();

function hostOf(deps: UpgradeDeps): ConnectionHost {
  let host = hosts.get(deps);
  if (!host) {
    host = {
      closed: (connection) => deps.rooms.untrack(connection),
      refused: (connection) => deps.refusals.record(connection.context.tokenHash),
    };
    hosts.set(deps, host);
  }
  return host;
}

/** A survey session's id opens only `survey`; a workshop's id only its three documents. */
function exists(store: Store, id: string, docName: SyncedDocName): boolean {
  return docName === SURVEY_DOC ? store.surveys.get(id) !== null : store.getWorkshop(id) !== null;
}

/**
 * The role a token opens this document with, or null (401). A workshop's tokens open its documents; a
 * session's interviewer tokens open its `survey`, and the lead of its concertation reads it (as a viewer
 * reads a workshop). Neither kind opens the other's documents.
 */
function tokenFor(
  store: Store,
  id: string,
  docName: SyncedDocName,
  tokenHash: string,
): { role: TokenRole; seatId: string | null } | null {
  const record = store.findToken(tokenHash);
  if (docName !== SURVEY_DOC) {
    return record && record.workshopId === id && record.role !== 'interviewer' ? record : null;
  }
  if (record) return record.workshopId === id && record.role === 'interviewer' ? record : null;
  const session = store.surveys.get(id);
  const concertation = session ? store.concertations.get(session.concertationId) : null;
  return concertation?.leadHash === tokenHash ? { role: 'viewer', seatId: null } : null;
}

function refuse(socket: Duplex, status: number, text: string): void {
  socket.end(
    `HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${text.length}\r\n\r\n${text}`,
  );
}
