/**
 * Starts a server under test as a child process pinned to core 0 (the bench itself runs on core 1), with
 * the shared monitor preloaded, and talks to it over IPC for event-loop delay and memory.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PEERS_DIR } from '../paths';

export const SERVER_CORE = '0';
export const BENCH_CORE = '1';

const hasTaskset = spawnSync('taskset', ['--version']).status === 0;

/** Pins this process (all threads) to the bench core so servers have core 0 to themselves. */
export function pinSelf(): boolean {
  if (!hasTaskset) return false;
  return spawnSync('taskset', ['-a', '-pc', BENCH_CORE, String(process.pid)]).status === 0;
}

/**
 * Starts a child (Chromium) free to use every core, as a tablet's browser would: children inherit this
 * process's pinning otherwise, and a browser squeezed onto one core next to the bench measures the squeeze.
 */
export async function unpinned<T>(start: () => Promise<T>): Promise<T> {
  if (!hasTaskset) return start();
  spawnSync('taskset', ['-a', '-pc', `0-${Math.max(1, availableParallelism() - 1)}`, String(process.pid)]);
  try {
    return await start();
  } finally {
    pinSelf();
  }
}

export function tasksetAvailable(): boolean {
  return hasTaskset;
}

export interface ServerSample {
  eventLoop: { p50: number; p99: number; max: number };
  rss: number;
  heapUsed: number;
  external: number;
}

export interface ChildHandle {
  readonly process: ChildProcess;
  readonly pid: number;
  readonly port: number;
  readonly exited: Promise<number | null>;
  sample(options?: { reset?: boolean; gc?: boolean }): Promise<ServerSample>;
  /** SIGTERM and wait. */
  stop(): Promise<void>;
  /** SIGKILL and wait: a crash. */
  kill9(): Promise<void>;
}

export interface LaunchOptions {
  script: string;
  env: Record<string, string>;
  /** Load TypeScript through tsx (Fresco). */
  typescript: boolean;
  /** How the child says it listens; the port is the first capture group, or `fixedPort` when none. */
  readyPattern: RegExp;
  fixedPort?: number;
}

let nextSampleId = 1;

export function launch(options: LaunchOptions): Promise<ChildHandle> {
  // BENCH_SERVER_NODE_ARGS (e.g. "--cpu-prof --cpu-prof-dir=/tmp/p") profiles the servers under test.
  const nodeArgs = ['--expose-gc', ...(process.env.BENCH_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
  if (options.typescript) nodeArgs.push('--import', 'tsx');
  nodeArgs.push('--import', pathToFileURL(join(PEERS_DIR, 'monitor.mjs')).href, options.script);
  const [command, args] = hasTaskset
    ? ['taskset', ['-c', SERVER_CORE, process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child = spawn(command as string, args as string[], {
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  const waiting = new Map<number, (sample: ServerSample) => void>();
  child.on('message', (message: { type?: string; id?: number } & ServerSample) => {
    if (message.type !== 'sample' || message.id === undefined) return;
    waiting.get(message.id)?.(message);
    waiting.delete(message.id);
  });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr = (stderr + chunk.toString()).slice(-4000);
  });

  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${options.script} not ready in 30 s: ${output} ${stderr}`));
    }, 30_000);
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = options.readyPattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      const port = options.fixedPort ?? Number(match[1]);
      output = '';
      resolve({
        process: child,
        pid: child.pid as number,
        port,
        exited,
        sample(request = {}) {
          const id = nextSampleId++;
          return new Promise<ServerSample>((done, fail) => {
            const timeout = setTimeout(() => fail(new Error('server did not answer a sample')), 30_000);
            waiting.set(id, (sample) => {
              clearTimeout(timeout);
              done(sample);
            });
            child.send({ type: 'sample', id, reset: request.reset ?? false, gc: request.gc ?? false });
          });
        },
        async stop() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGTERM');
          const timeout = setTimeout(() => child.kill('SIGKILL'), 10_000);
          await exited;
          clearTimeout(timeout);
        },
        async kill9() {
          if (child.exitCode !== null || child.signalCode !== null) return;
          child.kill('SIGKILL');
          await exited;
        },
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${options.script} exited with ${code} before ready: ${stderr}`));
    });
  });
}
