/**
 * The update log: every stored Yjs update of a document, after its snapshot, in order.
 *
 * Kept as a `WITHOUT ROWID` table clustered on (workshop_id, doc, seq): an append writes the last leaf
 * of that one b-tree and nothing else. The first layout (a rowid table with AUTOINCREMENT and an index on
 * (workshop_id, doc, seq)) rewrote three pages per commit: the table's last leaf, the index's and the
 * `sqlite_sequence` row; with an fsync per commit each page is a fresh 4 KB block for the disk.
 * Sequences are per document (the room only ever compares its own), handed out from memory after one
 * lookup of the document's highest; the old global sequences stay valid, they are only sparser.
 */
import type Database from 'libsql';
import type { SyncedDocName } from '../../shared/schema/roles';
import type { UpdateEntry } from './store';

const TABLE = `
CREATE TABLE IF NOT EXISTS updates (
  workshop_id TEXT NOT NULL,
  doc TEXT NOT NULL,
  seq INTEGER NOT NULL,
  data BLOB NOT NULL,
  PRIMARY KEY (workshop_id, doc, seq)
) WITHOUT ROWID`;

interface Row {
  [column: string]: unknown;
}

/**
 * Creates the log, or rewrites an old-layout one into the keyed table in one transaction (its rows keep
 * their sequences). Returns how many rows were moved, 0 when there was nothing to convert.
 */
export function setUpUpdateLog(db: Database.Database): number {
  const existing = db
    .prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'updates'")
    .get([]) as Row | undefined;
  if (!existing) {
    db.exec(TABLE);
    return 0;
  }
  if (/WITHOUT\s+ROWID/i.test(String(existing.sql))) return 0;
  let moved = 0;
  db.transaction(() => {
    db.exec(TABLE.replace('updates (', 'updates_keyed ('));
    moved = Number(
      db
        .prepare(
          'INSERT INTO updates_keyed (workshop_id, doc, seq, data) ' +
            'SELECT workshop_id, doc, seq, data FROM updates ORDER BY workshop_id, doc, seq',
        )
        .run([]).changes,
    );
    // Takes its index and its sqlite_sequence row with it.
    db.exec('DROP TABLE updates');
    db.exec('ALTER TABLE updates_keyed RENAME TO updates');
  })();
  return moved;
}

function toBytes(value: unknown): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (value instanceof Uint8Array) return value;
  return new Uint8Array(0);
}

export class UpdateLog {
  private readonly statements;
  /** The next sequence of each document appended to since the store opened. */
  private readonly next = new Map<string, number>();

  constructor(db: Database.Database) {
    this.statements = {
      read: db.prepare('SELECT seq, data FROM updates WHERE workshop_id = ? AND doc = ? ORDER BY seq'),
      highest: db.prepare('SELECT max(seq) AS seq FROM updates WHERE workshop_id = ? AND doc = ?'),
      append: db.prepare('INSERT INTO updates (workshop_id, doc, seq, data) VALUES (?, ?, ?, ?)'),
      trim: db.prepare('DELETE FROM updates WHERE workshop_id = ? AND doc = ? AND seq <= ?'),
    };
  }

  read(workshopId: string, doc: SyncedDocName): { updates: Uint8Array[]; lastSeq: number } {
    const updates: Uint8Array[] = [];
    let lastSeq = 0;
    for (const row of this.statements.read.all([workshopId, doc]) as Row[]) {
      updates.push(toBytes(row.data));
      lastSeq = Number(row.seq);
    }
    return { updates, lastSeq };
  }

  /** Inside the caller's transaction; a rolled-back append leaves a gap in the sequence, which is harmless. */
  append(entry: UpdateEntry): number {
    const key = `${entry.workshopId}\u0000${entry.doc}`;
    let seq = this.next.get(key);
    if (seq === undefined) {
      const row = this.statements.highest.get([entry.workshopId, entry.doc]) as Row | undefined;
      seq = Number(row?.seq ?? 0) + 1;
    }
    this.statements.append.run([entry.workshopId, entry.doc, seq, entry.update]);
    this.next.set(key, seq + 1);
    return seq;
  }

  trim(workshopId: string, doc: SyncedDocName, upToSeq: number): void {
    this.statements.trim.run([workshopId, doc, upToSeq]);
  }

  /** A deleted workshop appends nothing more. */
  forget(workshopId: string): void {
    for (const key of this.next.keys()) if (key.startsWith(`${workshopId}\u0000`)) this.next.delete(key);
  }
}
