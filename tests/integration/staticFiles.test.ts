/**
 * The built client as a real web server sends it, through the real server: the build's Brotli or gzip
 * twin chosen by Accept-Encoding (and decoding to the very file), long-lived caching for hashed assets
 * only, ETag revalidation with 304, MIME types, the single-page fallback for app routes but 404 for a
 * missing file, and a 4xx for every hostile path, none of which reads a byte outside the client folder.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompress } from '../../server/build/compressPlugin';
import { rawRequest } from '../helpers/rawHttp';
import { startServer, type TestServer } from '../helpers/server';

let server: TestServer;
let outside: string;
let clientDir: string;
const SECRET = 'secret-outside-the-client-folder';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

/** node's http.request, which (unlike fetch) leaves the body as the server encoded it. */
function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: server.port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

const APP_JS = `export const words = ${JSON.stringify(Array.from({ length: 400 }, (_, i) => `mot ${i}`))};\n`;
const INDEX = `<!doctype html><html lang="fr"><title>Fresco</title><body>${'<p>Bonjour</p>'.repeat(100)}</body></html>`;

beforeAll(async () => {
  outside = mkdtempSync(join(tmpdir(), 'fresco-static-'));
  writeFileSync(join(outside, 'secret.txt'), SECRET);
  clientDir = join(outside, 'client');
  mkdirSync(join(clientDir, 'assets'), { recursive: true });
  mkdirSync(join(clientDir, 'pictograms'));
  writeFileSync(join(clientDir, 'index.html'), INDEX);
  writeFileSync(join(clientDir, 'assets', 'app-1234abcd.js'), APP_JS);
  writeFileSync(join(clientDir, 'assets', 'app-1234abcd.css'), 'body { color: black; }\n'.repeat(80));
  writeFileSync(
    join(clientDir, 'assets', 'pictograms-0123456789ab.json'),
    JSON.stringify({ a: 'b'.repeat(3000) }),
  );
  writeFileSync(join(clientDir, 'assets', 'font-9876.woff2'), Buffer.alloc(4000, 7));
  writeFileSync(
    join(clientDir, 'manifest.webmanifest'),
    JSON.stringify({ name: 'Fresco', short_name: 'Fresco' }),
  );
  writeFileSync(join(clientDir, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>');
  writeFileSync(
    join(clientDir, 'pictograms', 'bus.svg'),
    `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(400)}</svg>`,
  );
  await precompress(clientDir);
  server = await startServer({ clientDir });
});
afterAll(async () => {
  await server.dispose();
  rmSync(outside, { recursive: true, force: true });
});

describe('the build writes compressed twins', () => {
  it('writes .br and .gz for text of 1 KB and more, none for small files or fonts', () => {
    const has = (file: string) => {
      try {
        readFileSync(join(clientDir, file));
        return true;
      } catch {
        return false;
      }
    };
    expect(has('assets/app-1234abcd.js.br')).toBe(true);
    expect(has('assets/app-1234abcd.js.gz')).toBe(true);
    expect(has('index.html.br')).toBe(true);
    expect(has('pictograms/bus.svg.gz')).toBe(true);
    expect(has('favicon.svg.br')).toBe(false);
    expect(has('assets/font-9876.woff2.br')).toBe(false);
  });
});

describe('content encoding', () => {
  const cases: Array<[string, string, string | undefined]> = [
    ['br, gzip, deflate (a browser)', 'gzip, deflate, br', 'br'],
    ['br only', 'br', 'br'],
    ['gzip only (an old tablet)', 'gzip', 'gzip'],
    ['nothing', '', undefined],
    ['identity', 'identity', undefined],
  ];
  it.each(cases)('%s gets %s', async (_, accept, expected) => {
    const answer = await get('/assets/app-1234abcd.js', accept ? { 'Accept-Encoding': accept } : {});
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe(expected);
    expect(answer.headers.vary).toBe('Accept-Encoding');
    expect(answer.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const bytes =
      expected === 'br'
        ? brotliDecompressSync(answer.body)
        : expected === 'gzip'
          ? gunzipSync(answer.body)
          : answer.body;
    expect(bytes.toString('utf8')).toBe(APP_JS);
    if (expected) expect(answer.body.byteLength).toBeLessThan(Buffer.byteLength(APP_JS) / 2);
    expect(Number(answer.headers['content-length'])).toBe(answer.body.byteLength);
  });

  it('sends the app page compressed too, for an app route as for /', async () => {
    for (const path of ['/', '/w/abc123', '/index.html']) {
      const answer = await get(path, { 'Accept-Encoding': 'br' });
      expect(answer.headers['content-encoding'], path).toBe('br');
      expect(brotliDecompressSync(answer.body).toString('utf8'), path).toBe(INDEX);
    }
  });
});

describe('caching', () => {
  it('caches hashed assets for good and makes everything else revalidate', async () => {
    const cases: Array<[string, string]> = [
      ['/assets/app-1234abcd.js', 'public, max-age=31536000, immutable'],
      ['/assets/pictograms-0123456789ab.json', 'public, max-age=31536000, immutable'],
      ['/', 'no-cache'],
      ['/index.html', 'no-cache'],
      ['/w/abc123', 'no-cache'],
      ['/manifest.webmanifest', 'no-cache'],
      ['/pictograms/bus.svg', 'no-cache'],
      ['/assets/../index.html', 'no-cache'],
    ];
    for (const [path, expected] of cases) {
      const answer = await get(path);
      expect(answer.status, path).toBe(200);
      expect(answer.headers['cache-control'], path).toBe(expected);
    }
  });

  it('answers 304 to the ETag it gave, per encoding, and 200 to another', async () => {
    for (const accept of ['br', 'gzip', '']) {
      const first = await get('/', { 'Accept-Encoding': accept });
      const etag = first.headers.etag as string;
      expect(etag, accept).toMatch(/^W\/".+"$/);
      const again = await get('/', { 'Accept-Encoding': accept, 'If-None-Match': etag });
      expect(again.status, accept).toBe(304);
      expect(again.body.byteLength).toBe(0);
      expect(again.headers['content-security-policy']).toContain("default-src 'self'");
      const other = await get('/', { 'Accept-Encoding': accept, 'If-None-Match': 'W/"0-0"' });
      expect(other.status).toBe(200);
    }
  });
});

describe('types and routes', () => {
  const types: Array<[string, string]> = [
    ['/index.html', 'text/html; charset=utf-8'],
    ['/assets/app-1234abcd.css', 'text/css; charset=utf-8'],
    ['/assets/pictograms-0123456789ab.json', 'application/json; charset=utf-8'],
    ['/manifest.webmanifest', 'application/manifest+json; charset=utf-8'],
    ['/assets/font-9876.woff2', 'font/woff2'],
    ['/favicon.svg', 'image/svg+xml; charset=utf-8'],
    ['/pictograms/bus.svg', 'image/svg+xml; charset=utf-8'],
  ];
  it.each(types)('%s is %s, compressed or not', async (path, type) => {
    for (const accept of ['br', '']) {
      const answer = await get(path, { 'Accept-Encoding': accept });
      expect(answer.status).toBe(200);
      expect(answer.headers['content-type']).toBe(type);
      expect(answer.headers['x-content-type-options']).toBe('nosniff');
    }
  });

  const routes: Array<[string, number, string]> = [
    ['/w/abc123', 200, 'app'],
    ['/j', 200, 'app'],
    ['/s/survey1', 200, 'app'],
    ['/aide', 200, 'app'],
    ['/assets/missing-1234.js', 404, 'not_found'],
    ['/assets/missing', 404, 'not_found'],
    ['/missing.png', 404, 'not_found'],
    ['/w/abc/missing.js', 404, 'not_found'],
    ['/api/nope', 404, 'not_found'],
    ['/api', 404, 'not_found'],
  ];
  it.each(routes)('%s answers %i (%s)', async (path, status, what) => {
    const answer = await get(path);
    expect(answer.status).toBe(status);
    if (what === 'app') {
      expect(answer.body.toString('utf8')).toBe(INDEX);
      expect(answer.headers['content-type']).toBe('text/html; charset=utf-8');
    } else {
      expect(answer.headers['content-type']).toBe('application/json; charset=utf-8');
      expect(JSON.parse(answer.body.toString('utf8')).error).toBe(what);
    }
    expect(answer.headers['content-security-policy']).toContain("script-src 'self'");
  });

  it('answers HEAD with the headers and no body', async () => {
    const answer = await get('/assets/app-1234abcd.js', { 'Accept-Encoding': 'br' }, 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.headers['content-encoding']).toBe('br');
    expect(answer.body.byteLength).toBe(0);
  });

  it('ignores a Range header rather than failing on a reversed one', async () => {
    const answer = await get('/assets/app-1234abcd.js', { Range: 'bytes=500-10' });
    expect(answer.status).toBe(200);
    expect(answer.body.toString('utf8')).toBe(APP_JS);
  });
});

describe('hostile paths', () => {
  const line = (path: string) => `GET ${path} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`;
  const cases: Array<[string, number]> = [
    ['/%', 400],
    ['/%%', 400],
    ['/%E0%A4%A', 400],
    ['/%00', 400],
    ['/index.html%00.js', 400],
    ['/assets/%00', 400],
    ['/..%2fsecret.txt', 400],
    ['/..%2F..%2Fetc%2Fpasswd', 400],
    ['/assets/..%2f..%2fsecret.txt', 400],
    ['/assets/%2e%2e/%2e%2e/secret.txt', 400],
    ['/%2e%2e/secret.txt', 400],
    ['/..\\secret.txt', 400],
    ['/%5c..%5csecret.txt', 400],
    ['/assets\\..\\..\\secret.txt', 400],
    ['/../secret.txt', 400],
    ['//secret.txt', 400],
    ['//[', 400],
    [`/w/${'a'.repeat(5000)}`, 414],
    [`/assets/${'%2e%2e/'.repeat(400)}secret.txt`, 414],
  ];
  const shown = (path: string) => (path.length > 60 ? `${path.slice(0, 40)}… (${path.length} chars)` : path);
  it.each(cases.map(([path, status]) => [shown(path), path, status] as const))(
    '%s answers %i with a JSON error and nothing from outside',
    async (_, path, status) => {
      const answer = await rawRequest(server.port, line(path));
      expect(answer.status).toBe(status);
      expect(JSON.parse(answer.body).error).toMatch(/^(bad_path|path_too_long)$/);
      expect(answer.body).not.toContain(SECRET);
      expect(answer.headers['content-security-policy']).toContain("default-src 'self'");
    },
  );

  it('still serves after all of them', async () => {
    const answer = await get('/assets/app-1234abcd.js');
    expect(answer.status).toBe(200);
  });
});

describe('the client folder changing under a running server', () => {
  it('ends the answer for a file deleted since it was listed, and lives on', async () => {
    writeFileSync(join(clientDir, 'assets', 'gone-1.js'), 'export {};');
    // A new listing (index.html newer) that holds the file, then the file goes.
    utimesSync(join(clientDir, 'index.html'), new Date(), new Date(Date.now() + 1000));
    expect((await get('/assets/gone-1.js')).status).toBe(200);
    rmSync(join(clientDir, 'assets', 'gone-1.js'));
    await expect(get('/assets/gone-1.js')).rejects.toThrow();
    expect((await get('/assets/app-1234abcd.js')).status).toBe(200);
  });

  it('serves a new build without a restart', async () => {
    writeFileSync(join(clientDir, 'assets', 'next-5678.js'), 'export const next = 1;');
    expect((await get('/assets/next-5678.js')).status).toBe(404);
    utimesSync(join(clientDir, 'index.html'), new Date(), new Date(Date.now() + 2000));
    const answer = await get('/assets/next-5678.js');
    expect(answer.status).toBe(200);
    expect(answer.body.toString('utf8')).toBe('export const next = 1;');
  });
});
