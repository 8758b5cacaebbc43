import type * as Y from 'yjs';

/**
 * One named migration of one document, from a schema version to the next. `run` only fills and
 * upgrades (never drops what a peer wrote) and runs inside migrateDoc's transaction, which then stores
 * `to` as the document's version. Released steps are frozen: change the data with a new step instead.
 */
export interface MigrationStep {
  name: string;
  from: number;
  to: number;
  run(doc: Y.Doc): void;
}

export class MigrationChainError extends Error {
  override readonly name = 'MigrationChainError';
}

/**
 * Checks that steps lead from version 0 to `current` one version at a time, with unique names, so
 * every stored version has exactly one path to the current one. Throws MigrationChainError otherwise.
 */
export function validateMigrationChain(steps: readonly MigrationStep[], current: number): void {
  const names = new Set<string>();
  let version = 0;
  for (const step of steps) {
    if (names.has(step.name)) throw new MigrationChainError(`duplicate step name "${step.name}"`);
    names.add(step.name);
    if (step.from !== version) {
      throw new MigrationChainError(`step "${step.name}" starts at ${step.from}, expected ${version}`);
    }
    if (step.to !== step.from + 1) {
      throw new MigrationChainError(
        `step "${step.name}" goes from ${step.from} to ${step.to}, not one version`,
      );
    }
    version = step.to;
  }
  if (version !== current)
    throw new MigrationChainError(`steps end at version ${version}, expected ${current}`);
}
