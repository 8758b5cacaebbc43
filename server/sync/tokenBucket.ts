/** One clock for every bucket of the process: a default closure per bucket is held by each connection. */
const monotonicNow = (): number => performance.now();

/** A budget of messages or bytes: bursts are fine, a sustained flood is not. */
export class TokenBucket {
  private tokens: number;
  private last: number;

  constructor(
    private readonly capacity: number,
    private readonly refillPerSecond: number,
    private readonly now: () => number = monotonicNow,
  ) {
    this.tokens = capacity;
    this.last = now();
  }

  take(amount = 1): boolean {
    const at = this.now();
    this.tokens = Math.min(this.capacity, this.tokens + ((at - this.last) / 1000) * this.refillPerSecond);
    this.last = at;
    if (this.tokens < amount) return false;
    this.tokens -= amount;
    return true;
  }
}
