/**
 * The address of a static file, checked before any library sees it: a broken percent-encoding, a NUL, a
 * backslash (a path separator on the machines a tablet's browser may be thinking of), an overlong path,
 * or `..` climbing above the client folder are refused with a 4xx; anything else comes back as a clean
 * absolute path with `.` and `..` resolved, so `/assets/../index.html` is index.html (and cached as it).
 */
import { decodePart, parseTarget } from './requestTarget';

/** No file or route of the client is anywhere near this long. */
export const MAX_STATIC_PATH = 1024;

export type StaticPath =
  | {
      ok: true;
      /** Re-encoded segment by segment, so a decoded `?` or `#` cannot cut it short downstream. */
      url: string;
      /** A path the single-page app answers (index.html) when no file has it. */
      clientRoute: boolean;
    }
  | { ok: false; status: number; code: string; message: string };

const BAD: StaticPath = { ok: false, status: 400, code: 'bad_path', message: 'This address is not valid.' };

export function cleanStaticPath(url: string | undefined): StaticPath {
  const target = parseTarget(url);
  if (!target) return BAD;
  if (target.rawPath.length > MAX_STATIC_PATH)
    return { ok: false, status: 414, code: 'path_too_long', message: 'This address is too long.' };
  const decoded = decodePart(target.rawPath);
  if (decoded === null || decoded.includes('\\')) return BAD;
  const segments: string[] = [];
  for (const segment of decoded.split('/')) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (segments.length === 0) return BAD;
      segments.pop();
      continue;
    }
    segments.push(segment);
  }
  const last = segments[segments.length - 1] ?? '';
  const first = segments[0] ?? '';
  const clientRoute = !['assets', 'api', 'sync'].includes(first) && !last.includes('.');
  return { ok: true, url: `/${segments.map(encodeURIComponent).join('/')}`, clientRoute };
}
