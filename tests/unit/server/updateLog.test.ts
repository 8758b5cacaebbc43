import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterEach, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../../server/storage/sqliteStore';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fresco-log-'));
  dirs.push(dir);
  return dir;
}
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** The layout every database had before the keyed log, written here as that code wrote it. */
function writeOldLayout(dataDir: string): void {
  const db = new Database(join(dataDir, 'fresco.db'));
  db.exec('PRAGMA page_size = 1024');
  db.exec('PRAGMA auto_vacuum = INCREMENTAL');
  db.exec('PRAGMA journal_mode = WAL');
  db.exec(`
CREATE TABLE workshops (id TEXT PRIMARY KEY, join_code TEXT NOT NULL UNIQUE, created_at INTEGER NOT NULL);
CREATE TABLE tokens (hash TEXT PRIMARY KEY, workshop_id TEXT NOT NULL, role TEXT NOT NULL, seat_id TEXT);
CREATE TABLE updates (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  workshop_id TEXT NOT NULL,
  doc TEXT NOT NULL,
  data BLOB NOT NULL
);
CREATE INDEX updates_by_doc ON updates (workshop_id, doc, seq);
CREATE TABLE snapshots (workshop_id TEXT NOT NULL, doc TEXT NOT NULL, data BLOB NOT NULL,
  PRIMARY KEY (workshop_id, doc));
`);
  db.prepare('INSERT INTO workshops (id, join_code, created_at) VALUES (?, ?, ?)').run(['w1', 'ABC123', 1]);
  const insert = db.prepare('INSERT INTO updates (workshop_id, doc, data) VALUES (?, ?, ?)');
  // Interleaved documents, as a live server writes them: global sequences 1..6.
  insert.run(['w1', 'board', Buffer.from([1])]);
  insert.run(['w1', 'control', Buffer.from([10])]);
  insert.run(['w1', 'board', Buffer.from([2])]);
  insert.run(['w2', 'board', Buffer.from([20])]);
  insert.run(['w1', 'board', Buffer.from([3])]);
  insert.run(['w1', 'control', Buffer.from([11])]);
  db.prepare('INSERT INTO snapshots (workshop_id, doc, data) VALUES (?, ?, ?)').run([
    'w1',
    'board',
    Buffer.from([0]),
  ]);
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)');
  db.close();
}

function tableSql(dataDir: string): string {
  const db = new Database(join(dataDir, 'fresco.db'), { readonly: true });
  try {
    const row = db.prepare("SELECT sql FROM sqlite_master WHERE name = 'updates'").get([]) as { sql: string };
    return row.sql;
  } finally {
    db.close();
  }
}

const bytes = (updates: Uint8Array[]) => updates.map((update) => [...update]);

describe('the update log', () => {
  it('is a WITHOUT ROWID table keyed by workshop, document and sequence', () => {
    const dir = tempDir();
    new SqliteStore(dir, 'normal').close();
    expect(tableSql(dir)).toMatch(/PRIMARY KEY \(workshop_id, doc, seq\)\s*\) WITHOUT ROWID/);
  });

  it('takes a database of the old layout over on open, with every update in order', () => {
    const dir = tempDir();
    writeOldLayout(dir);
    const store = new SqliteStore(dir, 'normal');
    expect(tableSql(dir)).toMatch(/WITHOUT ROWID/);
    const board = store.loadDoc('w1', 'board');
    expect(bytes(board.updates)).toEqual([[0], [1], [2], [3]]);
    expect(board.lastSeq).toBe(5);
    expect(bytes(store.loadDoc('w1', 'control').updates)).toEqual([[10], [11]]);
    expect(bytes(store.loadDoc('w2', 'board').updates)).toEqual([[20]]);
    // New appends go after the old ones, so compaction up to a sequence still trims only what it covers.
    const [seq] = store.appendUpdates([{ workshopId: 'w1', doc: 'board', update: new Uint8Array([4]) }]);
    expect(seq).toBe(6);
    store.compactDoc('w1', 'board', new Uint8Array([9]), 5);
    const compacted = store.loadDoc('w1', 'board');
    expect(bytes(compacted.updates)).toEqual([[9], [4]]);
    expect(compacted.lastSeq).toBe(6);
    store.close();

    // Converted once: a second open finds the new layout and keeps it all.
    const again = new SqliteStore(dir, 'normal');
    expect(bytes(again.loadDoc('w1', 'board').updates)).toEqual([[9], [4]]);
    expect(bytes(again.loadDoc('w1', 'control').updates)).toEqual([[10], [11]]);
    again.close();
  });

  it('numbers each document on its own, and a deleted workshop is still erased row by row', () => {
    const dir = tempDir();
    const store = new SqliteStore(dir, 'normal');
    store.createWorkshop({ id: 'w1', joinCode: 'AAA111', createdAt: 1 }, []);
    const seqs = store.appendUpdates([
      { workshopId: 'w1', doc: 'board', update: new Uint8Array([1]) },
      { workshopId: 'w1', doc: 'control', update: new Uint8Array([2]) },
      { workshopId: 'w1', doc: 'board', update: new Uint8Array([3]) },
    ]);
    expect(seqs).toEqual([1, 1, 2]);
    store.deleteWorkshop('w1');
    expect(store.eraseDeleted(2)).toBe(2);
    expect(store.eraseDeleted(2)).toBe(1);
    expect(store.eraseDeleted(2)).toBe(0);
    expect(store.loadDoc('w1', 'board').updates).toEqual([]);
    store.close();
  });
});
