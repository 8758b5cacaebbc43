/**
 * Deleting a large workshop must not freeze the others: every workshop shares one event loop, and on
 * main a whole-database VACUUM ran on it for each delete (6.3 s for a 265 MB file). The erase now runs
 * in short steps; this pins the longest stall of the loop during the delete of a workshop with 33 MB
 * of history in a 74 MB database holding another workshop too. Measured on the 2-core test machine:
 * main stalled 1.7-2.1 s (one VACUUM); now 62-96 ms (the 1 MB snapshot is one step), 43 ms while the
 * freed pages go back.
 */
import { randomBytes } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.dispose();
});

const UPDATE_BYTES = 4096;
const UPDATES = 8192;

/**
 * History written straight into the store: 32 MB of log and a 1 MB snapshot, incompressible. A snapshot
 * is erased in one step (about 20 ms per MB here); a real board's is a few hundred KB.
 */
async function fillHistory(workshopId: string): Promise<void> {
  for (let batch = 0; batch < UPDATES / 256; batch++) {
    server.store.appendUpdates(
      Array.from({ length: 256 }, () => ({
        workshopId,
        doc: 'board' as const,
        update: randomBytes(UPDATE_BYTES),
      })),
    );
    // Yielding between batches keeps the HTTP client's idle sockets alive (a blocked loop resets them).
    await new Promise((resolve) => setImmediate(resolve));
  }
  server.store.compactDoc(workshopId, 'plan', randomBytes(1024 * 1024), 0);
}

/** The longest gap between two 1 ms timers while `action` runs: how long every workshop waited. */
async function longestStall(action: () => Promise<unknown>): Promise<number> {
  const histogram = monitorEventLoopDelay({ resolution: 5 });
  let last = performance.now();
  let longest = 0;
  const probe = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 1);
  histogram.enable();
  try {
    await action();
  } finally {
    clearInterval(probe);
    histogram.disable();
  }
  return Math.max(longest, histogram.max / 1e6);
}

describe('deleting a large workshop', () => {
  it('never holds the event loop for more than 100 ms, and frees its pages', async () => {
    const other = await createWorkshop(server.url, { title: 'Atelier voisin' });
    await fillHistory(other.id);
    // Best of three, each against the loop's own stalls in an idle second just before: other test files
    // share the two cores, and a descheduled process looks stalled too. A regression (a VACUUM, one big
    // transaction) adds seconds to every attempt.
    const excess: number[] = [];
    const seen: string[] = [];
    let sizeBefore = 0;
    let lastIdle = 0;
    for (let attempt = 0; attempt < 3 && !excess.some((ms) => ms < 100); attempt++) {
      const large = await createWorkshop(server.url, { title: 'Gros atelier' });
      await fillHistory(large.id);
      server.store.checkpoint();
      sizeBefore = server.store.sizeOnDisk();
      const idle = await longestStall(() => new Promise((resolve) => setTimeout(resolve, 1000)));
      const stall = await longestStall(async () => {
        const deleted = await call(server.url, 'DELETE', `/api/workshops/${large.id}`, {
          token: large.tokens.facilitator,
        });
        expect(deleted.status).toBe(200);
      });
      excess.push(stall - idle);
      lastIdle = idle;
      seen.push(`${stall.toFixed(1)} ms (idle ${idle.toFixed(1)} ms)`);
    }
    expect(Math.min(...excess), `longest stalls during the delete: ${seen.join(', ')}`).toBeLessThan(100);

    // The freed pages go back to the file system in the background, in small steps too.
    const reclaimStall = await longestStall(
      () =>
        new Promise<void>((resolve, reject) => {
          const deadline = Date.now() + 15_000;
          const poll = setInterval(() => {
            if (server.store.sizeOnDisk() < sizeBefore * 0.6) resolve();
            else if (Date.now() > deadline) reject(new Error(`still ${server.store.sizeOnDisk()} bytes`));
            else return;
            clearInterval(poll);
          }, 20);
        }),
    );
    expect(
      reclaimStall - lastIdle,
      `longest stall while reclaiming: ${reclaimStall.toFixed(1)} ms (idle ${lastIdle.toFixed(1)} ms)`,
    ).toBeLessThan(100);
    const info = await call(server.url, 'GET', `/api/workshops/${other.id}`, { token: other.tokens.viewer });
    expect(info.body).toMatchObject({ title: 'Atelier voisin' });
  }, 120_000);
});
