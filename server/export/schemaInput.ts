/** What the export worker needs to write a concertation's schéma: plain read models, cloned across threads. */
import type { FieldReturn } from '../../shared/concertation/fieldReturn';
import type { ExportInput } from '../../shared/export/model/buildExportModel';
import type { LinkedBoard } from '../../shared/export/model/crossLinks';

export interface SchemaInput {
  concertation: { id: string; title: string; city: string };
  /** The stakeholders' workshop: its plan and fiches are the schéma's. */
  stakeholders: ExportInput;
  /** The residents' workshops its actions may link to, by workshop id. */
  linked: [workshopId: string, board: LinkedBoard][];
  field: FieldReturn;
}
