import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'libsql';
import type { SyncedDocName, TokenRole } from '../../shared/schema/roles';
import {
  CONCERTATION_SCHEMA,
  type ConcertationStore,
  concertationRows,
  type Membership,
} from './concertationRows';
import { DeletedRows, setUpIncrementalVacuum, type VacuumMode } from './sqliteSpace';
import type { Store, StoredDoc, TokenRecord, UpdateEntry, WorkshopRecord } from './store';
import { SURVEY_SCHEMA, type SurveyStore, surveyRows } from './surveyRows';
import { setUpUpdateLog, UpdateLog } from './updateLog';

export type SyncMode = 'full' | 'normal';

/** The database's name under DATA_DIR (backups and restores name it too). */
export const DATABASE_FILE = 'fresco.db';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS workshops (
  id TEXT PRIMARY KEY,
  join_code TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS tokens (
  hash TEXT PRIMARY KEY,
  workshop_id TEXT NOT NULL,
  role TEXT NOT NULL,
  seat_id TEXT
);
CREATE INDEX IF NOT EXISTS tokens_by_workshop ON tokens (workshop_id, seat_id);
CREATE TABLE IF NOT EXISTS snapshots (
  workshop_id TEXT NOT NULL,
  doc TEXT NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (workshop_id, doc)
);
`;

interface Row {
  [column: string]: unknown;
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(0);
}

/**
 * SQLite in WAL mode through libsql (the better-sqlite3 API with a prebuilt binary).
 * Parameters are always passed as one array: libsql 0.5 aborts the process when a lone Buffer is
 * passed as the only argument, as it takes it for a named-parameter object.
 */
export class SqliteStore implements Store {
  private readonly db: Database.Database;
  private readonly path: string;
  private readonly statements;
  private readonly deleted: DeletedRows;
  private readonly log: UpdateLog;
  /** How freed pages go back to the file system; see sqliteSpace.ts. */
  readonly vacuumMode: VacuumMode;
  readonly concertations: ConcertationStore;
  readonly surveys: SurveyStore;

  constructor(dataDir: string, syncMode: SyncMode = 'full') {
    mkdirSync(dataDir, { recursive: true });
    this.path = join(dataDir, DATABASE_FILE);
    const isNew = !existsSync(this.path);
    this.db = new Database(this.path);
    // Each group commit rewrites whole pages (the log's last leaf, updateLog.ts): with 1 KB pages a
    // commit's frame fits one 4 KB disk block, a 4 KB page's frame (4,120 bytes) always spans two; 2 KB
    // pages measured worse too. Only a new database takes it.
    this.db.exec('PRAGMA page_size = 1024');
    // A new database takes its auto_vacuum mode only before WAL mode writes its header (sqliteSpace.ts).
    if (isNew) this.db.exec('PRAGMA auto_vacuum = INCREMENTAL');
    this.db.exec('PRAGMA journal_mode = WAL');
    // The default checkpoint comes every 1,000 pages: keep it at about 4 MB of log, as with 4 KB pages.
    this.db.exec('PRAGMA wal_autocheckpoint = 4000');
    // FULL: a commit survives a power cut, not only a killed process; it costs ~0.4 ms a group commit here.
    this.db.exec(`PRAGMA synchronous = ${syncMode === 'full' ? 'FULL' : 'NORMAL'}`);
    // Deleted cells and freed pages are zeroed as they are written: erasing needs no VACUUM (sqliteSpace.ts).
    this.db.exec('PRAGMA secure_delete = ON');
    this.db.exec('PRAGMA busy_timeout = 5000');
    // After secure_delete, so the VACUUM converting an old database leaves no deleted bytes either.
    this.vacuumMode = setUpIncrementalVacuum(this.db, this.path);
    this.db.exec(SCHEMA);
    setUpUpdateLog(this.db);
    this.log = new UpdateLog(this.db);
    this.db.exec(CONCERTATION_SCHEMA);
    this.concertations = concertationRows(this.db);
    // Before DeletedRows, whose look for orphaned documents must see the sessions' ids.
    this.db.exec(SURVEY_SCHEMA);
    this.deleted = new DeletedRows(this.db, this.vacuumMode !== 'none');
    this.surveys = surveyRows(this.db, (id) => this.deleted.add(id));
    const db = this.db;
    this.statements = {
      insertWorkshop: db.prepare('INSERT INTO workshops (id, join_code, created_at) VALUES (?, ?, ?)'),
      getWorkshop: db.prepare('SELECT id, join_code, created_at FROM workshops WHERE id = ?'),
      byJoinCode: db.prepare('SELECT id, join_code, created_at FROM workshops WHERE join_code = ?'),
      insertToken: db.prepare('INSERT INTO tokens (hash, workshop_id, role, seat_id) VALUES (?, ?, ?, ?)'),
      getToken: db.prepare('SELECT workshop_id, role, seat_id FROM tokens WHERE hash = ?'),
      deleteToken: db.prepare('DELETE FROM tokens WHERE hash = ?'),
      deleteSeatTokens: db.prepare('DELETE FROM tokens WHERE workshop_id = ? AND seat_id = ?'),
      snapshot: db.prepare('SELECT data FROM snapshots WHERE workshop_id = ? AND doc = ?'),
      upsertSnapshot: db.prepare(
        'INSERT INTO snapshots (workshop_id, doc, data) VALUES (?, ?, ?) ' +
          'ON CONFLICT (workshop_id, doc) DO UPDATE SET data = excluded.data',
      ),
      deleteTokens: db.prepare('DELETE FROM tokens WHERE workshop_id = ?'),
      deleteWorkshop: db.prepare('DELETE FROM workshops WHERE id = ?'),
    };
  }

  createWorkshop(
    workshop: WorkshopRecord,
    tokens: Array<{ hash: string } & TokenRecord>,
    membership?: Omit<Membership, 'workshopId'>,
  ): void {
    this.db.transaction(() => {
      this.statements.insertWorkshop.run([workshop.id, workshop.joinCode, workshop.createdAt]);
      for (const token of tokens) this.addToken(token.hash, token);
      if (membership)
        this.concertations.addWorkshop({ ...membership, workshopId: workshop.id }, workshop.createdAt);
    })();
  }

  getWorkshop(id: string): WorkshopRecord | null {
    return toWorkshop(this.statements.getWorkshop.get([id]) as Row | undefined);
  }

  findWorkshopByJoinCode(code: string): WorkshopRecord | null {
    return toWorkshop(this.statements.byJoinCode.get([code]) as Row | undefined);
  }

  addToken(hash: string, token: TokenRecord): void {
    this.statements.insertToken.run([hash, token.workshopId, token.role, token.seatId]);
  }

  findToken(hash: string): TokenRecord | null {
    const row = this.statements.getToken.get([hash]) as Row | undefined;
    if (!row) return null;
    return {
      workshopId: String(row.workshop_id),
      role: row.role as TokenRole,
      seatId: typeof row.seat_id === 'string' ? row.seat_id : null,
    };
  }

  revokeToken(hash: string): void {
    this.statements.deleteToken.run([hash]);
  }

  revokeSeatTokens(workshopId: string, seatId: string): number {
    return Number(this.statements.deleteSeatTokens.run([workshopId, seatId]).changes);
  }

  deleteWorkshop(id: string): void {
    this.db.transaction(() => {
      this.statements.deleteTokens.run([id]);
      this.statements.deleteWorkshop.run([id]);
      this.concertations.removeWorkshop(id);
    })();
    this.log.forget(id);
    this.deleted.add(id);
  }

  eraseDeleted(maxRows: number): number {
    return this.deleted.eraseStep(maxRows);
  }

  checkpoint(truncate = true): boolean {
    return this.deleted.checkpoint(truncate);
  }

  reclaimFreePages(pages: number): number {
    return this.deleted.reclaim(pages);
  }

  loadDoc(workshopId: string, doc: SyncedDocName): StoredDoc {
    const snapshot = this.statements.snapshot.get([workshopId, doc]) as Row | undefined;
    const log = this.log.read(workshopId, doc);
    return {
      updates: snapshot ? [toBytes(snapshot.data), ...log.updates] : log.updates,
      lastSeq: log.lastSeq,
    };
  }

  appendUpdates(entries: UpdateEntry[]): number[] {
    const seqs: number[] = [];
    this.db.transaction(() => {
      for (const entry of entries) seqs.push(this.log.append(entry));
    })();
    return seqs;
  }

  compactDoc(workshopId: string, doc: SyncedDocName, snapshot: Uint8Array, upToSeq: number): void {
    this.db.transaction(() => {
      this.statements.upsertSnapshot.run([workshopId, doc, snapshot]);
      this.log.trim(workshopId, doc, upToSeq);
    })();
  }

  sizeOnDisk(): number {
    let total = 0;
    for (const suffix of ['', '-wal', '-shm']) {
      try {
        total += statSync(this.path + suffix).size;
      } catch {
        // A WAL or shared-memory file may not exist between checkpoints.
      }
    }
    return total;
  }

  close(): void {
    try {
      this.db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
    } finally {
      this.db.close();
    }
  }
}

function toWorkshop(row: Row | undefined): WorkshopRecord | null {
  if (!row) return null;
  return { id: String(row.id), joinCode: String(row.join_code), createdAt: Number(row.created_at) };
}
