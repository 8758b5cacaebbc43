/** Types of scripts/build.mjs for the TypeScript that imports it (the test set-up). */
export type BuildTarget = 'client' | 'server';

export const TARGETS: Record<BuildTarget, { config: string; outputs: string[]; sources: string[] }>;

/** The targets whose outputs are missing or older than their newest source. */
export function staleTargets(root?: string, names?: readonly BuildTarget[]): BuildTarget[];

/** Builds the stale targets among `names` (all by default) in a child process; resolves with them. */
export function ensureBuilt(names?: readonly BuildTarget[], root?: string): Promise<BuildTarget[]>;
