/**
 * Builds the client once before a run that includes the end-to-end tests, when its build is missing or
 * older than its sources (the same check `npm start` makes). Runs of unit tests alone skip it, so an
 * unfinished client change elsewhere never blocks them.
 */
import { resolve } from 'node:path';
import { ensureClientBuild } from '../../server/build/ensureClientBuild';
import { E2E_CLIENT_DIR } from './e2eClientDir';

function runIncludesE2e(argv: readonly string[]): boolean {
  const filters = argv.slice(2).filter((arg) => !arg.startsWith('-') && arg !== 'run' && arg !== 'watch');
  return filters.length === 0 || filters.some((filter) => filter.includes('e2e'));
}

export default async function setup(): Promise<void> {
  if (!runIncludesE2e(process.argv)) return;
  // Vitest sets NODE_ENV=test, which the build would inherit and turn into React's development build.
  const nodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await ensureClientBuild(E2E_CLIENT_DIR, resolve('.'), { testBuild: true });
  } finally {
    process.env.NODE_ENV = nodeEnv;
  }
}
