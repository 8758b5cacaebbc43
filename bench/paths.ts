import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const BENCH_DIR = dirname(fileURLToPath(import.meta.url));
export const REPO_ROOT = dirname(BENCH_DIR);
export const PEERS_DIR = join(BENCH_DIR, 'peers');
export const RESULTS_DIR = join(BENCH_DIR, 'results');
