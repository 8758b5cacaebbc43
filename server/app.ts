/**
 * One process, one port: the built client, the JSON API under /api, and Yjs sync under /sync.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { CLOSE } from '../shared/protocol/closeCodes';
import { JoinLimiter } from './auth/joinLimiter';
import { createSchemaRoute } from './concertations/schemaRoute';
import { ConcertationService } from './concertations/service';
import type { ServerConfig } from './config';
import { stopExportWorker } from './export/exportPool';
import { createExportRoute } from './export/route';
import { createApi } from './http/api';
import { guardRequests, guardUpgrades } from './http/guard';
import { HttpError, sendError, sendJson } from './http/respond';
import { setSecurityHeaders } from './http/securityHeaders';
import { capSocketsPerAddress, DEFAULT_MAX_SOCKETS_PER_ADDRESS } from './http/socketCap';
import { createStaticHandler } from './http/staticFiles';
import { createLogger, type Logger } from './log';
import { claimDataDir } from './storage/dataDirLock';
import { type CommitPolicy, DEFAULT_COMMIT_POLICY, GroupCommit } from './storage/groupCommit';
import { SqliteStore } from './storage/sqliteStore';
import type { Store } from './storage/store';
import { SurveyService } from './surveys/service';
import type { PacerPolicy } from './sync/awarenessPacer';
import { type ConnectionLimits, DEFAULT_CONNECTION_LIMITS } from './sync/connection';
import { DEFAULT_GATE_LIMITS, type GateLimits } from './sync/gate/updateGate';
import { RefusalLedger, type RefusalLedgerOptions } from './sync/refusalLedger';
import { RoomRegistry } from './sync/roomRegistry';
import { handleUpgrade, type UpgradeDeps } from './sync/upgrade';
import { VERSION } from './version';
import { createArchiveRoute } from './workshops/archive/archiveRoute';
import { prepareRoom, voteBudgetOf } from './workshops/docAccess';
import { WorkshopService } from './workshops/service';

export interface FrescoServerOptions extends ServerConfig {
  limits?: Partial<ConnectionLimits>;
  roomIdleMs?: number;
  awarenessPacing?: PacerPolicy;
  compactAfter?: number;
  /** When a busy server's group commit waits for more updates (storage/groupCommit.ts). */
  commitPolicy?: Partial<CommitPolicy>;
  joinLimiter?: JoinLimiter;
  refusals?: RefusalLedgerOptions;
  /** Tests lower a cap to see a refusal through a real screen. */
  gateLimits?: Partial<GateLimits>;
}

export interface FrescoServer {
  readonly port: number;
  readonly url: string;
  readonly store: Store;
  readonly rooms: RoomRegistry;
  readonly log: Logger;
  readonly concertations: ConcertationService;
  close(): Promise<void>;
}

const MAX_FRAME_BYTES = 1024 * 1024;

export async function startFrescoServer(options: FrescoServerOptions): Promise<FrescoServer> {
  const log = createLogger(options.logLevel);
  const store = new SqliteStore(options.dataDir, options.syncMode);
  // Tells `fresco restore` this folder is in use (server/cli/restore.ts).
  const lock = claimDataDir(options.dataDir);
  const commits = new GroupCommit(store, { ...DEFAULT_COMMIT_POLICY, ...options.commitPolicy });
  const rooms = new RoomRegistry(store, commits, log, {
    idleMs: options.roomIdleMs ?? 30_000,
    awarenessPacing: options.awarenessPacing,
    compactAfter: options.compactAfter ?? 500,
    prepare: prepareRoom,
    voteBudget: (workshopId) => voteBudgetOf(rooms.peek(workshopId, 'control')?.doc),
    gateLimits: { ...DEFAULT_GATE_LIMITS, ...options.gateLimits },
  });
  const workshops = new WorkshopService(store, rooms, options.joinLimiter ?? new JoinLimiter(), log);
  const concertations = new ConcertationService(store, rooms, workshops, log);
  concertations.surveys = new SurveyService(store, rooms, workshops, log, (id, token) =>
    concertations.authorizeLead(id, token),
  );
  const workshopExport = createExportRoute({ workshops, rooms });
  const schemaExport = createSchemaRoute(concertations);
  const archiveRoute = createArchiveRoute({ workshops, rooms, store, log, adminToken: options.adminToken });
  const extra = async (req: IncomingMessage, res: ServerResponse, path: string) =>
    (await workshopExport(req, res, path)) ||
    (await schemaExport(req, res, path)) ||
    (await archiveRoute(req, res, path));
  const handleApi = createApi({
    workshops,
    concertations,
    surveys: concertations.surveys,
    adminToken: options.adminToken,
    host: options.host,
    log,
    extra,
  });
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_FRAME_BYTES, perMessageDeflate: false });
  let shuttingDown = false;
  const refusals = new RefusalLedger(options.refusals);
  const serveStatic = createStaticHandler(options.clientDir);

  const onRequest = (req: IncomingMessage, res: ServerResponse) => {
    setSecurityHeaders(req, res);
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (path === '/healthz') {
      sendJson(res, 200, {
        ok: true,
        version: VERSION,
        rooms: rooms.size,
        connections: rooms.connectionCount,
      });
      return;
    }
    if (path.startsWith('/api/')) return handleApi(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      sendError(res, new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`));
      return;
    }
    serveStatic(req, res);
  };
  const server: Server = createServer(guardRequests(log, onRequest));
  // Slow or silent clients give up their socket instead of holding it (and its memory) for minutes.
  server.headersTimeout = 15_000;
  server.requestTimeout = 30_000;
  capSocketsPerAddress(server, options.maxSocketsPerAddress ?? DEFAULT_MAX_SOCKETS_PER_ADDRESS);
  // Once for the process: every connection keeps a reference to its limits, not a copy of its own.
  const upgradeDeps: UpgradeDeps = {
    store,
    rooms,
    wss,
    log,
    limits: { ...DEFAULT_CONNECTION_LIMITS, ...options.limits },
    allowedOrigins: options.allowedOrigins,
    isShuttingDown: () => shuttingDown,
    refusals,
  };
  const onUpgrade = guardUpgrades(log, (request, socket, head) =>
    handleUpgrade(upgradeDeps, request, socket, head),
  );
  server.on('upgrade', onUpgrade);
  server.on('clientError', (_error, socket) => socket.destroy());

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const shownHost = options.host === '0.0.0.0' || options.host === '::' ? 'localhost' : options.host;
  log.info('listening', { port, host: options.host, dataDir: options.dataDir });

  return {
    port,
    url: `http://${shownHost}:${port}`,
    store,
    rooms,
    log,
    concertations,
    async close() {
      if (shuttingDown) return;
      shuttingDown = true;
      rooms.shutdown(CLOSE.shuttingDown, 'server shutting down');
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      wss.close();
      await stopExportWorker();
      store.close();
      lock.release();
      log.info('stopped');
    },
  };
}
