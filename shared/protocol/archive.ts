/**
 * A workshop archive (`GET /api/workshops/:id/archive`, `POST /api/workshops/import`): one zip holding
 * `manifest.json` and each document's whole state as one Yjs update (`control.yjs`, `board.yjs`,
 * `plan.yjs`). The documents carry everything a workshop is (settings, custom pictograms, seats and what
 * each resident placed, the plan); tokens and the join code are not in it: an imported workshop gets new
 * ones, so a link to the original never opens the copy.
 */
import type { DocName } from '../schema/roles';
import type { CreateWorkshopResponse } from './http';

export const ARCHIVE_FORMAT = 'fresco-workshop-archive';
/** Raised with a step in the importer when the layout changes; older archives keep importing. */
export const ARCHIVE_VERSION = 1;
export const ARCHIVE_DOCS: readonly DocName[] = ['control', 'board', 'plan'];
export const ARCHIVE_MANIFEST = 'manifest.json';
export const ARCHIVE_CONTENT_TYPE = 'application/zip';

export function archiveEntryName(doc: DocName): string {
  return `${doc}.yjs`;
}

export interface ArchiveManifest {
  format: typeof ARCHIVE_FORMAT;
  formatVersion: number;
  /** ISO date and time the archive was written. */
  exportedAt: string;
  title: string;
  /** Seat ids on the board: they come back with the workshop (its residents' work stays theirs). */
  seats: string[];
  docs: DocName[];
}

/** `POST /api/workshops/import` → 201: a new workshop, as `POST /api/workshops` answers, plus what it is. */
export interface ImportWorkshopResponse extends CreateWorkshopResponse {
  title: string;
  place: string;
  date: string;
  /** Seats that came back with the board. */
  seats: number;
}
