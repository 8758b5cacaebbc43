import { resolve } from 'node:path';
import type { LogLevel } from './log';
import type { SyncMode } from './storage/sqliteStore';

/** Everything `npm start` reads from the environment (README, configuration table). */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  adminToken: string | null;
  /** Extra origins allowed to open the sync socket (deployments behind a proxy on another host name). */
  allowedOrigins: string[];
  logLevel: LogLevel | 'silent';
  syncMode: SyncMode;
  /** Where the built client is served from. */
  clientDir: string;
  /** Open sockets one address may hold (HTTP and websockets together); the server's default if unset. */
  maxSocketsPerAddress?: number;
}

export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const port = Number(env.PORT ?? 8080);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new Error(`PORT must be a port number, got ${env.PORT}`);
  const syncMode = env.SYNC_MODE === 'normal' ? 'normal' : 'full';
  const maxSockets = env.MAX_SOCKETS_PER_ADDRESS ? Number(env.MAX_SOCKETS_PER_ADDRESS) : undefined;
  if (maxSockets !== undefined && (!Number.isInteger(maxSockets) || maxSockets < 1))
    throw new Error(
      `MAX_SOCKETS_PER_ADDRESS must be a whole number above 0, got ${env.MAX_SOCKETS_PER_ADDRESS}`,
    );
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    dataDir: resolve(env.DATA_DIR ?? './data'),
    adminToken: env.ADMIN_TOKEN ? env.ADMIN_TOKEN : null,
    allowedOrigins: (env.ALLOWED_ORIGINS ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
    logLevel: (env.LOG_LEVEL as LogLevel | 'silent' | undefined) ?? 'info',
    syncMode,
    clientDir: resolve(env.CLIENT_DIR ?? 'dist/client'),
    maxSocketsPerAddress: maxSockets,
  };
}
