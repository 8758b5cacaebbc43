/**
 * Fresco as the bench runs it: the real `startFrescoServer` in a child process of its own, configured
 * from FRESCO_BENCH (JSON), with bench/peers/monitor.mjs preloaded like every peer. Prints `READY <port>`.
 * SIGTERM stops it cleanly (stored, compacted); SIGKILL is the crash the persistence bench wants.
 */
import { startFrescoServer } from '../../server/app';
import { stopOnSignals } from '../../server/lifecycle';

interface BenchOptions {
  dataDir: string;
  syncMode: 'full' | 'normal';
  clientDir: string;
  roomIdleMs?: number;
}

/** Development runs may try another commit policy: FRESCO_BENCH_COMMIT='{"maxDelayMs":8}'. */
const commitPolicy = process.env.FRESCO_BENCH_COMMIT
  ? JSON.parse(process.env.FRESCO_BENCH_COMMIT)
  : undefined;

const options = JSON.parse(process.env.FRESCO_BENCH ?? '{}') as BenchOptions;
const server = await startFrescoServer({
  port: 0,
  host: '127.0.0.1',
  dataDir: options.dataDir,
  adminToken: null,
  allowedOrigins: [],
  logLevel: 'silent',
  syncMode: options.syncMode,
  clientDir: options.clientDir,
  roomIdleMs: options.roomIdleMs,
  commitPolicy,
  // Every bench client connects from the loopback: 200 rooms × 10 clients is far past the per-address cap
  // that protects a workshop from one greedy device.
  maxSocketsPerAddress: 100_000,
});
stopOnSignals(server);
console.log(`READY ${server.port}`);
