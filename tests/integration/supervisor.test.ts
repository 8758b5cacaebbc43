/**
 * If the server process dies anyway (a bug, the kernel's OOM killer), `npm start`'s supervisor brings
 * it back within 2 s with nothing lost, and says why in its log; a SIGTERM stops it for good with 0.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createWorkshop } from '../helpers/api';
import { isAlive, type SupervisedServer, startSupervised } from '../helpers/supervisedServer';
import { waitFor } from '../helpers/waitFor';

let server: SupervisedServer;

beforeAll(async () => {
  server = await startSupervised();
}, 60_000);
afterAll(async () => {
  await server.dispose();
});

describe('supervised npm start', () => {
  it('answers again within 2 s of a kill -9 of the server, with the workshop still there', async () => {
    const created = await createWorkshop(server.url, { title: 'Atelier avant la panne' });
    const first = server.readyPid() as number;
    // The spare is loaded once the first server listens; a restart before that is a cold one.
    await waitFor(() => expect(server.lines.some((line) => line.event === 'spare_loaded')).toBe(true), {
      timeoutMs: 30_000,
    });

    process.kill(first, 'SIGKILL');
    const killedAt = performance.now();
    await waitFor(
      async () => {
        const health = await fetch(`${server.url}/healthz`);
        expect(health.status).toBe(200);
      },
      { timeoutMs: 2000, intervalMs: 20 },
    );
    const restartMs = performance.now() - killedAt;
    console.log(`supervisor: /healthz answered again ${Math.round(restartMs)} ms after kill -9`);
    expect(restartMs).toBeLessThan(2000);
    // The new child may answer before its `server_ready` line has come through the pipe (a loaded machine).
    await waitFor(() => expect(server.readyPid()).not.toBe(first), { timeoutMs: 10_000 });

    const info = await call(server.url, 'GET', `/api/workshops/${created.id}`, {
      token: created.tokens.facilitator,
    });
    expect(info).toMatchObject({
      status: 200,
      body: { title: 'Atelier avant la panne', role: 'facilitator' },
    });
    expect(server.lines).toContainEqual(
      expect.objectContaining({ event: 'server_exited', pid: first, code: null, signal: 'SIGKILL' }),
    );
    expect(server.lines).toContainEqual(expect.objectContaining({ event: 'server_restarting', crashes: 1 }));
  });

  it('stops with exit code 0 and no restart on SIGTERM', async () => {
    const running = server.readyPid() as number;
    const restartsBefore = server.lines.filter((line) => line.event === 'server_started').length;
    server.process.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(server.lines.filter((line) => line.event === 'server_started')).toHaveLength(restartsBefore);
    expect(server.lines).toContainEqual(
      expect.objectContaining({ event: 'server_stopped', pid: running, code: 0 }),
    );
    const spares = server.lines
      .filter((line) => line.event === 'spare_loaded')
      .map((line) => line.pid as number);
    await waitFor(() => expect([running, ...spares].filter(isAlive)).toEqual([]));
    await expect(fetch(`${server.url}/healthz`)).rejects.toThrow();
  });
});

describe('a crash loop', () => {
  it('gives up with a non-zero exit after 5 crashes within a minute, instead of restarting forever', async () => {
    // PORT=0 as well: every restart must come back on the port the first start was given.
    const looping = await startSupervised({ PORT: '0' });
    try {
      for (let crash = 1; crash <= 5; crash++) {
        const pid = looping.readyPid() as number;
        process.kill(pid, 'SIGKILL');
        if (crash === 5) break;
        await waitFor(() => expect(looping.readyPid()).not.toBe(pid), { timeoutMs: 15_000 });
      }
      expect(await looping.exited).toBe(1);
      const ports = looping.lines.filter((line) => line.event === 'server_ready').map((line) => line.port);
      expect(ports).toHaveLength(5);
      expect(new Set(ports).size).toBe(1);
      expect(looping.lines).toContainEqual(
        expect.objectContaining({ event: 'server_crash_loop', crashes: 5 }),
      );
      expect(looping.lines.filter((line) => line.event === 'server_restarting')).toHaveLength(4);
    } finally {
      await looping.dispose();
    }
  }, 90_000);
});
