import type { FrescoServer } from './app';

/**
 * SIGTERM/SIGINT: stop accepting, store what is pending, fold logs into snapshots, exit 0.
 * Returns the same clean stop, for other reasons to stop (the supervisor gone).
 */
export function stopOnSignals(server: FrescoServer): (reason: string) => void {
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    server.log.info('signal', { signal });
    server.close().then(
      () => process.exit(0),
      (error: unknown) => {
        server.log.error('stop_failed', { error: String(error) });
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', () => stop('SIGTERM'));
  process.on('SIGINT', () => stop('SIGINT'));
  return stop;
}
