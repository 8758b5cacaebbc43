/**
 * HTTP spoken by hand over a TCP socket, for requests no well-behaved client would send: fetch and
 * http.request normalise or refuse broken paths, control characters and odd methods before they leave.
 */
import { connect } from 'node:net';

export interface RawAnswer {
  /** null when the server closed the socket without answering (node refuses a request it cannot parse). */
  status: number | null;
  headers: Record<string, string>;
  body: string;
  timedOut: boolean;
}

export function rawRequest(
  port: number,
  bytes: Buffer | string,
  { timeoutMs = 5000, localAddress }: { timeoutMs?: number; localAddress?: string } = {},
): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', localAddress });
    const chunks: Buffer[] = [];
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      socket.destroy();
    }, timeoutMs);
    socket.on('data', (chunk) => chunks.push(chunk));
    // The server may close while we are still writing a large body: that is an answer too.
    socket.on('error', () => undefined);
    socket.on('close', () => {
      clearTimeout(timer);
      resolve({ ...parseAnswer(Buffer.concat(chunks)), timedOut });
    });
    socket.write(bytes);
  });
}

/** The first final (non-1xx) answer in what the server wrote. */
export function parseAnswer(raw: Buffer): Omit<RawAnswer, 'timedOut'> {
  let rest = raw;
  for (;;) {
    const end = rest.indexOf('\r\n\r\n');
    if (end === -1) return { status: null, headers: {}, body: '' };
    const [statusLine = '', ...lines] = rest.subarray(0, end).toString('latin1').split('\r\n');
    const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? Number.NaN);
    if (Number.isNaN(status)) return { status: null, headers: {}, body: '' };
    const headers: Record<string, string> = {};
    for (const line of lines) {
      const colon = line.indexOf(':');
      if (colon > 0) headers[line.slice(0, colon).trim().toLowerCase()] = line.slice(colon + 1).trim();
    }
    rest = rest.subarray(end + 4);
    if (status === 100) continue;
    const length = headers['content-length'] ? Number(headers['content-length']) : rest.byteLength;
    return { status, headers, body: rest.subarray(0, length).toString('utf8') };
  }
}
