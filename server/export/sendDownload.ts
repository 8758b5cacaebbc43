/** An export file sent as a download: never cached, never sniffed, named for the person's disk. */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { contentDisposition } from './fileName';
import type { RenderedFile } from './render';

export function sendDownload(
  req: IncomingMessage,
  res: ServerResponse,
  file: RenderedFile,
  name: string,
): void {
  res.writeHead(200, {
    'Content-Type': file.contentType,
    'Content-Length': file.body.byteLength,
    'Content-Disposition': contentDisposition(name),
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  res.end(req.method === 'HEAD' ? undefined : file.body);
}
