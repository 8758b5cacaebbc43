/**
 * What an uploaded archive may hold, and the error that refuses one. Apart from the reader so the API can
 * name them without loading fflate at start (it is loaded on first use, like every document builder).
 */
export interface ArchiveLimits {
  /** The upload itself. */
  maxArchiveBytes: number;
  /** One document's update, inflated: the gate's cap on a stored document. */
  maxDocBytes: number;
  /** Everything inflated together. */
  maxTotalBytes: number;
  maxManifestBytes: number;
}

export const DEFAULT_ARCHIVE_LIMITS: ArchiveLimits = {
  maxArchiveBytes: 32 * 1024 * 1024,
  maxDocBytes: 64 * 1024 * 1024,
  maxTotalBytes: 96 * 1024 * 1024,
  maxManifestBytes: 64 * 1024,
};

export class ArchiveRefused extends Error {
  override readonly name = 'ArchiveRefused';
}
