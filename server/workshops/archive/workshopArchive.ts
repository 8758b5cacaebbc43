/**
 * A workshop moved as one file: written from the stored documents, and imported as a new workshop with
 * a new id, join code and tokens (shared/protocol/archive.ts). Residents' seats come back with the board
 * (so what each one placed stays theirs, and the facilitator can give a seat to a tablet again), but no
 * token does: a link to the original never opens the copy.
 */
import { strToU8, zipSync } from 'fflate';
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
import type { Logger } from '../../log';
import type { Store } from '../../storage/store';
import type { RoomRegistry } from '../../sync/roomRegistry';
import type { WorkshopService } from '../service';
import { checkArchiveDocs } from './checkArchive';
import { type ArchiveLimits, ArchiveRefused, DEFAULT_ARCHIVE_LIMITS, readArchive } from './readArchive';

export interface ArchiveDeps {
  workshops: Pick<WorkshopService, 'register' | 'delete'>;
  store: Pick<Store, 'appendUpdates'>;
  rooms: RoomRegistry;
  log: Logger;
  limits?: ArchiveLimits;
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
  // Everything is read and checked before the workshop exists: a refused archive leaves nothing behind.
  const archive = readArchive(bytes, deps.limits ?? DEFAULT_ARCHIVE_LIMITS);
  const checked = checkArchiveDocs(archive.updates);
  const created = deps.workshops.register();
  // Stored before any room of the new workshop loads, so the rooms load the archive as their history and
  // migrate it like any stored document. Written into a loaded (empty) room instead, it would race the
  // migration's defaults on an empty document: concurrent sets of `title`, won by the higher client id.
  deps.store.appendUpdates(
    ARCHIVE_DOCS.map((doc) => ({ workshopId: created.id, doc, update: checked[doc] })),
  );
  let settings: { title: string; place: string; date: string };
  let seats: number;
  try {
    settings = await deps.rooms.use(created.id, 'control', (room) => readWorkshop(room.doc));
    seats = await deps.rooms.use(created.id, 'board', (room) => participantsMap(room.doc).size);
    await deps.rooms.use(created.id, 'plan', () => undefined);
  } catch {
    await deps.workshops.delete(created.id, created.tokens.facilitator);
    throw new ArchiveRefused('its documents could not be loaded');
  }
  deps.log.info('workshop_imported', { workshop: created.id, formatVersion: archive.formatVersion, seats });
  return { ...created, title: settings.title, place: settings.place, date: settings.date, seats };
}
