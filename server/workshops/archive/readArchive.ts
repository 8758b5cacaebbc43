/**
 * Reads a workshop archive someone uploads, trusting nothing in it. The zip's directory is read first
 * and every entry judged on what it declares before a byte is inflated: only the four names of the
 * format, each once, none over its cap, the total under a cap. fflate inflates each entry into a buffer
 * of exactly its declared size, so an entry that lies about its size cannot grow past it (it comes out
 * cut, and then fails to decode): a zip bomb costs at most the caps in memory. The manifest must name
 * this format and a version this code reads; the documents' updates are checked by the update gate later
 * (checkArchive.ts), exactly as if a facilitator's socket had sent them.
 */
import { strFromU8, unzipSync } from 'fflate';
import {
  ARCHIVE_DOCS,
  ARCHIVE_FORMAT,
  ARCHIVE_MANIFEST,
  ARCHIVE_VERSION,
  archiveEntryName,
} from '../../../shared/protocol/archive';
import type { DocName } from '../../../shared/schema/roles';
import { type ArchiveLimits, ArchiveRefused, DEFAULT_ARCHIVE_LIMITS } from './archiveLimits';

export interface ReadArchive {
  title: string;
  formatVersion: number;
  updates: Record<DocName, Uint8Array>;
}

const ENTRY_NAMES = new Set([ARCHIVE_MANIFEST, ...ARCHIVE_DOCS.map(archiveEntryName)]);

export function readArchive(bytes: Uint8Array, limits: ArchiveLimits = DEFAULT_ARCHIVE_LIMITS): ReadArchive {
  if (bytes.byteLength > limits.maxArchiveBytes) throw new ArchiveRefused('the archive is too large');
  // The smallest zip is its 22-byte end record; fflate scans backwards for it.
  if (bytes.byteLength < 22) throw new ArchiveRefused('this is not a zip archive');
  const seen = new Set<string>();
  let total = 0;
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (entry) => {
        if (!ENTRY_NAMES.has(entry.name))
          throw new ArchiveRefused(`unexpected entry "${entry.name.slice(0, 80)}"`);
        if (seen.has(entry.name)) throw new ArchiveRefused(`entry "${entry.name}" appears twice`);
        seen.add(entry.name);
        if (entry.compression !== 0 && entry.compression !== 8)
          throw new ArchiveRefused(`entry "${entry.name}" uses an unknown compression`);
        const cap = entry.name === ARCHIVE_MANIFEST ? limits.maxManifestBytes : limits.maxDocBytes;
        if (entry.originalSize > cap) throw new ArchiveRefused(`entry "${entry.name}" is too large`);
        total += entry.originalSize;
        if (total > limits.maxTotalBytes) throw new ArchiveRefused('the archive holds too much data');
        return true;
      },
    });
  } catch (error) {
    if (error instanceof ArchiveRefused) throw error;
    throw new ArchiveRefused('this is not a readable zip archive');
  }
  const manifest = files[ARCHIVE_MANIFEST];
  if (!manifest) throw new ArchiveRefused('this is not a Fresco workshop archive (no manifest.json)');
  const { title, formatVersion } = readManifest(manifest);
  const updates = {} as Record<DocName, Uint8Array>;
  for (const doc of ARCHIVE_DOCS) {
    const update = files[archiveEntryName(doc)];
    if (!update || update.byteLength === 0) throw new ArchiveRefused(`the archive lacks the ${doc} document`);
    updates[doc] = update;
  }
  return { title, formatVersion, updates };
}

function readManifest(bytes: Uint8Array): { title: string; formatVersion: number } {
  let value: unknown;
  try {
    value = JSON.parse(strFromU8(bytes));
  } catch {
    throw new ArchiveRefused('manifest.json is not valid JSON');
  }
  const manifest = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  if (manifest.format !== ARCHIVE_FORMAT) throw new ArchiveRefused('this is not a Fresco workshop archive');
  const version = manifest.formatVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    throw new ArchiveRefused('manifest.json has no valid formatVersion');
  if (version > ARCHIVE_VERSION)
    throw new ArchiveRefused(
      `this archive comes from a newer Fresco (format ${version}); update this one first`,
    );
  return {
    title: typeof manifest.title === 'string' ? manifest.title.slice(0, 400) : '',
    formatVersion: version,
  };
}
