import type { ExportInput } from '../../shared/export/model/buildExportModel';
import type { LaneMode } from '../../shared/model/timeline';
import type { ExportFormat } from '../../shared/protocol/http';
import type { DocName } from '../../shared/schema/roles';
import type { SchemaInput } from './schemaInput';

/** What the route asks the export worker: plain read models, which cross threads by structured clone. */
export type ExportRequest =
  | { kind: 'export'; format: ExportFormat; input: ExportInput; laneMode?: LaneMode }
  | { kind: 'kit'; input: ExportInput }
  | { kind: 'schema'; format: ExportFormat; schema: SchemaInput };

export type ExportJob = ExportRequest & { id: number };

export type ExportReply =
  | { id: number; ok: true; body: Uint8Array; contentType: string }
  | { id: number; ok: false; message: string };

/**
 * An uploaded workshop archive to read and check (server/workshops/archive): seconds of CPU for a big
 * board, done here for the same reason as an export.
 */
export interface ArchiveJob {
  kind: 'archive';
  id: number;
  bytes: Uint8Array;
}

export type ArchiveReply =
  | {
      id: number;
      ok: true;
      formatVersion: number;
      states: Record<DocName, Uint8Array>;
      summary: { title: string; place: string; date: string; seats: number };
    }
  /** `refused`: the archive is at fault (a 400), not the worker. */
  | { id: number; ok: false; message: string; refused: boolean };
