/**
 * `fresco backup FILE`: a consistent copy of the whole database, taken while a server may be writing.
 * libsql 0.5 has no online-backup call (its `backup()` throws "not implemented"), so this is SQLite's
 * `VACUUM INTO`: one read transaction, hence one committed state, written as a single self-contained
 * file with no write-ahead log beside it. Copying `fresco.db` by hand instead would miss what still sits
 * in the live `-wal` file, or catch it half-written. The copy goes to a temporary name first and is
 * renamed into place, so FILE is either the previous backup or a complete new one, never a torn one.
 */
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import Database from 'libsql';
import { DATABASE_FILE } from '../storage/sqliteStore';
import { CliError } from './errors';
import { inspectDatabase } from './inspect';

export interface BackupResult {
  file: string;
  bytes: number;
  workshops: number;
}

export function backupDatabase(dataDir: string, target: string): BackupResult {
  const source = join(dataDir, DATABASE_FILE);
  // Opening a missing file would create an empty database and back that up.
  if (!existsSync(source)) throw new CliError(`No Fresco database in ${dataDir} (no ${DATABASE_FILE}).`);
  const file = resolve(target);
  if (file === resolve(source)) throw new CliError('The backup cannot be the live database itself.');
  mkdirSync(dirname(file), { recursive: true });
  const partial = `${file}.partial-${process.pid}`;
  rmSync(partial, { force: true });
  const db = new Database(source);
  try {
    // A server's group commit holds the write lock for about a millisecond; readers in WAL mode do not
    // wait for it, but a checkpoint in progress can briefly refuse a reader.
    db.exec('PRAGMA busy_timeout = 10000');
    db.prepare('VACUUM INTO ?').run([partial]);
  } catch (error) {
    rmSync(partial, { force: true });
    throw new CliError(`The backup failed: ${error instanceof Error ? error.message : String(error)}`);
  } finally {
    db.close();
  }
  let workshops: number;
  try {
    // What a restore will check, checked now, while the live data is still there to try again.
    workshops = inspectDatabase(partial, 'The new backup').workshops;
    syncFile(partial);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  renameSync(partial, file);
  syncFolder(dirname(file));
  return { file, bytes: statSync(file).size, workshops };
}

/** fsync, so a power cut right after "backup written" still leaves the backup on disk. */
export function syncFile(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** The rename itself made durable; Windows cannot open a folder to fsync it, and its renames need none. */
export function syncFolder(path: string): void {
  try {
    syncFile(path);
  } catch {
    // Best effort: the file inside is already on disk.
  }
}
