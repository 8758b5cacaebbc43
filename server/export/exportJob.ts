import type { ExportInput } from '../../shared/export/model/buildExportModel';
import type { LaneMode } from '../../shared/model/timeline';
import type { ExportFormat } from '../../shared/protocol/http';
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
