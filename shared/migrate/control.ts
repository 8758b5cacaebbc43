/** Migrations of the `control` document; its version is `workshop.schemaVersion`. */
import { workshopMap } from '../ops/roots';
import { defaultWorkshopSettings } from '../schema/defaults';
import type { MigrationStep } from './step';

export const CONTROL_STEPS: readonly MigrationStep[] = [
  {
    // v0: documents written before versioning. Every setting a v1 reader expects gets its default when
    // absent; values present are kept, even odd ones (readers coerce them).
    name: 'initialize',
    from: 0,
    to: 1,
    run(doc) {
      const map = workshopMap(doc);
      for (const [key, value] of Object.entries(defaultWorkshopSettings())) {
        if (key !== 'schemaVersion' && !map.has(key)) map.set(key, value);
      }
    },
  },
];
