/**
 * GET /api/concertations/:id/export.:format (docx, odt, pdf, md, json, csv), for the lead: the city's
 * schéma, written in the export worker like a workshop's export, so a big schéma never stalls a live
 * workshop. Plugs into the API beside the workshop export route.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/protocol/http';
import { renderInWorker } from '../export/exportPool';
import { exportFileName } from '../export/fileName';
import { sendDownload } from '../export/sendDownload';
import { decodePart, parseTarget } from '../http/requestTarget';
import { bearerToken, HttpError } from '../http/respond';
import type { ConcertationService } from './service';

const SCHEMA_PATH = /^\/api\/concertations\/([^/]+)\/export\.([^/]*)$/;

export function createSchemaRoute(concertations: ConcertationService) {
  return async function schemaRoute(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<boolean> {
    const match = SCHEMA_PATH.exec(path);
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`);
    }
    const id = decode(match[1] as string);
    const extension = decode(match[2] as string).toLowerCase();
    if (!(EXPORT_FORMATS as readonly string[]).includes(extension)) {
      throw new HttpError(
        400,
        'unknown_format',
        `Unknown export format. Use one of: ${EXPORT_FORMATS.join(', ')}.`,
      );
    }
    const language = parseTarget(req.url)?.query.get('lang') === 'en' ? 'en' : 'fr';
    const schema = await concertations.schemaInput(id, bearerToken(req), language);
    const file = await renderInWorker({ kind: 'schema', format: extension as ExportFormat, schema });
    const name = exportFileName(schema.concertation.title, '', extension, 'schema');
    sendDownload(req, res, file, name);
    return true;
  };
}

function decode(part: string): string {
  const decoded = decodePart(part);
  if (decoded === null) throw new HttpError(400, 'bad_path', 'The address is not valid.');
  return decoded;
}
