/**
 * Keeps the server running through a crash: `npm start` is this small parent, and the real server is a
 * child process. A child that dies unexpectedly is replaced after a short pause (its data is on disk,
 * so nothing is lost: rooms reload from the store); a crash loop (a bug that kills every start) gives
 * up with a non-zero exit instead of spinning. SIGTERM/SIGINT are passed on, and a clean stop ends the
 * parent with 0 and no restart.
 *
 * Loading the server's code takes seconds on a small laptop (more under tsx), so a spare child is kept
 * loaded but idle (no database, no port) and is the one started after a crash: the workshop is back in
 * well under two seconds. The cost is one more idle Node process.
 *
 * Messages over the fork's IPC channel, child → parent: `{ type: 'loaded' }` once its code is loaded,
 * `{ type: 'ready', port, url }` once it listens; parent → child: `{ type: 'start' }`.
 */
import { type ChildProcess, fork } from 'node:child_process';
import type { Logger } from './log';

export interface ReadyMessage {
  type: 'ready';
  port: number;
  url: string;
}

export interface SuperviseOptions {
  /** The server's entry file, run with this process's own loader flags (tsx today, none once compiled). */
  script: string;
  log: Logger;
  /** Called each time a child listens; `first` is true only once, for the start-up banner. */
  onReady?: (ready: ReadyMessage, first: boolean) => void;
  maxCrashes?: number;
  crashWindowMs?: number;
  /** How long a stopping child may take to store what is pending before it is killed. */
  stopTimeoutMs?: number;
}

interface Child {
  process: ChildProcess;
  loaded: boolean;
  active: boolean;
}

/** Pauses before each restart of a crash series: quick first (people are waiting), slower if it repeats. */
const BACKOFF_MS = [100, 250, 500, 1000];

/** Runs the server until a clean stop or a crash loop; resolves with the exit code for this process. */
export function supervise(options: SuperviseOptions): Promise<number> {
  const { log, maxCrashes = 5, crashWindowMs = 60_000, stopTimeoutMs = 30_000 } = options;
  const crashes: number[] = [];
  let active: Child | null = null;
  let spare: Child | null = null;
  let stopping = false;
  let everReady = false;
  let resolveDone: (code: number) => void = () => undefined;
  const done = new Promise<number>((resolve) => {
    resolveDone = resolve;
  });
  const finish = (code: number) => {
    stopping = true;
    spare?.process.kill('SIGTERM');
    resolveDone(code);
  };

  const spawnChild = (): Child => {
    const proc = fork(options.script, [], { execArgv: process.execArgv, env: process.env });
    const child: Child = { process: proc, loaded: false, active: false };
    // A message to a child that just died fails with an event, not a throw: log it, never crash on it.
    proc.on('error', (error) => log.warn('child_error', { pid: proc.pid, error: String(error) }));
    proc.on('message', (message) => {
      if (isMessage(message, 'loaded')) {
        child.loaded = true;
        if (child.active) proc.send({ type: 'start' });
        else log.info('spare_loaded', { pid: proc.pid });
      } else if (isReady(message)) {
        log.info('server_ready', { pid: proc.pid, port: message.port });
        options.onReady?.(message, !everReady);
        everReady = true;
        // Loaded only now, so the spare's start-up never slows the server's own.
        if (!spare && !stopping) spare = spawnChild();
      }
    });
    proc.once('exit', (code, signal) => {
      if (child.active) onActiveExit(proc.pid, code, signal);
      else onSpareExit(child, code, signal);
    });
    return child;
  };

  const start = () => {
    if (stopping) return;
    const next = spare ?? spawnChild();
    spare = null;
    next.active = true;
    active = next;
    log.info('server_started', { pid: next.process.pid, warm: next.loaded });
    if (next.loaded) next.process.send({ type: 'start' });
  };

  const onActiveExit = (pid: number | undefined, code: number | null, signal: NodeJS.Signals | null) => {
    active = null;
    if (stopping || code === 0) {
      // Asked to stop (by us, or by someone signalling the child itself): no restart.
      log.info('server_stopped', { pid, code, signal });
      finish(code === 0 ? 0 : 1);
      return;
    }
    log.error('server_exited', { pid, code, signal });
    if (!everReady) {
      // It never listened: a configuration problem (port taken, bad data dir) a restart will not fix.
      finish(code ?? 1);
      return;
    }
    const now = Date.now();
    crashes.push(now);
    while ((crashes[0] ?? now) < now - crashWindowMs) crashes.shift();
    if (crashes.length >= maxCrashes) {
      log.error('server_crash_loop', { crashes: crashes.length, windowMs: crashWindowMs });
      finish(1);
      return;
    }
    const delayMs = BACKOFF_MS[Math.min(crashes.length, BACKOFF_MS.length) - 1] ?? 1000;
    log.warn('server_restarting', { inMs: delayMs, crashes: crashes.length });
    setTimeout(start, delayMs);
  };

  const onSpareExit = (child: Child, code: number | null, signal: NodeJS.Signals | null) => {
    if (spare === child) spare = null;
    // Without a spare, the next restart loads the code first: slower, still correct.
    if (!stopping && code !== 0) log.warn('spare_exited', { pid: child.process.pid, code, signal });
  };

  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log.info('signal', { signal });
    spare?.process.kill('SIGTERM');
    const running = active;
    if (!running) {
      finish(0);
      return;
    }
    running.process.kill(signal);
    setTimeout(() => running.process.kill('SIGKILL'), stopTimeoutMs).unref();
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));

  start();
  return done;
}

function isMessage(message: unknown, type: string): boolean {
  return typeof message === 'object' && message !== null && (message as { type?: unknown }).type === type;
}

function isReady(message: unknown): message is ReadyMessage {
  return isMessage(message, 'ready') && typeof (message as { port?: unknown }).port === 'number';
}
