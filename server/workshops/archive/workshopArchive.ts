/**
 * A workshop moved as one file: written from the stored documents, and imported as a new workshop with
 * a new id, join code and tokens (shared/protocol/archive.ts). Residents' seats come back with the board
 * (so what each one placed stays theirs, and the facilitator can give a seat to a tablet again), but no
 * token does: a link to the original never opens the copy.
 */
import { participantsMap } from '../../../shared/ops/roots';
import {
  ARCHIVE_DOCS,
  ARCHIVE_FORMAT,
  ARCHIVE_MANIFEST,
  ARCHIVE_VERSION,
  type ArchiveManifest,
  archiveEntryName,
  type ImportWorkshopResponse,
} from '../../../shared/protocol/archive';
import { readWorkshop } from '../../../shared/read/workshop';
import type { DocName } from '../../../shared/schema/roles';
import { checkArchiveInWorker } from '../../export/exportPool';
import type { Logger } from '../../log';
import type { Store } from '../../storage/store';
import type { RoomRegistry } from '../../sync/roomRegistry';
import type { WorkshopService } from '../service';
import { ArchiveRefused } from './archiveLimits';

export interface ArchiveDeps {
  workshops: Pick<WorkshopService, 'register'>;
  store: Pick<Store, 'appendUpdates'>;
  rooms: RoomRegistry;
  log: Logger;
}

export interface WrittenArchive {
  bytes: Uint8Array;
  title: string;
  date: string;
}

export async function writeWorkshopArchive(rooms: RoomRegistry, workshopId: string): Promise<WrittenArchive> {
  const states = {} as Record<DocName, Uint8Array>;
  for (const doc of ARCHIVE_DOCS) {
    // What the archive holds is on disk: a copy never has more than the original kept.
    await rooms.use(workshopId, doc, () => undefined);
    await rooms.durable(workshopId, doc);
    states[doc] = await rooms.use(workshopId, doc, (room) => room.fullStateUpdate());
  }
  const { title, date } = await rooms.use(workshopId, 'control', (room) => readWorkshop(room.doc));
  const seats = await rooms.use(workshopId, 'board', (room) => [...participantsMap(room.doc).keys()]);
  const manifest: ArchiveManifest = {
    format: ARCHIVE_FORMAT,
    formatVersion: ARCHIVE_VERSION,
    exportedAt: new Date().toISOString(),
    title,
    seats,
    docs: [...ARCHIVE_DOCS],
  };
  // Loaded on first use, like the export builders: the server starts without it.
  const { strToU8, zipSync } = await import('fflate');
  const files: Record<string, Uint8Array> = {
    [ARCHIVE_MANIFEST]: strToU8(`${JSON.stringify(manifest, null, 2)}\n`),
  };
  for (const doc of ARCHIVE_DOCS) files[archiveEntryName(doc)] = states[doc];
  return { bytes: zipSync(files, { level: 6 }), title, date };
}

export async function importWorkshopArchive(
  deps: ArchiveDeps,
  bytes: Uint8Array,
): Promise<ImportWorkshopResponse> {
  // Everything is read and checked before the workshop exists, so a refused archive leaves nothing behind;
  // in the export worker, since a big board takes seconds of CPU that every live room would wait for.
  const archive = await checkArchiveInWorker(bytes);
  if (!archive.ok) {
    if (archive.refused) throw new ArchiveRefused(archive.message);
    throw new Error(`archive check failed: ${archive.message}`);
  }
  const created = deps.workshops.register();
  // Stored before any room of the new workshop loads: the rooms load it as their history when someone
  // opens the workshop, and migrate it like any stored document. (Written into a loaded, empty room instead,
  // it would race the migration's defaults: concurrent sets of `title`, won by the higher client id.)
  deps.store.appendUpdates(
    ARCHIVE_DOCS.map((doc) => ({ workshopId: created.id, doc, update: archive.states[doc] })),
  );
  const { seats } = archive.summary;
  deps.log.info('workshop_imported', { workshop: created.id, formatVersion: archive.formatVersion, seats });
  return { ...created, ...archive.summary };
}
