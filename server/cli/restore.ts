/**
 * `fresco restore FILE`: puts a backup back as the database under DATA_DIR. Refused while a server
 * uses the folder (its `fresco.lock` names a live process, see storage/dataDirLock.ts), since a server
 * holding the old file open would keep writing to it. The backup is copied next to the database and
 * checked there (the original file is never opened for writing), then renamed into place in one step.
 * The database it replaces is kept beside it, with its write-ahead log, as `fresco.db.before-restore-…`,
 * so a restore made by mistake can itself be undone.
 */
import { copyFileSync, existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type DataDirLock, liveServer } from '../storage/dataDirLock';
import { DATABASE_FILE } from '../storage/sqliteStore';
import { syncFile, syncFolder } from './backup';
import { CliError } from './errors';
import { inspectDatabase } from './inspect';

export interface RestoreResult {
  database: string;
  workshops: number;
  /** Where the replaced database went, or null when DATA_DIR held none. */
  kept: string | null;
}

export function restoreDatabase(dataDir: string, source: string, now = new Date()): RestoreResult {
  const file = resolve(source);
  if (!existsSync(file)) throw new CliError(`${file} does not exist.`);
  refuseIfServed(dataDir);
  mkdirSync(dataDir, { recursive: true });
  const database = join(dataDir, DATABASE_FILE);
  if (file === resolve(database)) throw new CliError('This file is already the database in use.');
  const incoming = `${database}.restoring-${process.pid}`;
  let workshops: number;
  try {
    copyFileSync(file, incoming);
    workshops = inspectDatabase(incoming, file).workshops;
    syncFile(incoming);
    // A server could have started while the file was copied and checked.
    refuseIfServed(dataDir);
  } catch (error) {
    rmSync(incoming, { force: true });
    throw error;
  }
  let kept: string | null = null;
  if (existsSync(database)) {
    kept = `${database}.before-restore-${now.toISOString().replace(/[:.]/g, '-')}`;
    renameSync(database, kept);
    // SQLite finds a database's log by name: moved together, the kept copy stays whole.
    if (existsSync(`${database}-wal`)) renameSync(`${database}-wal`, `${kept}-wal`);
  }
  // A log left beside the new file would be replayed into it as if it were its own.
  rmSync(`${database}-wal`, { force: true });
  rmSync(`${database}-shm`, { force: true });
  renameSync(incoming, database);
  syncFolder(dataDir);
  return { database, workshops, kept };
}

function refuseIfServed(dataDir: string): void {
  const live: DataDirLock | null = liveServer(dataDir);
  if (!live) return;
  throw new CliError(
    `A Fresco server (process ${live.pid}, started ${live.startedAt}) is using ${dataDir}. ` +
      'Stop it first, then restore. (If no Fresco runs there, delete fresco.lock in that folder.)',
  );
}
