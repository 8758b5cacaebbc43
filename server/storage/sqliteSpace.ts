/**
 * How a deleted workshop leaves the SQLite files, without ever holding the event loop for long.
 *
 * Measured on main: `VACUUM` after each delete rewrote the whole database on the event loop (a 265 MB
 * file froze every workshop for 6.3 s). What erases and reclaims instead:
 * - `secure_delete` (set by the store) zeroes every deleted cell and freed page as it is written, so
 *   once a row is deleted its bytes are gone from the pages; no rewrite of the file is needed.
 * - Rows go a few hundred at a time (`eraseDeleted`), so a workshop with tens of MB of history costs
 *   many short steps instead of one long transaction.
 * - The write-ahead log still holds the old page images until a checkpoint: `wal_checkpoint(TRUNCATE)`
 *   copies the log into the main file and cuts the log to 0 bytes. It costs what the log holds, not what
 *   the database holds: measured 25-55 ms with a full 4 MB log (the autocheckpoint threshold), under
 *   10 ms after an erase, which checkpoints each step's pages as it goes (eraser.ts).
 * - Freed pages are given back with `auto_vacuum = INCREMENTAL` and `incremental_vacuum(N)` in small
 *   steps, off the hot path (512 pages: 1-13 ms a step here; 2,048 pages sometimes took over 100 ms). A database created before this needs one `VACUUM` to switch mode: it runs
 *   at start-up (before the server listens) when the file is small; a large old file keeps its free
 *   pages (zeroed, so nothing readable) and reuses them for new writes.
 * One database file per workshop was the other way (erase = unlink); it would cost one fsync per
 * workshop per group commit instead of one per turn, so it was not taken.
 */
import { statSync } from 'node:fs';
import type Database from 'libsql';

/** A VACUUM of ~4 MB took 130 ms on the 2-core test machine: 64 MB is about 2 s, once, at start-up. */
export const CONVERT_AT_STARTUP_MAX_BYTES = 64 * 1024 * 1024;

export type VacuumMode = 'incremental' | 'converted' | 'none';

/**
 * A new database was given INCREMENTAL before its header was written (the store does it first thing);
 * an old small one is converted here by one VACUUM; an old large one stays as it is (module comment).
 */
export function setUpIncrementalVacuum(db: Database.Database, path: string): VacuumMode {
  if (modeOf(db) === 2) return 'incremental';
  if (fileSize(path) > CONVERT_AT_STARTUP_MAX_BYTES) return 'none';
  db.exec('PRAGMA auto_vacuum = INCREMENTAL');
  db.exec('VACUUM');
  return modeOf(db) === 2 ? 'converted' : 'none';
}

function modeOf(db: Database.Database): number {
  const row = db.prepare('PRAGMA auto_vacuum').get([]) as { auto_vacuum?: number } | undefined;
  return Number(row?.auto_vacuum ?? 0);
}

function fileSize(path: string): number {
  try {
    return statSync(path).size;
  } catch {
    return 0;
  }
}

/** The rows of deleted workshops still in the files, erased a step at a time. */
export class DeletedRows {
  private readonly pending = new Set<string>();
  private readonly statements;

  constructor(
    private readonly db: Database.Database,
    /** False for an old large file left without auto_vacuum: free pages stay in it, zeroed. */
    private readonly canReclaim: boolean,
  ) {
    this.statements = {
      orphans: db.prepare(
        // A survey session's document is keyed by the session's id (surveyRows.ts): not an orphan.
        'SELECT DISTINCT workshop_id AS id FROM updates WHERE workshop_id NOT IN (SELECT id FROM workshops) ' +
          'AND workshop_id NOT IN (SELECT id FROM surveys) ' +
          'UNION SELECT workshop_id AS id FROM snapshots WHERE workshop_id NOT IN (SELECT id FROM workshops) ' +
          'AND workshop_id NOT IN (SELECT id FROM surveys)',
      ),
      // One snapshot at a time: a large board's snapshot alone can be megabytes.
      snapshot: db.prepare(
        'DELETE FROM snapshots WHERE rowid IN (SELECT rowid FROM snapshots WHERE workshop_id = ? LIMIT 1)',
      ),
      updates: db.prepare(
        'DELETE FROM updates WHERE workshop_id = ? AND (doc, seq) IN ' +
          '(SELECT doc, seq FROM updates WHERE workshop_id = ? ORDER BY doc, seq LIMIT ?)',
      ),
    };
    // A process stopped in the middle of an erase left rows behind: they are found again here.
    for (const row of this.statements.orphans.all([]) as Array<{ id: unknown }>)
      this.pending.add(String(row.id));
  }

  add(workshopId: string): void {
    this.pending.add(workshopId);
  }

  eraseStep(maxRows: number): number {
    for (const id of this.pending) {
      const erased = this.db.transaction(() => {
        const snapshots = Number(this.statements.snapshot.run([id]).changes);
        if (snapshots > 0) return snapshots;
        return Number(this.statements.updates.run([id, id, maxRows]).changes);
      })();
      if (erased > 0) return erased;
      this.pending.delete(id);
    }
    return 0;
  }

  checkpoint(truncate: boolean): boolean {
    const mode = truncate ? 'TRUNCATE' : 'PASSIVE';
    const row = this.db.prepare(`PRAGMA wal_checkpoint(${mode})`).get([]) as { busy?: number } | undefined;
    return Number(row?.busy ?? 0) === 0;
  }

  reclaim(pages: number): number {
    if (!this.canReclaim) return 0;
    this.db.prepare(`PRAGMA incremental_vacuum(${Math.max(1, Math.floor(pages))})`).all([]);
    const row = this.db.prepare('PRAGMA freelist_count').get([]) as { freelist_count?: number } | undefined;
    return Number(row?.freelist_count ?? 0);
  }
}
