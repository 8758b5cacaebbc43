import { createReadStream, existsSync, statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { decodePart, parseTarget } from './requestTarget';
import { HttpError, sendError } from './respond';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.wav': 'audio/wav',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/**
 * Serves the built client. Unknown paths without an extension get index.html, so `/w/<id>` and `/j`
 * are client routes; hashed assets are cached for good, everything else revalidates.
 */
export function serveStatic(root: string, req: IncomingMessage, res: ServerResponse): void {
  const target = parseTarget(req.url);
  const pathname = target ? decodePart(target.rawPath) : null;
  const candidate = pathname === null ? null : normalize(join(root, pathname));
  if (pathname === null || candidate === null || (!candidate.startsWith(root + sep) && candidate !== root)) {
    sendError(res, new HttpError(400, 'bad_path', 'This address is not valid.'));
    return;
  }
  let file = candidate;
  if (!existsSync(file) || statSync(file).isDirectory()) {
    if (extname(pathname) !== '') {
      sendError(res, new HttpError(404, 'not_found', 'No such file.'));
      return;
    }
    file = join(root, 'index.html');
  }
  if (!existsSync(file)) {
    res
      .writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8' })
      .end('The app is not built: run npm run build.');
    return;
  }
  // Judged on the file served, so `/assets/../index.html` is not cached for good.
  const immutable = file.startsWith(join(root, 'assets') + sep);
  res.writeHead(200, {
    'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': statSync(file).size,
    'Cache-Control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    'X-Content-Type-Options': 'nosniff',
  });
  if (req.method === 'HEAD') {
    res.end();
    return;
  }
  // A file removed or unreadable mid-answer ends this response, not the process.
  createReadStream(file)
    .on('error', () => res.destroy())
    .pipe(res);
}
