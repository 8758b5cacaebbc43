/**
 * Which workshops belong to which concertation, and the lead's token, in the same SQLite file as the
 * workshops. A workshop made on its own has no row here and works exactly as before.
 */
import type Database from 'libsql';
import type { WorkshopKind } from '../../shared/protocol/concertation';

export const CONCERTATION_SCHEMA = `
CREATE TABLE IF NOT EXISTS concertations (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  city TEXT NOT NULL,
  lead_hash TEXT NOT NULL UNIQUE,
  created_at INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS concertation_workshops (
  workshop_id TEXT PRIMARY KEY,
  concertation_id TEXT NOT NULL,
  kind TEXT NOT NULL,
  added_at INTEGER NOT NULL,
  sealed_tokens BLOB
);
CREATE INDEX IF NOT EXISTS concertation_members ON concertation_workshops (concertation_id, added_at);
`;

export interface ConcertationRecord {
  id: string;
  title: string;
  city: string;
  leadHash: string;
  createdAt: number;
}

export interface Membership {
  workshopId: string;
  concertationId: string;
  kind: WorkshopKind;
  /** The workshop's role tokens, sealed for the lead (see sealedTokens.ts). */
  sealedTokens: Uint8Array | null;
}

export interface ConcertationStore {
  create(record: ConcertationRecord): void;
  get(id: string): ConcertationRecord | null;
  /** Called inside the workshop's creation transaction. */
  addWorkshop(membership: Membership, addedAt: number): void;
  membershipOf(workshopId: string): Membership | null;
  /** In the order they were added. */
  workshopsOf(concertationId: string): Membership[];
  /** Forgets the workshop's membership (the workshop itself is deleted by the caller). */
  removeWorkshop(workshopId: string): void;
  /** Forgets the concertation; its workshops must have been deleted first. */
  delete(id: string): void;
}

type Row = Record<string, unknown>;

export function concertationRows(db: Database.Database): ConcertationStore {
  const statements = {
    insert: db.prepare(
      'INSERT INTO concertations (id, title, city, lead_hash, created_at) VALUES (?, ?, ?, ?, ?)',
    ),
    get: db.prepare('SELECT id, title, city, lead_hash, created_at FROM concertations WHERE id = ?'),
    addWorkshop: db.prepare(
      'INSERT INTO concertation_workshops (workshop_id, concertation_id, kind, added_at, sealed_tokens) ' +
        'VALUES (?, ?, ?, ?, ?)',
    ),
    membership: db.prepare(
      'SELECT workshop_id, concertation_id, kind, sealed_tokens FROM concertation_workshops WHERE workshop_id = ?',
    ),
    members: db.prepare(
      'SELECT workshop_id, concertation_id, kind, sealed_tokens FROM concertation_workshops ' +
        'WHERE concertation_id = ? ' +
        'ORDER BY added_at, workshop_id',
    ),
    removeWorkshop: db.prepare('DELETE FROM concertation_workshops WHERE workshop_id = ?'),
    delete: db.prepare('DELETE FROM concertations WHERE id = ?'),
  };
  return {
    create(record) {
      statements.insert.run([record.id, record.title, record.city, record.leadHash, record.createdAt]);
    },
    get(id) {
      const row = statements.get.get([id]) as Row | undefined;
      if (!row) return null;
      return {
        id: String(row.id),
        title: String(row.title),
        city: String(row.city),
        leadHash: String(row.lead_hash),
        createdAt: Number(row.created_at),
      };
    },
    addWorkshop(membership, addedAt) {
      statements.addWorkshop.run([
        membership.workshopId,
        membership.concertationId,
        membership.kind,
        addedAt,
        membership.sealedTokens,
      ]);
    },
    membershipOf(workshopId) {
      return toMembership(statements.membership.get([workshopId]) as Row | undefined);
    },
    workshopsOf(concertationId) {
      return (statements.members.all([concertationId]) as Row[]).map(
        (row) => toMembership(row) as Membership,
      );
    },
    removeWorkshop(workshopId) {
      statements.removeWorkshop.run([workshopId]);
    },
    delete(id) {
      statements.delete.run([id]);
    },
  };
}

function toMembership(row: Row | undefined): Membership | null {
  if (!row) return null;
  return {
    workshopId: String(row.workshop_id),
    concertationId: String(row.concertation_id),
    kind: row.kind === 'stakeholders' ? 'stakeholders' : 'residents',
    sealedTokens: row.sealed_tokens instanceof Uint8Array ? row.sealed_tokens : bytesOf(row.sealed_tokens),
  };
}

function bytesOf(value: unknown): Uint8Array | null {
  return value instanceof ArrayBuffer ? new Uint8Array(value) : null;
}
