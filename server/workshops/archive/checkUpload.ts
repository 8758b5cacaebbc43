/** In the export worker thread: an uploaded archive read (readArchive.ts) and checked (checkArchive.ts). */
import type { ArchiveJob, ArchiveReply } from '../../export/exportJob';
import { ArchiveRefused } from './archiveLimits';
import { checkArchiveDocs } from './checkArchive';
import { readArchive } from './readArchive';

export function checkUploadedArchive(job: ArchiveJob): ArchiveReply {
  try {
    const archive = readArchive(job.bytes);
    const { states, summary } = checkArchiveDocs(archive.updates);
    return { id: job.id, ok: true, formatVersion: archive.formatVersion, states, summary };
  } catch (error) {
    const refused = error instanceof ArchiveRefused;
    return {
      id: job.id,
      ok: false,
      refused,
      message: error instanceof Error ? error.message : String(error),
    };
  }
}
