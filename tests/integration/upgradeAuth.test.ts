import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let a: CreateWorkshopResponse;
let b: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startServer({ allowedOrigins: ['https://fresco.example.org'] });
  a = await createWorkshop(server.url, { title: 'A' });
  b = await createWorkshop(server.url, { title: 'B' });
});
afterAll(async () => {
  await server.dispose();
});

/** Resolves with the HTTP status of a refused upgrade, or 101 when the socket opened. */
function upgradeStatus(path: string, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}${path}`, { headers });
    socket.on('unexpected-response', (_request, response) => {
      resolve(response.statusCode ?? 0);
      socket.terminate();
    });
    socket.on('open', () => {
      resolve(101);
      socket.close();
    });
    socket.on('error', (error) => {
      if (!String(error.message).includes('Unexpected server response')) reject(error);
    });
  });
}

describe('authentication at the upgrade', () => {
  it('opens with a valid token', async () => {
    expect(await upgradeStatus(`/sync/${a.id}/board?token=${a.tokens.participant}`)).toBe(101);
  });

  it('answers 404 for an unknown workshop or document, whatever the token', async () => {
    expect(await upgradeStatus(`/sync/unknown/board?token=${a.tokens.facilitator}`)).toBe(404);
    expect(await upgradeStatus(`/sync/${a.id}/secrets?token=${a.tokens.facilitator}`)).toBe(404);
    expect(await upgradeStatus(`/sync/${a.id}/board/extra?token=${a.tokens.facilitator}`)).toBe(404);
    expect(await upgradeStatus(`/sync/unknown/board`)).toBe(404);
  });

  it('answers 401 for a missing, wrong or foreign token', async () => {
    expect(await upgradeStatus(`/sync/${a.id}/board`)).toBe(401);
    expect(await upgradeStatus(`/sync/${a.id}/board?token=nope`)).toBe(401);
    expect(await upgradeStatus(`/sync/${a.id}/board?token=${b.tokens.facilitator}`)).toBe(401);
  });

  it('checks the Origin a browser sends: same origin or the allowlist', async () => {
    const path = `/sync/${a.id}/control?token=${a.tokens.viewer}`;
    expect(await upgradeStatus(path, { origin: 'https://evil.example.com' })).toBe(403);
    expect(await upgradeStatus(path, { origin: server.url })).toBe(101);
    expect(await upgradeStatus(path, { origin: 'https://fresco.example.org' })).toBe(101);
  });
});
