/**
 * The headers a security review expects, on every kind of answer: the app's HTML, its hashed assets,
 * the API (success and error), health, and the 4xx of a broken address. Written out literally so a
 * loosened policy shows up as a failing line here.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rawRequest } from '../helpers/rawHttp';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let clientDir: string;

beforeAll(async () => {
  clientDir = mkdtempSync(join(tmpdir(), 'fresco-headers-client-'));
  mkdirSync(join(clientDir, 'assets'));
  writeFileSync(join(clientDir, 'index.html'), '<!doctype html><title>Fresco</title>');
  writeFileSync(join(clientDir, 'assets', 'app-1234.js'), 'export {};');
  server = await startServer({ clientDir });
});
afterAll(async () => {
  await server.dispose();
  rmSync(clientDir, { recursive: true, force: true });
});

function expectedCsp(host: string): string {
  return (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; " +
    `connect-src 'self' ws://${host} wss://${host}; media-src 'self'; object-src 'none'; base-uri 'none'; ` +
    "frame-ancestors 'none'; form-action 'self'"
  );
}

describe('security headers', () => {
  const answers: Array<[string, string, RequestInit?]> = [
    ['the app page', '/'],
    ['a client route', '/w/abc'],
    ['a hashed asset', '/assets/app-1234.js'],
    ['a missing asset', '/assets/nope.js'],
    ['health', '/healthz'],
    ['an API error', '/api/workshops/nope'],
    ['an API success', '/api/workshops', { method: 'POST', body: '{"title":"Atelier"}' }],
    ['a broken address', '/%E0%A4%A'],
    ['another method on the app', '/', { method: 'PUT' }],
  ];
  it.each(answers)(
    '%s carries CSP, nosniff, no-referrer and a locked Permissions-Policy',
    async (_, path, init) => {
      const response = await fetch(server.url + path, init);
      await response.arrayBuffer();
      const host = `127.0.0.1:${server.port}`;
      expect(response.headers.get('content-security-policy')).toBe(expectedCsp(host));
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('referrer-policy')).toBe('no-referrer');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      const permissions = response.headers.get('permissions-policy') ?? '';
      expect(permissions).toContain('microphone=(self)');
      for (const feature of ['camera', 'geolocation', 'usb', 'serial', 'hid', 'payment', 'display-capture'])
        expect(permissions).toContain(`${feature}=()`);
      // Nothing else granted to any other origin.
      expect(permissions).not.toMatch(/\*|https?:/);
    },
  );

  it('keeps a hostile Host header out of the policy instead of echoing it', async () => {
    const answer = await rawRequest(
      server.port,
      'GET / HTTP/1.1\r\nHost: evil.example; script-src *\r\nConnection: close\r\n\r\n',
    );
    expect(answer.status).toBe(200);
    const csp = answer.headers['content-security-policy'] ?? '';
    expect(csp).toContain("connect-src 'self'; ");
    expect(csp).not.toContain('evil');
    expect(csp).toContain("script-src 'self';");
  });
});
