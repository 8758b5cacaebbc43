/** The shape of bench/results/<date>.json: every raw run, plus the rows RESULTS.md is made of. */
import type { AttackResults } from '../attack/section';
import type { PageRun } from '../browser/canvasRun';
import type { BundleReport } from '../bundle/bundle';
import type { ConcertationResults } from '../concertation/section';
import type { PersistenceRuns } from '../persistence/section';
import type { RoomsSection } from '../rooms/section';
import type { Percentiles, Spread } from '../stats/percentiles';
import type { FanoutSpec } from '../sync/fanout';
import type { SyncRuns } from '../sync/section';

export interface MachineNotes {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  kernel: string;
  taskset: boolean;
  /** /proc/loadavg before and after the run: other work on a shared machine shows up here. */
  loadBefore: string;
  loadAfter: string;
  peers: Record<string, string>;
}

export type Verdict = 'pass' | 'behind' | 'fail' | 'info' | 'n/a';

export interface Row {
  section: string;
  metric: string;
  target: string;
  fresco: string;
  bestPeer: string;
  /** Fresco ÷ best peer, median of per-repetition ratios with min–max. */
  ratio: Spread | null;
  verdict: Verdict;
}

export interface BrowserResults {
  sizes: number[];
  runs: PageRun[];
  /** Why a figure is missing (the page failed, the canvas API was absent). */
  notes: string[];
}

export interface BenchResults {
  date: string;
  quick: boolean;
  reps: number;
  durationSeconds: number;
  machine: MachineNotes;
  /** `fsyncFloor`: one write+fsync measurement per repetition (absent in results made before it). */
  sync?: { specs: FanoutSpec[]; runs: SyncRuns; fsyncFloor?: Percentiles[] };
  rooms?: RoomsSection;
  persistence?: PersistenceRuns;
  bundle?: { app: BundleReport; floor: BundleReport };
  browser?: BrowserResults;
  attack?: AttackResults;
  concertation?: ConcertationResults;
  rows: Row[];
  notes: string[];
}
