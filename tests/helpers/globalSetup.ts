/**
 * Builds, once before a run, what its tests need when it is missing or older than its sources (the same
 * check `npm start` makes, scripts/build.mjs): the client for the end-to-end tests, the compiled server
 * for the tests that run it (and the release). Runs of other tests alone skip it, so an unfinished client
 * change elsewhere never blocks them.
 */
import { type BuildTarget, ensureBuilt } from '../../scripts/build.mjs';

/** Test paths that need each build: a run needs it when one of its filters names part of such a path. */
const NEEDS: Record<BuildTarget, string[]> = {
  client: ['tests/e2e/', 'tests/integration/release'],
  server: ['tests/integration/compiledServer', 'tests/integration/release'],
};

function filtersOf(argv: readonly string[]): string[] {
  return argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && arg !== 'watch');
}

export function targetsFor(argv: readonly string[]): BuildTarget[] {
  const filters = filtersOf(argv);
  const wants = (path: string) =>
    filters.length === 0 || filters.some((filter) => path.includes(filter) || filter.includes(path));
  return (Object.keys(NEEDS) as BuildTarget[]).filter((target) => NEEDS[target].some(wants));
}

export default async function setup(): Promise<void> {
  const targets = targetsFor(process.argv);
  if (targets.length > 0) await ensureBuilt(targets);
}
