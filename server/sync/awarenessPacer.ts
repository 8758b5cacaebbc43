/**
 * When a room fans out its awareness (cursors, live drags). Every fan-out costs one send per connection,
 * whatever it carries, so the room holds a budget of sends per second: while the budget lasts, a change
 * goes out at once (in a calm room a cursor costs no wait at all); once the room spends faster than the
 * budget refills, changes wait and are merged, and the wait is what one fan-out to this many
 * connections is worth at the budget's rate. A busy room of 40 tablets thus gets a few hundred merged
 * fan-outs a second instead of 40 × 30; a room of 1,000 screens waits longer than a room of 10.
 *
 * No clock of its own: the room passes the time in, so the policy is tested without timers.
 */

export interface PacerPolicy {
  /** Sends (fan-outs × connections) per second the room may spend on awareness before merging. */
  sendsPerSecond: number;
  /** Sends a calm room may spend back to back: a burst of moves after a pause goes out unmerged. */
  burstSends: number;
  /** The longest a change ever waits: never later than the fixed 40 ms tick this replaced. */
  maxWaitMs: number;
}

/**
 * Workshop load (40 tablets × 5 Hz cursors) is 8,000 sends a second unmerged and fits within the budget;
 * stress (40 × 30 Hz) is 48,000 and is merged into a fan-out every 40 ÷ 12,000 s ≈ 3.3 ms (4 ms once
 * the room's timer rounds it up to whole milliseconds).
 */
export const DEFAULT_PACER_POLICY: PacerPolicy = {
  sendsPerSecond: 12_000,
  burstSends: 600,
  maxWaitMs: 40,
};

export class AwarenessPacer {
  private credit: number;
  private last: number;

  constructor(
    private readonly policy: PacerPolicy = DEFAULT_PACER_POLICY,
    now = 0,
  ) {
    this.credit = policy.burstSends;
    this.last = now;
  }

  /** A change arrived at `now` and no fan-out is waiting: ms until the fan-out (0: at once). */
  waitFor(now: number, connections: number): number {
    this.refill(now);
    const cost = Math.max(1, connections);
    // A rested room sends at once even when one fan-out costs more than the burst (a room of 1,000).
    if (this.credit >= Math.min(cost, this.policy.burstSends)) return 0;
    const wait = ((cost - this.credit) / this.policy.sendsPerSecond) * 1000;
    return Math.min(this.policy.maxWaitMs, wait);
  }

  /** A fan-out to `connections` went out at `now`. */
  sent(now: number, connections: number): void {
    this.refill(now);
    // Spent past the budget (the longest wait was reached): no debt, or the room would stay slow long
    // after it calmed down.
    this.credit = Math.max(0, this.credit - Math.max(1, connections));
  }

  private refill(now: number): void {
    const elapsed = Math.max(0, now - this.last);
    this.last = Math.max(this.last, now);
    this.credit = Math.min(
      this.policy.burstSends,
      this.credit + (elapsed / 1000) * this.policy.sendsPerSecond,
    );
  }
}
