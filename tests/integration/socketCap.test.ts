/**
 * One device cannot use up the server's sockets: past the cap (8 here, 256 by default), its new
 * connections are closed at once, HTTP and websockets counted together, while other devices are
 * served normally, and the device gets its room back once it closes some.
 * Each role in the test has a loopback address of its own (Linux routes all of 127/8 to the loopback),
 * so fetch's own pooled sockets never blur the count.
 */
import { connect, type Socket } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { rawRequest } from '../helpers/rawHttp';
import { startServer, type TestServer } from '../helpers/server';
import { waitFor } from '../helpers/waitFor';

const CAP = 8;
const GREEDY = '127.0.0.3';
const OTHER = '127.0.0.4';
const HEALTH = 'GET /healthz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n';

let server: TestServer;
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startServer({ maxSocketsPerAddress: CAP });
  workshop = await createWorkshop(server.url);
});
afterAll(async () => {
  await server.dispose();
});

/** A keep-alive HTTP socket that has had one answer, so the server has surely counted it. */
function keepAliveSocket(): Promise<Socket> {
  return new Promise((resolve, reject) => {
    const socket = connect({ port: server.port, host: '127.0.0.1', localAddress: GREEDY });
    socket.once('data', () => resolve(socket));
    socket.once('error', reject);
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
  });
}

function syncSocket(): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const url = `ws://127.0.0.1:${server.port}/sync/${workshop.id}/board?token=${workshop.tokens.viewer}`;
    const socket = new WebSocket(url, { localAddress: GREEDY });
    socket.once('open', () => resolve(socket));
    socket.once('error', reject);
  });
}

describe('sockets per address', () => {
  it(`closes the connections one address opens past ${CAP}, and keeps serving everyone else`, async () => {
    const sync = await Promise.all(Array.from({ length: CAP / 2 }, syncSocket));
    const http = await Promise.all(Array.from({ length: CAP / 2 }, keepAliveSocket));

    const extra = await Promise.all(
      Array.from({ length: 10 }, () =>
        rawRequest(server.port, HEALTH, { localAddress: GREEDY, timeoutMs: 3000 }),
      ),
    );
    expect(extra.map((answer) => [answer.status, answer.timedOut])).toEqual(
      Array.from({ length: 10 }, () => [null, false]),
    );
    await expect(syncSocket()).rejects.toThrow();

    // Another device is served at once, and the greedy one's open sockets still work.
    const other = await rawRequest(server.port, HEALTH, { localAddress: OTHER });
    expect(other.status).toBe(200);
    expect(sync.map((socket) => socket.readyState)).toEqual(sync.map(() => WebSocket.OPEN));

    // Closing some gives the address its room back.
    for (const socket of sync) socket.close();
    for (const socket of http) socket.destroy();
    await waitFor(async () => {
      const again = await rawRequest(server.port, HEALTH, { localAddress: GREEDY });
      expect(again.status).toBe(200);
    });
  });
});
