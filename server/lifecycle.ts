import type { FrescoServer } from './app';

/** SIGTERM/SIGINT: stop accepting, store what is pending, fold logs into snapshots, exit 0. */
export function stopOnSignals(server: FrescoServer): void {
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
}
