/**
 * The last line of defence (server/http/guard.ts) on a real HTTP server: a handler that throws, or
 * rejects, costs that one request a 500 `{ error, message }` (or that one socket) and a log line, and
 * the process and the next request carry on.
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guardRequests, guardUpgrades } from '../../server/http/guard';
import type { Logger } from '../../server/log';
import { upgradeRequest } from '../fixtures/http/malformed';
import { rawRequest } from '../helpers/rawHttp';

const logged: Array<{ event: string; fields?: Record<string, unknown> }> = [];
const log: Logger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
  error: (event, fields) => logged.push({ event, fields }),
};

const routes: Record<string, (req: IncomingMessage, res: ServerResponse) => void | Promise<void>> = {
  '/throws': () => {
    throw new Error('boom');
  },
  '/rejects': async () => {
    await Promise.resolve();
    throw new Error('later boom');
  },
  '/half': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain' });
    res.write('part of the answer');
    throw new Error('boom after the headers');
  },
  '/ok': (_req, res) => {
    res.writeHead(200).end('ok');
  },
};

let server: Server;
let port: number;

beforeAll(async () => {
  server = createServer(guardRequests(log, (req, res) => routes[req.url ?? '']?.(req, res)));
  server.on(
    'upgrade',
    guardUpgrades(log, (_req: IncomingMessage, _socket: Duplex) => {
      throw new Error('upgrade boom');
    }),
  );
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((done) => server.close(() => done()));
});

const get = (path: string) =>
  rawRequest(port, `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`);

describe('guarded handlers', () => {
  it.each(['/throws', '/rejects'])(
    '%s answers 500 with the documented error body, and logs it',
    async (path) => {
      const answer = await get(path);
      expect(answer.status).toBe(500);
      expect(JSON.parse(answer.body)).toEqual({
        error: 'internal',
        message: 'Something went wrong on the server. Try again.',
      });
      expect(logged.at(-1)).toMatchObject({ event: 'request_failed', fields: { method: 'GET', url: path } });
      expect((await get('/ok')).status).toBe(200);
    },
  );

  it('cuts the socket when the answer had already begun, since a 500 can no longer be sent', async () => {
    const answer = await get('/half');
    // The client sees the connection cut (usually before even the buffered headers went out).
    expect(answer.status).not.toBe(500);
    expect(answer.body).not.toContain('internal');
    expect(logged.at(-1)?.event).toBe('request_failed');
    expect((await get('/ok')).status).toBe(200);
  });

  it('destroys only the socket of an upgrade that throws, and logs it without its token', async () => {
    const answer = await rawRequest(port, upgradeRequest('/sync/w/board?token=secret'));
    expect(answer.status).toBeNull();
    expect(logged.at(-1)).toMatchObject({ event: 'upgrade_failed', fields: { url: '/sync/w/board' } });
    expect(JSON.stringify(logged)).not.toContain('secret');
    expect((await get('/ok')).status).toBe(200);
  });
});
