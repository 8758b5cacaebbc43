/**
 * GET /api/workshops/:id/export.:format (docx, odt, pdf, md, json, csv) and
 * GET /api/workshops/:id/export/kit.pdf (the paper kit), for the facilitator and stakeholders.
 * Built on the server from the stored documents, so a remote stakeholder downloads the plan without any
 * canvas open. `?lanes=owner|theme` lays the plan's lanes out as the exporting screen shows them (the lane
 * mode is a view choice, not document data); the screen's default when absent. Plugs into the API
 * through `ApiDeps.extra`; errors are HttpErrors, answered as `{ error, message }` by the API. Files are built in a worker thread started on the first download.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { ExportInput } from '../../shared/export/model/buildExportModel';
import { DEFAULT_LANE_MODE, isLaneMode, type LaneMode } from '../../shared/model/timeline';
import { EXPORT_FORMATS, type ExportFormat } from '../../shared/protocol/http';
import { readBoard } from '../../shared/read/board';
import { readPlan } from '../../shared/read/plan';
import { readWorkshop } from '../../shared/read/workshop';
import { decodePart, parseTarget } from '../http/requestTarget';
import { bearerToken, HttpError } from '../http/respond';
import type { RoomRegistry } from '../sync/roomRegistry';
import type { WorkshopService } from '../workshops/service';
import { renderInWorker } from './exportPool';
import { exportFileName } from './fileName';
import { sendDownload } from './sendDownload';

export interface ExportRouteDeps {
  workshops: Pick<WorkshopService, 'authorize'>;
  rooms: RoomRegistry;
}

const EXPORT_PATH = /^\/api\/workshops\/([^/]+)\/export\.([^/]*)$/;
const KIT_PATH = /^\/api\/workshops\/([^/]+)\/export\/kit\.([^/]*)$/;

export function createExportRoute(deps: ExportRouteDeps) {
  return async function exportRoute(
    req: IncomingMessage,
    res: ServerResponse,
    path: string,
  ): Promise<boolean> {
    const exportMatch = EXPORT_PATH.exec(path);
    const kitMatch = exportMatch ? null : KIT_PATH.exec(path);
    const match = exportMatch ?? kitMatch;
    if (!match) return false;
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      throw new HttpError(405, 'method_not_allowed', `${req.method} is not allowed here.`);
    }
    const workshopId = decode(match[1] as string);
    deps.workshops.authorize(workshopId, bearerToken(req), ['facilitator', 'stakeholder']);
    const extension = decode(match[2] as string).toLowerCase();
    if (kitMatch && extension !== 'pdf') {
      throw new HttpError(400, 'unknown_format', 'The paper kit is only available as kit.pdf.');
    }
    if (exportMatch && !(EXPORT_FORMATS as readonly string[]).includes(extension)) {
      throw new HttpError(
        400,
        'unknown_format',
        `Unknown export format. Use one of: ${EXPORT_FORMATS.join(', ')}.`,
      );
    }
    const laneMode = laneModeOf(req);
    const input = await loadInput(deps.rooms, workshopId);
    const file = await renderInWorker(
      kitMatch
        ? { kind: 'kit', input }
        : { kind: 'export', format: extension as ExportFormat, input, laneMode },
    );
    const name = exportFileName(
      input.workshop.title,
      input.workshop.date,
      extension,
      kitMatch ? 'kit' : 'plan',
    );
    sendDownload(req, res, file, name);
    return true;
  };
}

async function loadInput(rooms: RoomRegistry, workshopId: string): Promise<ExportInput> {
  const [workshop, board, plan] = await Promise.all([
    rooms.use(workshopId, 'control', (room) => readWorkshop(room.doc)),
    rooms.use(workshopId, 'board', (room) => readBoard(room.doc)),
    rooms.use(workshopId, 'plan', (room) => readPlan(room.doc)),
  ]);
  return { workshop, board, plan };
}

function laneModeOf(req: IncomingMessage): LaneMode {
  const asked = parseTarget(req.url)?.query.get('lanes') ?? null;
  if (asked === null) return DEFAULT_LANE_MODE;
  if (!isLaneMode(asked)) {
    throw new HttpError(400, 'unknown_lane_mode', 'Lay lanes out with lanes=owner or lanes=theme.');
  }
  return asked;
}

function decode(part: string): string {
  const decoded = decodePart(part);
  if (decoded === null) throw new HttpError(400, 'bad_path', 'The address is not valid.');
  return decoded;
}
