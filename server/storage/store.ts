import type { SyncedDocName, TokenRole } from '../../shared/schema/roles';
import type { ConcertationStore, Membership } from './concertationRows';
import type { SurveyStore } from './surveyRows';

/**
 * What the server keeps. Kept behind this interface so another embedded engine can replace SQLite;
 * every method is synchronous on purpose: the sync relay commits before it relays, and a synchronous
 * engine lets one event-loop turn hold a whole group commit without interleaving.
 */
export interface WorkshopRecord {
  id: string;
  joinCode: string;
  createdAt: number;
}

export interface TokenRecord {
  workshopId: string;
  /** For an interviewer's token, `workshopId` is the survey session's id. */
  role: TokenRole;
  /** The seat a device-own participant (or interviewer) token is bound to; null for the shared role tokens. */
  seatId: string | null;
}

export interface StoredDoc {
  /** The snapshot first, then the log in order; applying them all rebuilds the document. */
  updates: Uint8Array[];
  /** Highest log sequence included, so compaction deletes exactly what the snapshot covers. */
  lastSeq: number;
}

export interface UpdateEntry {
  workshopId: string;
  doc: SyncedDocName;
  update: Uint8Array;
}

export interface Store {
  /** A workshop of a concertation is created with its membership, in the same transaction. */
  createWorkshop(
    workshop: WorkshopRecord,
    tokens: Array<{ hash: string } & TokenRecord>,
    membership?: Omit<Membership, 'workshopId'>,
  ): void;
  getWorkshop(id: string): WorkshopRecord | null;
  findWorkshopByJoinCode(code: string): WorkshopRecord | null;
  addToken(hash: string, token: TokenRecord): void;
  findToken(hash: string): TokenRecord | null;
  revokeToken(hash: string): void;
  /** Returns how many tokens were revoked. */
  revokeSeatTokens(workshopId: string, seatId: string): number;
  /**
   * Removes the workshop and its tokens in one small transaction: from then on it exists for no one.
   * Its documents are erased afterwards, a few rows at a time, by `eraseDeleted` (see `Eraser`).
   */
  deleteWorkshop(id: string): void;
  /** Erases up to `maxRows` document rows of deleted workshops; returns how many (0: none left). */
  eraseDeleted(maxRows: number): number;
  /**
   * Copies the write-ahead log into the main file; `truncate` also cuts the log to 0 bytes, so none
   * of the old page images it held remain. False when it could not finish (a reader in the way).
   */
  checkpoint(truncate?: boolean): boolean;
  /** Gives up to `pages` free pages back to the file system; returns how many free pages are left. */
  reclaimFreePages(pages: number): number;
  loadDoc(workshopId: string, doc: SyncedDocName): StoredDoc;
  /** Appends all entries in one transaction; returns the sequence of each, in order. */
  appendUpdates(entries: UpdateEntry[]): number[];
  /** Replaces the log up to `upToSeq` with a snapshot. */
  compactDoc(workshopId: string, doc: SyncedDocName, snapshot: Uint8Array, upToSeq: number): void;
  /** Total bytes of the database files, for benchmarks and health. */
  sizeOnDisk(): number;
  readonly concertations: ConcertationStore;
  readonly surveys: SurveyStore;
  close(): void;
}
