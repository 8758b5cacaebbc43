/** Starts the real Fresco server in this process on a free port with a fresh data dir. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { type FrescoServer, type FrescoServerOptions, startFrescoServer } from '../../server/app';

export interface TestServer extends FrescoServer {
  dataDir: string;
  /** Stops the server and removes its data. */
  dispose(): Promise<void>;
}

export async function startServer(overrides: Partial<FrescoServerOptions> = {}): Promise<TestServer> {
  const dataDir = overrides.dataDir ?? mkdtempSync(join(tmpdir(), 'fresco-test-'));
  const server = await startFrescoServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    adminToken: null,
    allowedOrigins: [],
    logLevel: 'silent',
    syncMode: 'normal',
    clientDir: resolve('dist/client'),
    ...overrides,
  });
  return Object.assign(server, {
    dataDir,
    async dispose() {
      await server.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}
