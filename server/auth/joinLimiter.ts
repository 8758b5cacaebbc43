/**
 * Limits wrong join-code guesses. A neighbourhood centre puts every tablet behind one NAT address, so
 * one tablet's mistakes must not lock the others out: failures are counted per (address, device) with
 * a small budget, and per address with a budget large enough for a room full of tablets but far too
 * small to walk a million codes.
 */
export interface JoinLimiterOptions {
  windowMs: number;
  perDevice: number;
  perAddress: number;
  now?: () => number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimiterOptions = {
  windowMs: 10 * 60_000,
  perDevice: 10,
  perAddress: 200,
};

export class JoinLimiter {
  private readonly failures = new Map<string, number[]>();
  private readonly options: JoinLimiterOptions;
  private readonly now: () => number;

  constructor(options: JoinLimiterOptions = DEFAULT_JOIN_LIMITS) {
    this.options = options;
    this.now = options.now ?? Date.now;
  }

  isBlocked(address: string, device: string): boolean {
    return (
      this.recent(deviceKey(address, device)) >= this.options.perDevice ||
      this.recent(addressKey(address)) >= this.options.perAddress
    );
  }

  recordFailure(address: string, device: string): void {
    const at = this.now();
    for (const key of [deviceKey(address, device), addressKey(address)]) {
      const list = this.failures.get(key) ?? [];
      list.push(at);
      this.failures.set(key, list);
    }
    if (this.failures.size > 50_000) this.prune();
  }

  private recent(key: string): number {
    const list = this.failures.get(key);
    if (!list) return 0;
    const since = this.now() - this.options.windowMs;
    while (list.length > 0 && (list[0] ?? 0) < since) list.shift();
    if (list.length === 0) this.failures.delete(key);
    return list.length;
  }

  /** Keeps memory bounded under a flood of distinct devices. */
  private prune(): void {
    for (const key of [...this.failures.keys()]) this.recent(key);
  }
}

function deviceKey(address: string, device: string): string {
  return `d:${address}:${device}`;
}

function addressKey(address: string): string {
  return `a:${address}`;
}
