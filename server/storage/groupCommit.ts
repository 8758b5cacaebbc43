import type { Store, UpdateEntry } from './store';

/** A room's share of one group commit. */
export interface CommitParticipant {
  /** Hands over what the room has not stored yet, merged, or null when it has nothing. */
  takePending(): UpdateEntry | null;
  /** Called once the entry is on disk: now, and only now, the room may relay it. */
  committed(seq: number): void;
  commitFailed(error: unknown): void;
}

/**
 * When a commit waits for more updates. An fsync'd commit costs the disk whole 4 KB blocks whatever it
 * holds: measured here about 7 KB for one 160-byte row and 9.6 KB for one of 0.5-1 KB (the log's leaf,
 * an overflow page, the header page and the pointer map of `auto_vacuum`, each a 1 KB frame of the
 * write-ahead log). A server committing a 70-byte drag every 3 ms so writes 40 bytes per byte it keeps.
 * Waiting a little when updates pour in makes one commit of a kilobyte or more out of many. The bench's
 * drag burst (40 tablets at 20 Hz for 2 s) made 365-744 commits (26-53x) without the window; an
 * in-process replay of it made 125 at 12 ms (9.8x), 101 at 16 ms (8.1x), 83 at 20 ms (6.9x) on a
 * loaded machine. A quiet machine commits closer to every `maxDelayMs`: at 16 ms that is about 125
 * commits, level with 10x, so the window is 20 ms. The price is up to that much latency, only while busy.
 * A quiet room never waits: the window opens only when `busyArrivals` updates came within
 * `busyWindowMs` (40 tablets at the workshop's pace send one every 50 ms), as PostgreSQL's
 * `commit_delay` applies only with `commit_siblings` transactions active.
 */
export interface CommitPolicy {
  busyArrivals: number;
  busyWindowMs: number;
  /** While busy, the longest the oldest pending update waits for others before it is stored. */
  maxDelayMs: number;
  /** While busy, a commit goes at once when this many bytes are pending: waiting more saves little. */
  batchBytes: number;
}

export const DEFAULT_COMMIT_POLICY: CommitPolicy = {
  busyArrivals: 16,
  busyWindowMs: 40,
  maxDelayMs: 20,
  batchBytes: 1536,
};

/**
 * Stores every room's new updates in one transaction: one per event-loop turn when the server is quiet,
 * one per short window when it is busy (see `CommitPolicy`). Commits one by one would cost an fsync per
 * message; batching keeps "stored before relayed" at the price of one fsync per batch.
 */
export class GroupCommit {
  private readonly waiting = new Set<CommitParticipant>();
  private immediate: NodeJS.Immediate | null = null;
  private timer: NodeJS.Timeout | null = null;
  /** When the last `busyArrivals` updates arrived, oldest first once full (a ring). */
  private readonly arrivals: Float64Array;
  private arrivalCount = 0;
  private pendingBytes = 0;
  private firstPendingAt = 0;

  constructor(
    private readonly store: Store,
    private readonly policy: CommitPolicy = DEFAULT_COMMIT_POLICY,
  ) {
    this.arrivals = new Float64Array(Math.max(1, policy.busyArrivals));
  }

  schedule(participant: CommitParticipant, bytes = 0): void {
    const now = performance.now();
    this.arrivals[this.arrivalCount % this.arrivals.length] = now;
    this.arrivalCount += 1;
    if (this.pendingBytes === 0) this.firstPendingAt = now;
    this.pendingBytes += bytes;
    this.waiting.add(participant);
    if (this.immediate) return;
    const wait = this.waitFor(now);
    if (wait <= 0) {
      if (this.timer) clearTimeout(this.timer);
      this.timer = null;
      this.immediate = setImmediate(() => this.flush());
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.flush(), wait);
    }
  }

  /** How much longer the pending updates should wait for others; 0 or less: store them this turn. */
  private waitFor(now: number): number {
    const { busyArrivals, busyWindowMs, maxDelayMs, batchBytes } = this.policy;
    if (maxDelayMs <= 0 || this.pendingBytes >= batchBytes || this.arrivalCount < busyArrivals) return 0;
    const oldest = this.arrivals[this.arrivalCount % this.arrivals.length] as number;
    if (now - oldest > busyWindowMs) return 0;
    return maxDelayMs - (now - this.firstPendingAt);
  }

  /**
   * Takes a room out of the next commit: what it had pending is never stored. For a workshop being
   * deleted; a commit is synchronous, so no batch is half-way to disk when this runs.
   */
  discard(participant: CommitParticipant): void {
    this.waiting.delete(participant);
  }

  /** Runs the pending commit now; used at shutdown and by rooms that must be durable before acting. */
  flush(): void {
    if (this.immediate) clearImmediate(this.immediate);
    if (this.timer) clearTimeout(this.timer);
    this.immediate = null;
    this.timer = null;
    this.pendingBytes = 0;
    if (this.waiting.size === 0) return;
    const participants = [...this.waiting];
    this.waiting.clear();
    const batch: Array<{ participant: CommitParticipant; entry: UpdateEntry }> = [];
    for (const participant of participants) {
      const entry = participant.takePending();
      if (entry) batch.push({ participant, entry });
    }
    if (batch.length === 0) return;
    let seqs: number[];
    try {
      seqs = this.store.appendUpdates(batch.map((item) => item.entry));
    } catch (error) {
      for (const item of batch) item.participant.commitFailed(error);
      return;
    }
    for (const [index, item] of batch.entries()) item.participant.committed(seqs[index] ?? 0);
  }
}
