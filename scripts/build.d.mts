/** Types of scripts/build.mjs for the TypeScript that imports it (the test set-up). */
export type BuildTarget = 'client' | 'server' | 'e2e';

export const TARGETS: Record<
  BuildTarget,
  { config: string; mode?: string; outDir?: string; outputs: string[]; sources: string[] }
>;

/** What `npm start`, `npm run build` and releases build: everything but the e2e tests' client. */
export const DEFAULT_TARGETS: BuildTarget[];

/** The targets whose outputs are missing or older than their newest source. */
export function staleTargets(root?: string, names?: readonly BuildTarget[]): BuildTarget[];

/** Builds the stale targets among `names` (the default ones) in a child process; resolves with them. */
export function ensureBuilt(names?: readonly BuildTarget[], root?: string): Promise<BuildTarget[]>;
