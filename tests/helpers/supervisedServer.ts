/**
 * `npm start` as a real process tree: the supervisor on a free port, with its own data dir and a tiny
 * client dir, and the JSON log lines it and its child print. From the sources through tsx by default
 * (quick, no build needed); `compiled` runs dist/server/cli.js, the entry `npm start` and a release run.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { waitFor } from './waitFor';

export interface LogLine {
  event: string;
  [field: string]: unknown;
}

export interface SupervisedServer {
  url: string;
  dataDir: string;
  process: ChildProcess;
  lines: LogLine[];
  exited: Promise<number | null>;
  /** The pid of the server child that last reported it was listening. */
  readyPid(): number | undefined;
  dispose(): Promise<void>;
}

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((done) => probe.listen(0, '127.0.0.1', done));
  const address = probe.address();
  await new Promise<void>((done) => probe.close(() => done()));
  if (!address || typeof address === 'string') throw new Error('no free port');
  return address.port;
}

export interface SupervisedOptions {
  /** Run the compiled server (dist/server, built by the test set-up) with plain Node, no loader. */
  compiled?: boolean;
}

export async function startSupervised(
  env: Record<string, string> = {},
  options: SupervisedOptions = {},
): Promise<SupervisedServer> {
  const root = mkdtempSync(join(tmpdir(), 'fresco-supervised-'));
  const dataDir = join(root, 'data');
  const clientDir = join(root, 'client');
  mkdirSync(clientDir);
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Fresco</title>');
  const port = await freePort();
  const args = options.compiled
    ? [resolve('dist/server/cli.js')]
    : ['--import', 'tsx', resolve('server/main.ts')];
  const child = spawn(process.execPath, args, {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      CLIENT_DIR: clientDir,
      LOG_LEVEL: 'info',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const lines: LogLine[] = [];
  const read = (stream: NodeJS.ReadableStream | null) => {
    let pending = '';
    stream?.on('data', (chunk: Buffer) => {
      pending += chunk.toString();
      const parts = pending.split('\n');
      pending = parts.pop() ?? '';
      for (const part of parts) {
        if (!part.startsWith('{')) continue;
        try {
          lines.push(JSON.parse(part) as LogLine);
        } catch {
          // Not one of our JSON lines (banner, QR code).
        }
      }
    });
  };
  read(child.stdout);
  read(child.stderr);
  const exited = new Promise<number | null>((done) => child.once('exit', (code) => done(code)));
  const readyPid = () =>
    lines.filter((line) => line.event === 'server_ready').at(-1)?.pid as number | undefined;
  await waitFor(
    () => {
      if (child.exitCode !== null) throw new Error(`supervisor exited with ${child.exitCode}`);
      if (!readyPid()) throw new Error('not ready yet');
    },
    { timeoutMs: 30_000, intervalMs: 50 },
  );
  // PORT=0 in `env` lets the system pick: the port is then the one the first child reported.
  const listening = lines.find((line) => line.event === 'server_ready')?.port as number;
  return {
    url: `http://127.0.0.1:${listening}`,
    dataDir,
    process: child,
    lines,
    exited,
    readyPid,
    async dispose() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
