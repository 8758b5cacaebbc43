/** What every section of the bench gets: the run's settings, a logger, and temp dirs it cleans up. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface BenchContext {
  quick: boolean;
  /** Only these servers (development runs); null for all. */
  only: readonly string[] | null;
  /** Interleaved repetitions after the discarded warm-up. */
  reps: number;
  log(line: string): void;
  tempDir(label: string): string;
  /** Removes every temp dir made so far. */
  cleanup(): void;
}

export function createContext(
  quick: boolean,
  reps: number,
  only: readonly string[] | null = null,
): BenchContext {
  const dirs: string[] = [];
  const started = Date.now();
  return {
    quick,
    only,
    reps,
    log(line) {
      const seconds = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
      console.log(`[${seconds}s] ${line}`);
    },
    tempDir(label) {
      const dir = mkdtempSync(join(tmpdir(), `fresco-bench-${label}-`));
      dirs.push(dir);
      return dir;
    },
    cleanup() {
      for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The servers of a section, less those left out by `--servers=` (development runs). */
export function chosen<T extends string>(context: BenchContext, servers: readonly T[]): T[] {
  return context.only ? servers.filter((id) => context.only?.includes(id)) : [...servers];
}

/** Rotates the order each repetition, so no server always runs first (or right after the heaviest one). */
export function interleaved<T>(items: readonly T[], rep: number): T[] {
  const shift = rep % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

/** Appends a run's result to the list of one server (or one key). */
export function record<K extends string, V>(into: Partial<Record<K, V[]>>, key: K, value: V): void {
  const list = into[key] ?? [];
  list.push(value);
  into[key] = list;
}
