/**
 * An archive's documents pass the same update gate as a facilitator's socket (server/sync/gate), on a
 * scratch copy, before any workshop is created: the roots and shapes of the schema, the caps, nothing left
 * pending. A crafted update is refused here exactly as it would be on the wire, and a refusal leaves no
 * trace on the server. The whole state is cut with the client's own splitter (shared/protocol/splitUpdate)
 * into the parts the gate reads, in an order where each integrates at once.
 */
import * as Y from 'yjs';
import { readSchemaVersion } from '../../../shared/migrate/migrateDoc';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrate/version';
import { participantsMap } from '../../../shared/ops/roots';
import { ARCHIVE_DOCS } from '../../../shared/protocol/archive';
import { splitUpdate } from '../../../shared/protocol/splitUpdate';
import { readWorkshop } from '../../../shared/read/workshop';
import type { DocName } from '../../../shared/schema/roles';
import type { Writer } from '../../sync/gate/boardRule';
import { UpdateRefused } from '../../sync/gate/readUpdate';
import { DEFAULT_GATE_LIMITS, type GateLimits, UpdateGate } from '../../sync/gate/updateGate';
import { voteBudgetOf } from '../docAccess';
import { ArchiveRefused } from './archiveLimits';

/** An archive is written from a facilitator's workshop, and checked as that facilitator writing it. */
const IMPORT_WRITER: Writer = { role: 'facilitator', seatId: null };

export interface CheckedDocs {
  /** Each document's state as this server encodes it once checked: never the uploaded bytes themselves. */
  states: Record<DocName, Uint8Array>;
  /** What the import answers, read here so the new workshop's rooms need not load to tell it. */
  summary: { title: string; place: string; date: string; seats: number };
}

export function checkArchiveDocs(
  updates: Record<DocName, Uint8Array>,
  limits: GateLimits = DEFAULT_GATE_LIMITS,
): CheckedDocs {
  const scratch = {} as Record<DocName, Y.Doc>;
  const checked = {} as CheckedDocs['states'];
  try {
    // control first: the board's gate reads the vote budget from it.
    for (const docName of ARCHIVE_DOCS) {
      const doc = new Y.Doc();
      scratch[docName] = doc;
      checked[docName] = checkDoc(
        docName,
        doc,
        updates[docName],
        () => voteBudgetOf(scratch.control),
        limits,
      );
    }
    const { title, place, date } = readWorkshop(scratch.control);
    return { states: checked, summary: { title, place, date, seats: participantsMap(scratch.board).size } };
  } finally {
    for (const doc of Object.values(scratch)) doc.destroy();
  }
}

function checkDoc(
  docName: DocName,
  doc: Y.Doc,
  update: Uint8Array,
  voteBudget: () => number,
  limits: GateLimits,
): Uint8Array {
  let stored = 0;
  const gate = new UpdateGate(
    {
      doc,
      docName,
      get storedBytes() {
        return stored;
      },
    },
    voteBudget,
    limits,
  );
  let parts: Uint8Array[];
  try {
    parts = splitUpdate(update);
  } catch {
    throw new ArchiveRefused(`the ${docName} document is not a readable Yjs update`);
  }
  for (const part of parts) {
    try {
      const verdict = gate.check(part, IMPORT_WRITER);
      Y.applyUpdate(doc, part);
      gate.accept(verdict);
    } catch (error) {
      const reason = error instanceof UpdateRefused ? error.message : 'it could not be read';
      throw new ArchiveRefused(`the ${docName} document was refused: ${reason}`);
    }
    stored += part.byteLength;
  }
  // Whatever the gate let through, nothing may wait for structs the archive does not hold.
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null)
    throw new ArchiveRefused(`the ${docName} document is incomplete`);
  // The room would refuse to load it (server/workshops/docAccess.ts prepareRoom): say so now.
  if (readSchemaVersion(docName, doc) > CURRENT_SCHEMA_VERSION)
    throw new ArchiveRefused('this archive comes from a newer Fresco; update this one first');
  return Y.encodeStateAsUpdate(doc);
}
