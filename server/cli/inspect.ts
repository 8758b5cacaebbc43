/**
 * Is this file a Fresco database? Checked before a restore puts it in place (and on each new backup):
 * an SQLite file, intact, holding the four tables the store reads with the columns it reads. A wrong
 * file here would otherwise become a server that starts and then fails on the first workshop.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import Database from 'libsql';
import { CliError } from './errors';

const TABLES: Record<string, string[]> = {
  workshops: ['id', 'join_code', 'created_at'],
  tokens: ['hash', 'workshop_id', 'role', 'seat_id'],
  updates: ['seq', 'workshop_id', 'doc', 'data'],
  snapshots: ['workshop_id', 'doc', 'data'],
};

const SQLITE_MAGIC = 'SQLite format 3\u0000';

export interface DatabaseSummary {
  workshops: number;
}

export function inspectDatabase(file: string, label = file): DatabaseSummary {
  if (!hasSqliteHeader(file))
    throw new CliError(`${label} is not a Fresco backup: it is not an SQLite database file.`);
  let db: Database.Database | null = null;
  try {
    db = new Database(file);
    const check = db.prepare('PRAGMA quick_check').get([]) as Record<string, unknown> | undefined;
    if (check && Object.values(check)[0] !== 'ok')
      throw new CliError(`${label} is damaged (quick_check failed).`);
    for (const [table, columns] of Object.entries(TABLES)) {
      const present = new Set(
        (db.prepare(`PRAGMA table_info(${table})`).all([]) as Array<{ name: unknown }>).map((row) =>
          String(row.name),
        ),
      );
      const missing = columns.filter((column) => !present.has(column));
      if (missing.length > 0)
        throw new CliError(
          `${label} is an SQLite database but not a Fresco one: table "${table}" is missing or lacks ${missing.join(', ')}.`,
        );
    }
    const row = db.prepare('SELECT count(*) AS n FROM workshops').get([]) as { n: unknown };
    return { workshops: Number(row.n) };
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      `${label} cannot be read as a Fresco database: ${error instanceof Error ? error.message : String(error)}`,
    );
  } finally {
    db?.close();
  }
}

function hasSqliteHeader(file: string): boolean {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch {
    throw new CliError(`${file} cannot be opened.`);
  }
  try {
    const header = Buffer.alloc(16);
    return readSync(fd, header, 0, 16, 0) === 16 && header.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(fd);
  }
}
