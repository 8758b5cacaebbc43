/**
 * The server process `npm start`'s supervisor forks (server/supervisor.ts). Its code is loaded by the
 * imports below; it then waits for the parent's `start` (a spare waits until the running server dies),
 * listens with the configuration of the same environment, and reports `ready` with its port.
 * Run without a parent (no IPC channel), it starts at once.
 */
import { startFrescoServer } from './app';
import { readConfig } from './config';
import { stopOnSignals } from './lifecycle';
import { printBanner } from './log';

let started = false;

async function run(): Promise<void> {
  started = true;
  try {
    const server = await startFrescoServer(readConfig());
    const stop = stopOnSignals(server);
    // The supervisor gone (even killed with -9) closes the IPC channel: stop cleanly rather than linger
    // holding the port where a new `npm start` could not listen.
    process.once('disconnect', () => stop('supervisor_gone'));
    process.send?.({ type: 'ready', port: server.port, url: server.url });
  } catch (error) {
    printBanner(`Fresco could not start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  }
}

if (!process.send) {
  void run();
} else {
  process.on('message', (message: { type?: unknown } | null) => {
    if (message?.type === 'start' && !started) void run();
  });
  // An idle spare has nothing to store: it leaves at once when asked, or when the parent is gone.
  const leave = () => {
    if (!started) process.exit(0);
  };
  process.once('disconnect', leave);
  process.on('SIGTERM', leave);
  process.on('SIGINT', leave);
  process.send({ type: 'loaded' });
}
