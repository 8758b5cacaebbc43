/**
 * "No request ever stops the server" (PRODUCT.md §4), tried on the real server: the requests that used
 * to end the process, then a few thousand seeded random ones and broken websocket upgrades. Every answer
 * is below 500, every error is `{ error, message }`, and the server still answers afterwards.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { Prng } from '../crdt/prng';
import { type FuzzIds, randomRequest, randomUpgrade, upgradeRequest } from '../fixtures/http/malformed';
import { call, createWorkshop } from '../helpers/api';
import { type RawAnswer, rawRequest } from '../helpers/rawHttp';
import { startServer, type TestServer } from '../helpers/server';

const SEED = 20_261_202;
const REQUESTS = 3000;
const UPGRADES = 500;
const CONCURRENCY = 16;

let server: TestServer;
let clientDir: string;
let workshop: CreateWorkshopResponse;
let ids: FuzzIds;

beforeAll(async () => {
  // A tiny built client of its own, so the test does not depend on (or wait for) a Vite build.
  clientDir = mkdtempSync(join(tmpdir(), 'fresco-fuzz-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Fresco</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), 'export {};');
  // Join-code guessing is rate limited per address; the fuzz comes from one address and must not trip it
  // for the checks that follow, so it gets a server of its own.
  server = await startServer({ clientDir });
  workshop = await createWorkshop(server.url, { title: 'Atelier fuzz' });
  ids = { workshopId: workshop.id, viewerToken: workshop.tokens.viewer };
});
afterAll(async () => {
  await server.dispose();
  rmSync(clientDir, { recursive: true, force: true });
});

function request(line: string, headers: string[] = []): Buffer {
  return Buffer.from(
    [line, 'Host: localhost', ...headers, 'Connection: close', '', ''].join('\r\n'),
    'latin1',
  );
}

/** The documented error body: `{ "error": "<code>", "message": "<human text>" }`. */
function expectErrorBody(answer: RawAnswer, label: string): void {
  const body = JSON.parse(answer.body) as Record<string, unknown>;
  expect(typeof body.error, label).toBe('string');
  expect(typeof body.message, label).toBe('string');
  expect((body.message as string).length, label).toBeGreaterThan(0);
}

async function expectAlive(): Promise<void> {
  const health = await fetch(`${server.url}/healthz`);
  expect(health.status).toBe(200);
}

describe('requests that used to end the process', () => {
  const cases: Array<[string, Buffer, number]> = [
    ['GET /%E0%A4%A', request('GET /%E0%A4%A HTTP/1.1'), 400],
    ['HEAD /%E0', request('HEAD /%E0 HTTP/1.1'), 400],
    ['GET //[', request('GET //[ HTTP/1.1'), 400],
    ['GET /api/workshops/%E0', request('GET /api/workshops/%E0 HTTP/1.1'), 400],
    ['GET /api/workshops/%E0/export.md', request('GET /api/workshops/%E0/export.md HTTP/1.1'), 400],
    ['DELETE /api/workshops/%E0%A4%A', request('DELETE /api/workshops/%E0%A4%A HTTP/1.1'), 400],
    ['GET /assets/%00.js', request('GET /assets/%00.js HTTP/1.1'), 400],
    ['GET /..%2F..%2Fetc%2Fpasswd', request('GET /..%2F..%2Fetc%2Fpasswd HTTP/1.1'), 400],
    ['upgrade /sync/%E0/board', upgradeRequest('/sync/%E0/board'), 400],
    ['upgrade //[', upgradeRequest('//['), 400],
  ];
  it.each(cases)('%s answers %i and the server lives on', async (label, bytes, status) => {
    const answer = await rawRequest(server.port, bytes);
    expect(answer.status, label).toBe(status);
    if (!label.startsWith('HEAD') && !label.startsWith('upgrade')) expectErrorBody(answer, label);
    await expectAlive();
  });

  it('caches only real assets for good, judged on the file served rather than the address', async () => {
    const asset = await rawRequest(server.port, request('GET /assets/app-1234.js HTTP/1.1'));
    expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const climbing = await rawRequest(server.port, request('GET /assets/../index.html HTTP/1.1'));
    expect(climbing.status).toBe(200);
    expect(climbing.headers['cache-control']).toBe('no-cache');
  });

  it('answers a broken id in the API with 400 bad_path, not 500', async () => {
    const answer = await call(server.url, 'GET', '/api/workshops/%E0');
    expect(answer).toEqual({
      status: 400,
      body: { error: 'bad_path', message: 'This address is not valid.' },
    });
  });
});

describe('seeded fuzz', () => {
  it(`survives ${REQUESTS} random requests and ${UPGRADES} broken upgrades (seed ${SEED})`, async () => {
    const prng = new Prng(SEED);
    const jobs: Array<{ label: string; bytes: Buffer; upgrade: boolean }> = [];
    for (let i = 0; i < REQUESTS; i++) {
      const bytes = randomRequest(prng, ids);
      jobs.push({ label: `#${i} ${bytes.subarray(0, 120).toString('latin1')}`, bytes, upgrade: false });
    }
    for (let i = 0; i < UPGRADES; i++) {
      const bytes = randomUpgrade(prng, ids);
      jobs.push({
        label: `upgrade #${i} ${bytes.subarray(0, 120).toString('latin1')}`,
        bytes,
        upgrade: true,
      });
    }
    const started = performance.now();
    const failures: string[] = [];
    const statuses = new Map<string, number>();
    let next = 0;
    const worker = async () => {
      while (next < jobs.length) {
        const job = jobs[next++] as (typeof jobs)[number];
        const answer = await rawRequest(server.port, job.bytes, { timeoutMs: 10_000 });
        const key = answer.timedOut ? 'timeout' : String(answer.status ?? 'closed');
        statuses.set(key, (statuses.get(key) ?? 0) + 1);
        if (answer.timedOut) failures.push(`timed out: ${job.label}`);
        else if (answer.status !== null && answer.status >= 500)
          failures.push(`${answer.status}: ${job.label}`);
        else if (!job.upgrade && answer.status !== null && answer.status >= 400 && answer.body !== '') {
          try {
            expectErrorBody(answer, job.label);
          } catch {
            failures.push(`not a JSON error (${answer.status} ${answer.body.slice(0, 80)}): ${job.label}`);
          }
        }
      }
    };
    await Promise.all(Array.from({ length: CONCURRENCY }, worker));
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `http fuzz: ${jobs.length} requests in ${seconds.toFixed(1)} s`,
      JSON.stringify(Object.fromEntries(statuses)),
    );
    expect(failures.slice(0, 20)).toEqual([]);
    await expectAlive();
    // Still does real work: the workshop answers its token, and a new one can be created.
    const info = await call(server.url, 'GET', `/api/workshops/${workshop.id}`, {
      token: workshop.tokens.viewer,
    });
    expect(info.status).toBe(200);
    await createWorkshop(server.url, { title: 'Après le fuzz' });
  }, 120_000);
});
