/** Migrations of the `board` document; its version is `meta.schemaVersion`. */
import * as Y from 'yjs';
import { itemsMap, votesMap } from '../ops/roots';
import type { MigrationStep } from './step';

export const BOARD_STEPS: readonly MigrationStep[] = [
  {
    // v0: boards written before versioning. Creates what v1 ops expect to find instead of racing to
    // create on first use: a `links` Y.Array on every item (a proposal's parent is its first link) and
    // a vote tally for every proposal. Existing values are kept, whatever their shape.
    name: 'initialize',
    from: 0,
    to: 1,
    run(doc) {
      const votes = votesMap(doc);
      for (const [id, record] of itemsMap(doc).entries()) {
        if (!(record instanceof Y.Map)) continue;
        if (!record.has('links')) {
          const parent = record.get('parent');
          const seed = record.get('kind') === 'proposal' && typeof parent === 'string' ? [parent] : [];
          record.set('links', Y.Array.from(seed));
        }
        if (!record.has('mergedInto')) record.set('mergedInto', null);
        if (record.get('kind') === 'proposal' && !votes.has(id)) votes.set(id, new Y.Map<number>());
      }
    },
  },
];
