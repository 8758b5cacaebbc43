/**
 * Brings a stored document to the current schema. The server calls it once when a room loads, before
 * any client syncs: older documents are upgraded in one transaction (one update, relayed and stored like
 * any other), newer ones are refused with SchemaTooNewError so old code never writes into data it does
 * not understand (the server closes such rooms with CLOSE.schemaTooNew).
 */
import type * as Y from 'yjs';
import { ServerOrigin } from '../ops/origin';
import { metaMap, SCHEMA_VERSION_KEY, workshopMap } from '../ops/roots';
import type { DocName } from '../schema/roles';
import { BOARD_STEPS } from './board';
import { CONTROL_STEPS } from './control';
import { PLAN_STEPS } from './plan';
import { type MigrationStep, validateMigrationChain } from './step';
import { CURRENT_SCHEMA_VERSION } from './version';

export const MIGRATIONS: Readonly<Record<DocName, readonly MigrationStep[]>> = {
  control: CONTROL_STEPS,
  board: BOARD_STEPS,
  plan: PLAN_STEPS,
};

// Fail at load, not on some workshop's first open, if a step was added with a gap or a duplicate.
for (const steps of Object.values(MIGRATIONS)) validateMigrationChain(steps, CURRENT_SCHEMA_VERSION);

export class SchemaTooNewError extends Error {
  override readonly name = 'SchemaTooNewError';
  readonly docName: DocName;
  readonly found: number;
  readonly supported: number;

  constructor(docName: DocName, found: number) {
    super(
      `${docName} document has schema version ${found}; this code supports up to ${CURRENT_SCHEMA_VERSION}`,
    );
    this.docName = docName;
    this.found = found;
    this.supported = CURRENT_SCHEMA_VERSION;
  }
}

export interface MigrationResult {
  from: number;
  to: number;
  /** Names of the steps run, in order; empty when the document was already current. */
  applied: string[];
}

/** Where each document keeps its version: control in `workshop`, board and plan in `meta`. */
function versionMap(docName: DocName, doc: Y.Doc): Y.Map<unknown> {
  return docName === 'control' ? workshopMap(doc) : metaMap(doc);
}

/** The stored version; absent or garbage reads as 0 (written before versioning). */
export function readSchemaVersion(docName: DocName, doc: Y.Doc): number {
  const value = versionMap(docName, doc).get(SCHEMA_VERSION_KEY);
  return typeof value === 'number' && Number.isFinite(value) && value > 0 ? Math.floor(value) : 0;
}

/** Idempotent: a current document is left untouched (no transaction, no update). */
export function migrateDoc(docName: DocName, doc: Y.Doc): MigrationResult {
  const from = readSchemaVersion(docName, doc);
  if (from > CURRENT_SCHEMA_VERSION) throw new SchemaTooNewError(docName, from);
  const pending = MIGRATIONS[docName].filter((step) => step.from >= from);
  if (pending.length === 0) return { from, to: from, applied: [] };
  doc.transact(() => {
    for (const step of pending) {
      step.run(doc);
      versionMap(docName, doc).set(SCHEMA_VERSION_KEY, step.to);
    }
  }, new ServerOrigin('migrate'));
  return { from, to: CURRENT_SCHEMA_VERSION, applied: pending.map((step) => step.name) };
}
