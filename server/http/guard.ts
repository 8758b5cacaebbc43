/**
 * The last line of defence around the request and upgrade handlers: an exception nobody foresaw costs
 * the one request (a 500) or the one socket, is logged, and never reaches the process, where it would
 * stop every workshop on the server.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Logger } from '../log';
import { HttpError, sendError } from './respond';

type RequestHandler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;
type UpgradeHandler = (req: IncomingMessage, socket: Duplex, head: Buffer) => void;

export function guardRequests(log: Logger, handler: RequestHandler): RequestHandler {
  return (req, res) => {
    const fail = (error: unknown) => {
      log.error('request_failed', { method: req.method, url: safeUrl(req), error: describe(error) });
      if (res.headersSent || res.destroyed) {
        res.destroy();
        return;
      }
      sendError(res, new HttpError(500, 'internal', 'Something went wrong on the server. Try again.'));
    };
    try {
      const pending = handler(req, res);
      if (pending) pending.catch(fail);
    } catch (error) {
      fail(error);
    }
  };
}

export function guardUpgrades(log: Logger, handler: UpgradeHandler): UpgradeHandler {
  return (req, socket, head) => {
    try {
      handler(req, socket, head);
    } catch (error) {
      log.error('upgrade_failed', { url: safeUrl(req), error: describe(error) });
      socket.destroy();
    }
  };
}

/** The path only (the query of a sync upgrade holds its token), cut so a huge one cannot flood the log. */
function safeUrl(req: IncomingMessage): string {
  return (req.url ?? '').split('?')[0]?.slice(0, 200) ?? '';
}

function describe(error: unknown): string {
  return error instanceof Error ? (error.stack ?? error.message) : String(error);
}
