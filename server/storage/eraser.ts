/**
 * Erases what deleted workshops left in the store, in steps short enough that other workshops never
 * notice: each step erases as many rows as fit in about `stepMs`, then yields the event loop. When no
 * row is left, the write-ahead log is checkpointed and truncated, and `erase()` resolves: from then on
 * no file holds a byte of them. Giving the freed pages back to the file system comes after, slower.
 */
import type { Logger } from '../log';
import type { Store } from './store';

export interface EraserOptions {
  /** Target length of one erase step on the event loop. */
  stepMs: number;
  /** Free pages given back per reclaim step (1 KB pages), and the pause between two steps. */
  reclaimPages: number;
  reclaimPauseMs: number;
}

export const DEFAULT_ERASER_OPTIONS: EraserOptions = { stepMs: 8, reclaimPages: 512, reclaimPauseMs: 10 };

const MIN_ROWS = 16;
const MAX_ROWS = 8192;
const CHECKPOINT_RETRIES = 50;

export class Eraser {
  private rows = 256;
  private running: Promise<void> | null = null;
  private queued: Promise<void> | null = null;
  private reclaimTimer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly store: Store,
    private readonly log: Logger,
    private readonly options: EraserOptions = DEFAULT_ERASER_OPTIONS,
  ) {}

  /** Resolves once every deleted workshop's rows are gone and the log holds none of their pages. */
  erase(): Promise<void> {
    if (this.queued) return this.queued;
    if (!this.running) return this.start();
    // A delete that lands while a pass runs needs a pass that checkpoints after its rows are gone;
    // every delete arriving meanwhile shares that one.
    const queued = this.running
      .catch(() => undefined)
      .then(() => {
        this.queued = null;
        return this.start();
      });
    this.queued = queued;
    return queued;
  }

  /** Stops the background work before the store closes. */
  stop(): void {
    this.stopped = true;
    if (this.reclaimTimer) clearTimeout(this.reclaimTimer);
    this.reclaimTimer = null;
  }

  private start(): Promise<void> {
    const pass: Promise<void> = this.pass().finally(() => {
      if (this.running === pass) this.running = null;
    });
    this.running = pass;
    return pass;
  }

  private async pass(): Promise<void> {
    this.cancelReclaim();
    while (!this.stopped && this.step() > 0) await yieldTurn();
    await this.checkpoint();
    this.scheduleReclaim();
  }

  /** One erase step, sized from the last one so it stays near `stepMs` whatever the rows weigh. */
  private step(): number {
    const started = performance.now();
    const erased = this.store.eraseDeleted(this.rows);
    // Checkpointing each step's pages at once costs about what the step wrote; left to the
    // autocheckpoint, they would be copied 4 MB at a time, a 40-60 ms stall on a loaded machine.
    if (erased > 0) this.store.checkpoint(false);
    const took = performance.now() - started;
    if (took > this.options.stepMs) this.rows = Math.max(MIN_ROWS, Math.floor(this.rows / 2));
    else if (took < this.options.stepMs / 4 && erased >= this.rows)
      this.rows = Math.min(MAX_ROWS, this.rows * 2);
    return erased;
  }

  private async checkpoint(): Promise<void> {
    for (let attempt = 0; attempt < CHECKPOINT_RETRIES && !this.stopped; attempt++) {
      if (this.store.checkpoint()) return;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (!this.stopped) this.log.warn('erase_checkpoint_busy', { retries: CHECKPOINT_RETRIES });
  }

  private scheduleReclaim(): void {
    if (this.stopped || this.reclaimTimer) return;
    this.reclaimTimer = setTimeout(() => this.reclaimStep(), this.options.reclaimPauseMs);
    this.reclaimTimer.unref();
  }

  private cancelReclaim(): void {
    if (this.reclaimTimer) clearTimeout(this.reclaimTimer);
    this.reclaimTimer = null;
  }

  private reclaimStep(): void {
    this.reclaimTimer = null;
    if (this.stopped || this.running) return;
    try {
      if (this.store.reclaimFreePages(this.options.reclaimPages) > 0) {
        this.scheduleReclaim();
        return;
      }
      // The file shrinks only when the moved pages are checkpointed.
      this.store.checkpoint();
    } catch (error) {
      this.log.warn('reclaim_failed', { error: String(error) });
    }
  }
}

function yieldTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
