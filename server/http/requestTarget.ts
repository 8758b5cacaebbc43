/**
 * The one place a request's address is read, for the static files, the API and the sync upgrade alike.
 * Both functions are total: anything a device on the network can send gives a value or null, never a
 * throw, because a throw in a synchronous request handler would end the process for every workshop.
 */

export interface RequestTarget {
  /** The path as sent, still percent-encoded, so `/` inside an encoded segment stays inside it. */
  rawPath: string;
  query: URLSearchParams;
}

/**
 * Splits `/path?query#fragment`. Only the origin form HTTP/1.1 servers receive is accepted: a target
 * without a leading `/`, or starting `//` (which URL parsers read as a host name: `//[` throws), is null.
 */
export function parseTarget(url: string | undefined): RequestTarget | null {
  if (!url?.startsWith('/') || url.startsWith('//')) return null;
  const hash = url.indexOf('#');
  const target = hash === -1 ? url : url.slice(0, hash);
  const question = target.indexOf('?');
  const rawPath = question === -1 ? target : target.slice(0, question);
  // URLSearchParams leaves broken percent-encodings as they are instead of throwing.
  const query = new URLSearchParams(question === -1 ? '' : target.slice(question + 1));
  return { rawPath, query };
}

/**
 * decodeURIComponent, or null for a broken percent-encoding (`%E0%A4%A`, `%E0`) or a decoded NUL,
 * which no id, file name or route ever holds and which file system calls refuse with a throw.
 */
export function decodePart(part: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(part);
  } catch {
    return null;
  }
  return decoded.includes('\u0000') ? null : decoded;
}
