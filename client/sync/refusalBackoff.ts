/**
 * How soon a document reconnects after the server refused one of its updates (close 4422). The client
 * never reconnects with the state that was refused: every refusal drops the local copy first (see
 * DocConnection.resetAfterRefusal). But a screen that keeps writing something the server refuses would
 * reset, resync and be refused again in a tight circle; refusals that follow each other closely wait
 * longer and longer before the next connection, and a quiet spell forgives them.
 */
export const QUIET_AFTER_REFUSAL_MS = 30_000;
const FIRST_DELAY_MS = 1_000;
const MAX_DELAY_MS = 30_000;

export class RefusalBackoff {
  private lastRefusal: number | null = null;
  private inARow = 0;

  /** Records a refusal at `now` and returns how long to wait before reconnecting. */
  next(now: number): number {
    const close = this.lastRefusal !== null && now - this.lastRefusal < QUIET_AFTER_REFUSAL_MS;
    this.inARow = close ? this.inARow + 1 : 0;
    this.lastRefusal = now;
    if (this.inARow === 0) return 0;
    return Math.min(FIRST_DELAY_MS * 2 ** (this.inARow - 1), MAX_DELAY_MS);
  }
}
