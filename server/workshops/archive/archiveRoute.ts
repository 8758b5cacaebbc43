/**
 * GET /api/workshops/:id/archive (facilitator token): the workshop as one zip file to move or keep.
 * POST /api/workshops/import (the zip as the body; the admin token when the server has one, as for
 * creating a workshop) → 201 a new workshop with new links. Plugs into the API through `ApiDeps.extra`.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ARCHIVE_CONTENT_TYPE } from '../../../shared/protocol/archive';
import { contentDisposition, exportFileName } from '../../export/fileName';
import { decodePart } from '../../http/requestTarget';
import { bearerToken, HttpError, readBytes, sendJson } from '../../http/respond';
import type { WorkshopService } from '../service';
import { ArchiveRefused, DEFAULT_ARCHIVE_LIMITS } from './archiveLimits';
import { type ArchiveDeps, importWorkshopArchive, writeWorkshopArchive } from './workshopArchive';

export interface ArchiveRouteDeps extends ArchiveDeps {
  workshops: Pick<WorkshopService, 'register' | 'authorize'>;
  adminToken: string | null;
}

/** Uploads read and checked at once; each holds up to 32 MB and the worker takes them one at a time. */
const MAX_IMPORTS_IN_FLIGHT = 2;

const ARCHIVE_PATH = /^\/api\/workshops\/([^/]+)\/archive$/;
const IMPORT_PATH = /^\/api\/workshops\/import$/;

export function createArchiveRoute(deps: ArchiveRouteDeps) {
  const limits = DEFAULT_ARCHIVE_LIMITS;
  let inFlight = 0;
  return async function archiveRoute(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<boolean> {
    const archiveMatch = ARCHIVE_PATH.exec(path);
    if (archiveMatch) {
      if (req.method !== 'GET')
        throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`);
      const workshopId = decodePart(archiveMatch[1] as string);
      if (workshopId === null) throw new HttpError(400, 'bad_path', 'This address is not valid.');
      deps.workshops.authorize(workshopId, bearerToken(req), ['facilitator']);
      const archive = await writeWorkshopArchive(deps.rooms, workshopId);
      res.writeHead(200, {
        'Content-Type': ARCHIVE_CONTENT_TYPE,
        'Content-Length': archive.bytes.byteLength,
        'Content-Disposition': contentDisposition(
          exportFileName(archive.title, archive.date, 'zip', 'atelier'),
        ),
        'Cache-Control': 'no-store',
      });
      res.end(archive.bytes);
      return true;
    }
    if (!IMPORT_PATH.test(path)) return false;
    if (req.method !== 'POST')
      throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`);
    if (deps.adminToken && bearerToken(req) !== deps.adminToken) {
      throw new HttpError(
        401,
        'admin_token_required',
        'Importing a workshop on this server needs the admin token.',
      );
    }
    if (inFlight >= MAX_IMPORTS_IN_FLIGHT)
      throw new HttpError(429, 'import_busy', 'Other workshops are being imported; try again in a minute.');
    inFlight++;
    try {
      const bytes = await readBytes(req, limits.maxArchiveBytes);
      sendJson(res, 201, await importWorkshopArchive(deps, bytes));
    } catch (error) {
      if (!(error instanceof ArchiveRefused)) throw error;
      throw new HttpError(400, 'bad_archive', `This file cannot be imported: ${error.message}.`);
    } finally {
      inFlight--;
    }
    return true;
  };
}
