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
 * Stores every room's new updates in one transaction per event-loop turn. Commits one by one would cost
 * an fsync per message; batching by turn keeps "stored before relayed" at the price of one fsync per turn.
 */
export class GroupCommit {
  private readonly waiting = new Set<CommitParticipant>();
  private scheduled = false;

  constructor(private readonly store: Store) {}

  schedule(participant: CommitParticipant): void {
    this.waiting.add(participant);
    if (this.scheduled) return;
    this.scheduled = true;
    setImmediate(() => this.flush());
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
    this.scheduled = false;
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
