/**
 * Serves the built client through sirv: the Brotli or gzip file the build wrote next to each asset when
 * the browser accepts it, ETags and 304s, MIME types by extension. Around it, the rules sirv leaves to us:
 * an address is checked (and cleaned) here before sirv sees it, hashed assets are cached for good and the
 * rest revalidates, and an unknown path without an extension is a client route (`/w/<id>`, `/j`) that
 * gets index.html, while a missing file (under /assets/ or with an extension) is a 404.
 */
import { statSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { lookup } from 'mrmime';
import sirv from 'sirv';
import { HttpError, sendError } from './respond';
import { cleanStaticPath } from './staticPath';

const IMMUTABLE = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';

/** Text the browser should not have to guess the encoding of (sirv names a charset for HTML only). */
const TEXT_TYPE = /^(text\/|application\/(json|manifest\+json)$|image\/svg\+xml$)/;

/** The type of the file asked for (never of its `.br` or `.gz` twin); nosniff makes it matter. */
export function contentType(pathname: string): string {
  const type = lookup(pathname) ?? (pathname.endsWith('.ico') ? 'image/x-icon' : 'application/octet-stream');
  return TEXT_TYPE.test(type) ? `${type}; charset=utf-8` : type;
}

interface Served {
  handler: ReturnType<typeof sirv>;
  /** index.html's mtime when sirv listed the folder: a rebuild while running makes a new listing. */
  builtAt: number;
}

export type StaticHandler = (req: IncomingMessage, res: ServerResponse) => void;

export function createStaticHandler(root: string): StaticHandler {
  let served: Served | null = null;

  const current = (): Served | null => {
    const builtAt = indexMtime(root);
    if (builtAt === null) return null;
    if (served?.builtAt !== builtAt) {
      // sirv lists the folder once (no file system call per request, and nothing outside the listing
      // can ever be served); a new build means a new listing.
      served = {
        builtAt,
        handler: sirv(root, {
          etag: true,
          brotli: true,
          gzip: true,
          extensions: [],
          setHeaders: (res, pathname) => res.setHeader('Content-Type', contentType(pathname)),
        }),
      };
    }
    return served;
  };

  return (req, res) => {
    const path = cleanStaticPath(req.url);
    if (!path.ok) {
      sendError(res, new HttpError(path.status, path.code, path.message));
      return;
    }
    const site = current();
    if (!site) {
      sendError(res, new HttpError(503, 'not_built', 'The app is not built: run npm run build.'));
      return;
    }
    const send = (pathname: string, onMissing: () => void) => {
      res.setHeader('Cache-Control', pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
      // sirv reads only the address and the headers. Ranges are dropped: nothing here needs them, and
      // sirv would hand a reversed range straight to createReadStream, which throws.
      const { range: _range, ...headers } = req.headers;
      const view = { url: pathname, method: req.method, headers } as unknown as IncomingMessage;
      site.handler(view, res, onMissing);
    };
    // A file deleted under a running server ends that one answer, not the process.
    res.once('pipe', (source) => source.once('error', () => res.destroy()));
    send(path.url, () => {
      if (!path.clientRoute) {
        res.removeHeader('Cache-Control');
        sendError(res, new HttpError(404, 'not_found', 'No such file.'));
        return;
      }
      send('/index.html', () => {
        res.removeHeader('Cache-Control');
        sendError(res, new HttpError(503, 'not_built', 'The app is not built: run npm run build.'));
      });
    });
  };
}

function indexMtime(root: string): number | null {
  try {
    return statSync(join(root, 'index.html')).mtimeMs;
  } catch {
    return null;
  }
}
