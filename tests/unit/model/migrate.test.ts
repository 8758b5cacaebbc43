import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  MIGRATIONS,
  migrateDoc,
  readSchemaVersion,
  SchemaTooNewError,
} from '../../../shared/migrate/migrateDoc';
import {
  MigrationChainError,
  type MigrationStep,
  validateMigrationChain,
} from '../../../shared/migrate/step';
import { CURRENT_SCHEMA_VERSION } from '../../../shared/migrate/version';
import { ServerOrigin } from '../../../shared/ops/origin';
import { actionsMap, itemsMap, metaMap, votesMap, workshopMap } from '../../../shared/ops/roots';
import { readWorkshop } from '../../../shared/read/workshop';
import { DOC_NAMES } from '../../../shared/schema/roles';

const noop = () => {};

describe('migration chain', () => {
  it.each(DOC_NAMES)('%s steps lead from 0 to the current version', (docName) => {
    expect(() => validateMigrationChain(MIGRATIONS[docName], CURRENT_SCHEMA_VERSION)).not.toThrow();
  });

  it('rejects gaps, jumps, duplicates and chains that stop short', () => {
    const step = (name: string, from: number, to: number): MigrationStep => ({ name, from, to, run: noop });
    expect(() => validateMigrationChain([step('a', 0, 1), step('b', 2, 3)], 3)).toThrow(MigrationChainError);
    expect(() => validateMigrationChain([step('a', 0, 2)], 2)).toThrow(/not one version/);
    expect(() => validateMigrationChain([step('a', 0, 1), step('a', 1, 2)], 2)).toThrow(/duplicate/);
    expect(() => validateMigrationChain([step('a', 0, 1)], 2)).toThrow(/end at version 1/);
    expect(() => validateMigrationChain([step('a', 0, 1), step('b', 1, 2)], 2)).not.toThrow();
  });
});

describe('migrateDoc', () => {
  it('initializes an empty control document with default settings', () => {
    const doc = new Y.Doc();
    expect(migrateDoc('control', doc)).toEqual({ from: 0, to: 1, applied: ['initialize'] });
    expect(workshopMap(doc).get('schemaVersion')).toBe(1);
    expect(workshopMap(doc).get('phase')).toBe('welcome');
    expect(workshopMap(doc).has('capabilityAxes')).toBe(true);
  });

  it('never overwrites values present in a v0 control document, even odd ones', () => {
    const doc = new Y.Doc();
    workshopMap(doc).set('title', 'Atelier');
    workshopMap(doc).set('phase', 'propose');
    workshopMap(doc).set('votesPerParticipant', 'five');
    migrateDoc('control', doc);
    expect(workshopMap(doc).get('votesPerParticipant')).toBe('five');
    expect(readWorkshop(doc)).toMatchObject({ title: 'Atelier', phase: 'propose', votesPerParticipant: 3 });
  });

  it('creates board meta, links arrays and vote tallies for v0 boards', () => {
    const doc = new Y.Doc();
    itemsMap(doc).set(
      'p',
      new Y.Map<unknown>([
        ['kind', 'proposal'],
        ['parent', 'd'],
      ]),
    );
    itemsMap(doc).set(
      'keep',
      new Y.Map<unknown>([
        ['kind', 'activity'],
        ['links', ['x']],
      ]),
    );
    migrateDoc('board', doc);
    expect(metaMap(doc).get('schemaVersion')).toBe(1);
    expect((itemsMap(doc).get('p') as Y.Map<unknown>).get('links')).toBeInstanceOf(Y.Array);
    expect(((itemsMap(doc).get('p') as Y.Map<unknown>).get('links') as Y.Array<string>).toArray()).toEqual([
      'd',
    ]);
    expect((itemsMap(doc).get('keep') as Y.Map<unknown>).get('links')).toEqual(['x']);
    expect(votesMap(doc).get('p')).toBeInstanceOf(Y.Map);
  });

  it('upgrades v0 plan text fields to Y.Text keeping their words, and numbers unnumbered actions', () => {
    const doc = new Y.Doc();
    actionsMap(doc).set(
      'a',
      new Y.Map<unknown>([
        ['number', 4],
        ['context', 'Constat'],
      ]),
    );
    actionsMap(doc).set('b', new Y.Map<unknown>([['createdAt', 2]]));
    actionsMap(doc).set('c', new Y.Map<unknown>([['createdAt', 1]]));
    migrateDoc('plan', doc);
    const a = actionsMap(doc).get('a') as Y.Map<unknown>;
    expect(a.get('context')).toBeInstanceOf(Y.Text);
    expect(String(a.get('context'))).toBe('Constat');
    expect(a.get('capabilities')).toBeInstanceOf(Y.Map);
    expect((actionsMap(doc).get('c') as Y.Map<unknown>).get('number')).toBe(5);
    expect((actionsMap(doc).get('b') as Y.Map<unknown>).get('number')).toBe(6);
  });

  it('runs as one transaction with a ServerOrigin, and is idempotent (no second update)', () => {
    const doc = new Y.Doc();
    const origins: unknown[] = [];
    doc.on('afterTransaction', (transaction: Y.Transaction) => origins.push(transaction.origin));
    let updates = 0;
    doc.on('update', () => updates++);
    migrateDoc('plan', doc);
    expect(origins).toHaveLength(1);
    expect(origins[0]).toBeInstanceOf(ServerOrigin);
    expect(updates).toBe(1);
    expect(migrateDoc('plan', doc)).toEqual({ from: 1, to: 1, applied: [] });
    expect(updates).toBe(1);
    expect(origins).toHaveLength(1);
  });

  it('refuses a document newer than the code with a typed error, and writes nothing', () => {
    const doc = new Y.Doc();
    metaMap(doc).set('schemaVersion', CURRENT_SCHEMA_VERSION + 1);
    const before = Y.encodeStateVector(doc);
    let caught: unknown;
    try {
      migrateDoc('board', doc);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(SchemaTooNewError);
    expect(caught).toMatchObject({ docName: 'board', found: 2, supported: CURRENT_SCHEMA_VERSION });
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('reads a garbage version as 0', () => {
    const doc = new Y.Doc();
    workshopMap(doc).set('schemaVersion', 'v2');
    expect(readSchemaVersion('control', doc)).toBe(0);
    expect(migrateDoc('control', doc).applied).toEqual(['initialize']);
  });
});
