/** The JSON API of PRODUCT.md §4, plus the seat routes the facilitator's screen and tablets use. */
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { DEVICE_HEADER } from '../../shared/protocol/http';
import type { ConcertationService } from '../concertations/service';
import { parseConcertationInput, parseConcertationWorkshopInput } from '../concertations/validate';
import type { Logger } from '../log';
import { networkUrls } from '../network';
import { surveyRoutes } from '../surveys/routes';
import type { SurveyService } from '../surveys/service';
import type { WorkshopService } from '../workshops/service';
import { parseJoinCode, parseWorkshopInput } from '../workshops/validate';
import { decodePart, parseTarget } from './requestTarget';
import { bearerToken, clientAddress, HttpError, readJson, sendError, sendJson } from './respond';

export interface ApiDeps {
  workshops: WorkshopService;
  concertations: ConcertationService;
  /** The street-survey sessions of concertations (server/surveys/routes.ts). */
  surveys?: SurveyService;
  adminToken: string | null;
  /** The interface the server listens on, to tell which network addresses reach it. */
  host: string;
  log: Logger;
  /** Extra routes (export) plug in here so this file stays the table of the core API. */
  extra?: (req: IncomingMessage, res: ServerResponse, path: string) => Promise<boolean>;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, params: string[]) => Promise<void>;

export interface Route {
  method: string;
  pattern: RegExp;
  handler: Handler;
}

export function createApi(deps: ApiDeps) {
  const { workshops, concertations } = deps;
  /**
   * The field return's versions count documents and updates from 1 in each server: after a restart the
   * same numbers would name other contents (measured: a session's return went from 2 to 4 interviews
   * under the same ETag, so a screen kept its 304 and showed 2). This server's own id tells them apart.
   */
  const serverId = randomBytes(12);
  const requireAdmin = (req: IncomingMessage, what: string) => {
    if (deps.adminToken && bearerToken(req) !== deps.adminToken) {
      throw new HttpError(
        401,
        'admin_token_required',
        `Creating a ${what} on this server needs the admin token.`,
      );
    }
  };
  const routes: Route[] = [
    {
      method: 'GET',
      pattern: /^\/api\/network$/,
      // A laptop opened at localhost still shows tablets a QR code of an address they can reach.
      handler: async (req, res) =>
        sendJson(res, 200, { urls: networkUrls(req.socket.localPort ?? 0, deps.host) }),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops$/,
      handler: async (req, res) => {
        requireAdmin(req, 'workshop');
        const input = parseWorkshopInput(await readJson(req));
        sendJson(res, 201, await workshops.create(input));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([^/]+)$/,
      handler: async (req, res, [id]) =>
        sendJson(res, 200, await workshops.info(id as string, bearerToken(req))),
    },
    {
      method: 'POST',
      pattern: /^\/api\/concertations$/,
      handler: async (req, res) => {
        requireAdmin(req, 'concertation');
        sendJson(res, 201, concertations.create(parseConcertationInput(await readJson(req))));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/concertations\/([^/]+)$/,
      handler: async (req, res, [id]) =>
        sendJson(res, 200, await concertations.info(id as string, bearerToken(req))),
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/concertations\/([^/]+)$/,
      handler: async (req, res, [id]) => {
        await concertations.delete(id as string, bearerToken(req));
        sendJson(res, 200, { deleted: id });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/concertations\/([^/]+)\/workshops$/,
      handler: async (req, res, [id]) => {
        const input = parseConcertationWorkshopInput(await readJson(req));
        sendJson(res, 201, await concertations.addWorkshop(id as string, bearerToken(req), input));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/concertations\/([^/]+)\/field-return\.json$/,
      handler: async (req, res, [id]) => {
        const language = parseTarget(req.url)?.query.get('lang') === 'en' ? 'en' : 'fr';
        const { field, version } = await concertations.fieldReturn(id as string, bearerToken(req), language);
        // Screens ask every second: an unchanged return costs a 304 and no JSON.
        const etag = `"${createHash('sha256').update(serverId).update(version).digest('base64url').slice(0, 22)}"`;
        res.setHeader('ETag', etag);
        if (req.headers['if-none-match'] === etag) {
          res.writeHead(304, { 'Cache-Control': 'no-cache' });
          res.end();
          return;
        }
        sendJson(res, 200, field);
      },
    },
    {
      method: 'DELETE',
      pattern: /^\/api\/workshops\/([^/]+)$/,
      handler: async (req, res, [id]) => {
        await workshops.delete(id as string, bearerToken(req));
        sendJson(res, 200, { deleted: id });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/join$/,
      handler: async (req, res) => {
        const code = parseJoinCode(await readJson(req));
        const device = String(req.headers[DEVICE_HEADER] ?? 'none').slice(0, 64);
        sendJson(res, 200, await workshops.join(code, { token: null, address: clientAddress(req), device }));
      },
    },
    {
      method: 'GET',
      pattern: /^\/api\/workshops\/([^/]+)\/join-status$/,
      handler: async (req, res, [id]) =>
        sendJson(res, 200, workshops.joinStatus(id as string, bearerToken(req))),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/seats$/,
      handler: async (req, res, [id]) =>
        sendJson(res, 200, await workshops.claimSeat(id as string, bearerToken(req))),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/seats\/([^/]+)\/free$/,
      handler: async (req, res, [id, seat]) => {
        await workshops.freeSeat(id as string, bearerToken(req), seat as string);
        sendJson(res, 200, { freed: seat });
      },
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/seats\/([^/]+)\/reassign$/,
      handler: async (req, res, [id, seat]) =>
        sendJson(res, 200, await workshops.reassignSeat(id as string, bearerToken(req), seat as string)),
    },
    {
      method: 'POST',
      pattern: /^\/api\/workshops\/([^/]+)\/session\/end$/,
      handler: async (req, res, [id]) => {
        await workshops.endSession(id as string, bearerToken(req));
        sendJson(res, 200, { ended: true });
      },
    },
    ...(deps.surveys ? surveyRoutes(deps.surveys) : []),
  ];

  return async function handleApi(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const path = parseTarget(req.url)?.rawPath ?? null;
    try {
      if (path === null) throw new HttpError(400, 'bad_path', 'This address is not valid.');
      if (deps.extra && (await deps.extra(req, res, path))) return;
      let pathMatched = false;
      for (const route of routes) {
        const match = route.pattern.exec(path);
        if (!match) continue;
        pathMatched = true;
        if (route.method !== req.method) continue;
        await route.handler(req, res, decodeParams(match.slice(1)));
        return;
      }
      throw pathMatched
        ? new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`)
        : new HttpError(404, 'not_found', 'No such API route.');
    } catch (error) {
      if (error instanceof HttpError) {
        sendError(res, error);
        return;
      }
      deps.log.error('api_error', {
        path,
        error: error instanceof Error ? (error.stack ?? error.message) : String(error),
      });
      sendError(
        res,
        new HttpError(500, 'internal', 'Something went wrong on the server. Your work is safe; try again.'),
      );
    }
  };
}

/** The route's captured segments, decoded; a broken percent-encoding is the caller's mistake (400). */
function decodeParams(parts: string[]): string[] {
  return parts.map((part) => {
    const decoded = decodePart(part);
    if (decoded === null) throw new HttpError(400, 'bad_path', 'This address is not valid.');
    return decoded;
  });
}
