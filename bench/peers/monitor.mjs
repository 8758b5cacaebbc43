// Preloaded (node --import) into every server the bench runs, Fresco and peers alike, so they are all
// watched the same way: on request over the IPC channel it answers with event-loop delay (the histogram
// counts the timer interval itself, so RESOLUTION_MS is taken off), memory, and forces a GC when asked.
import { monitorEventLoopDelay } from 'node:perf_hooks';

const RESOLUTION_MS = 10;
const delay = monitorEventLoopDelay({ resolution: RESOLUTION_MS });
delay.enable();

const lag = (nanoseconds) => Math.max(0, nanoseconds / 1e6 - RESOLUTION_MS);

if (process.send) {
  process.on('message', (message) => {
    if (!message || typeof message !== 'object' || message.type !== 'sample') return;
    if (message.gc && typeof globalThis.gc === 'function') {
      globalThis.gc();
      globalThis.gc();
    }
    const memory = process.memoryUsage();
    process.send({
      type: 'sample',
      id: message.id,
      eventLoop: { p50: lag(delay.percentile(50)), p99: lag(delay.percentile(99)), max: lag(delay.max) },
      rss: memory.rss,
      heapUsed: memory.heapUsed,
      external: memory.external,
    });
    if (message.reset) delay.reset();
  });
  process.channel?.unref();
}
