/**
 * Remembers which tokens had updates refused by the gate, so a token that keeps sending what the gate
 * refuses cannot make the server read a crafted megabyte again and again: after a second refusal in a
 * minute its upgrades wait a few seconds, then longer. An honest tablet is refused at most once (it then
 * starts again from the server's state), so it reconnects at once.
 */
export interface RefusalLedgerOptions {
  windowMs: number;
  /** Wait after the 2nd refusal in the window, and after the 3rd or more. */
  secondWaitMs: number;
  laterWaitMs: number;
  now?: () => number;
}

export const DEFAULT_REFUSAL_OPTIONS: RefusalLedgerOptions = {
  windowMs: 60_000,
  secondWaitMs: 5_000,
  laterWaitMs: 30_000,
};

interface Entry {
  refusals: number[];
  until: number;
}

const MAX_ENTRIES = 10_000;

export class RefusalLedger {
  private readonly entries = new Map<string, Entry>();
  private readonly now: () => number;

  constructor(private readonly options: RefusalLedgerOptions = DEFAULT_REFUSAL_OPTIONS) {
    this.now = options.now ?? Date.now;
  }

  record(tokenHash: string): void {
    const at = this.now();
    const entry = this.entries.get(tokenHash) ?? { refusals: [], until: 0 };
    entry.refusals = entry.refusals.filter((time) => time > at - this.options.windowMs);
    entry.refusals.push(at);
    const count = entry.refusals.length;
    if (count >= 2) entry.until = at + (count === 2 ? this.options.secondWaitMs : this.options.laterWaitMs);
    this.entries.set(tokenHash, entry);
    if (this.entries.size > MAX_ENTRIES) this.prune(at);
  }

  /** Milliseconds this token must still wait before it may open a socket; 0 when it may. */
  waitFor(tokenHash: string): number {
    const entry = this.entries.get(tokenHash);
    return entry ? Math.max(0, entry.until - this.now()) : 0;
  }

  private prune(at: number): void {
    for (const [key, entry] of this.entries) {
      if (entry.until <= at && entry.refusals.every((time) => time <= at - this.options.windowMs)) {
        this.entries.delete(key);
      }
    }
  }
}
