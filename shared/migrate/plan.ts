/** Migrations of the `plan` document; its version is `meta.schemaVersion`. */
import * as Y from 'yjs';
import { actionsMap } from '../ops/roots';
import { ACTION_TEXT_FIELDS } from '../schema/plan';
import type { MigrationStep } from './step';

export const PLAN_STEPS: readonly MigrationStep[] = [
  {
    // v0: plans written before versioning. Every action gets the nested types v1 editors bind to: long
    // fields become Y.Text (a plain string keeps its words), plus `capabilities` and `links` when absent,
    // and a number when it has none (after the highest one, in creation order).
    name: 'initialize',
    from: 0,
    to: 1,
    run(doc) {
      const records = Array.from(actionsMap(doc).values()).filter(
        (r): r is Y.Map<unknown> => r instanceof Y.Map,
      );
      for (const record of records) {
        for (const field of ACTION_TEXT_FIELDS) {
          const value = record.get(field);
          if (!(value instanceof Y.Text))
            record.set(field, new Y.Text(typeof value === 'string' ? value : ''));
        }
        if (!record.has('capabilities')) record.set('capabilities', new Y.Map<number>());
        if (!record.has('links')) record.set('links', new Y.Array<string>());
      }
      numberUnnumbered(records);
    },
  },
];

function numberUnnumbered(records: Y.Map<unknown>[]): void {
  const numberOf = (record: Y.Map<unknown>) => record.get('number');
  let highest = 0;
  for (const record of records) {
    const number = numberOf(record);
    if (typeof number === 'number' && Number.isFinite(number)) highest = Math.max(highest, number);
  }
  const unnumbered = records
    .filter((record) => typeof numberOf(record) !== 'number' || !Number.isFinite(numberOf(record)))
    .sort((a, b) => createdAt(a) - createdAt(b));
  for (const record of unnumbered) record.set('number', ++highest);
}

function createdAt(record: Y.Map<unknown>): number {
  const value = record.get('createdAt');
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}
