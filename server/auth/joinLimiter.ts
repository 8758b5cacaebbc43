/**
 * Limits join-code guessing without locking a neighbourhood centre out. Every tablet of a centre sits
 * behind one NAT address, and devices name themselves (a header anyone can change), so:
 * - Each device has a small budget of wrong codes; only a device that spent it waits.
 * - Each address has one budget of wrong codes for all its devices together (a burst for a room full of
 *   tablets mistyping at the start, refilled slowly): a new device header per guess does not add to it.
 * - Once the address has spent its budget, codes from it are still checked, one at a time, and every
 *   answer (right or wrong) comes after the same delay; a request that finds the check busy is refused
 *   unchecked. A right code therefore still gets in, seconds after a burst of wrong ones; an attacker
 *   learns nothing faster than one code per delay, however many requests or device ids it sends.
 * Measured on main: 200 wrong codes in 0.4 s locked the right code out for 10 minutes for every device
 * behind the address, and a fresh device header per guess allowed 1,200 guesses an hour.
 */
export interface JoinLimiterOptions {
  /** Wrong codes one device may make within `deviceWindowMs` before it has to wait. */
  perDevice: number;
  deviceWindowMs: number;
  /** Wrong codes an address may make at once, and how many it gets back per hour. */
  addressBurst: number;
  addressPerHour: number;
  /** Once the address budget is spent: how long each (serialized) check makes its answer wait. */
  overBudgetDelayMs: number;
  /** The span over which wrong codes are counted for the facilitators' notice. */
  noticeWindowMs: number;
  now?: () => number;
}

export const DEFAULT_JOIN_LIMITS: JoinLimiterOptions = {
  perDevice: 10,
  deviceWindowMs: 10 * 60_000,
  addressBurst: 60,
  addressPerHour: 30,
  overBudgetDelayMs: 30_000,
  noticeWindowMs: 10 * 60_000,
};

/** What to do with a join attempt, decided before its code is looked at. */
export type Admission =
  /** Check the code now. */
  | { kind: 'check' }
  /** Check the code after `delayMs`, then call `release` (the address's one over-budget check). */
  | { kind: 'slow'; delayMs: number; release: () => void }
  /** Refuse without checking; `who` says whose budget is spent. */
  | { kind: 'wait'; who: 'device' | 'address'; retryAfterMs: number };

interface AddressState {
  tokens: number;
  updatedAt: number;
  checking: boolean;
}

const MAX_TRACKED = 50_000;

export class JoinLimiter {
  private readonly deviceFailures = new Map<string, number[]>();
  private readonly addresses = new Map<string, AddressState>();
  /** Wrong or refused attempts, server-wide, for the notice: [minute, count] pairs, oldest first. */
  private readonly recentByMinute: Array<[number, number]> = [];
  private readonly options: JoinLimiterOptions;
  private readonly now: () => number;

  constructor(options: Partial<JoinLimiterOptions> = {}) {
    this.options = { ...DEFAULT_JOIN_LIMITS, ...options };
    this.now = options.now ?? Date.now;
  }

  admit(address: string, device: string): Admission {
    const deviceWait = this.deviceWaitMs(deviceKey(address, device));
    if (deviceWait > 0) return this.refused('device', deviceWait);
    const key = addressKey(address);
    // An address that never guessed wrong keeps no state: right codes alone cost no memory.
    if (!this.addresses.has(key)) return { kind: 'check' };
    const state = this.addressState(key);
    if (state.tokens >= 1) return { kind: 'check' };
    if (state.checking) return this.refused('address', this.options.overBudgetDelayMs);
    state.checking = true;
    return {
      kind: 'slow',
      delayMs: this.options.overBudgetDelayMs,
      release: () => {
        state.checking = false;
      },
    };
  }

  /** A code was checked and opened no workshop. */
  recordFailure(address: string, device: string): void {
    const key = deviceKey(address, device);
    const list = this.deviceFailures.get(key) ?? [];
    list.push(this.now());
    this.deviceFailures.set(key, list);
    const state = this.addressState(addressKey(address));
    state.tokens = Math.max(0, state.tokens - 1);
    this.count();
    if (this.deviceFailures.size > MAX_TRACKED || this.addresses.size > MAX_TRACKED) this.prune();
  }

  /** Wrong or refused join attempts on the whole server within `noticeWindowMs`. */
  recentWrongAttempts(): number {
    const since = this.minute(this.now() - this.options.noticeWindowMs);
    while ((this.recentByMinute[0]?.[0] ?? since) < since) this.recentByMinute.shift();
    return this.recentByMinute.reduce((sum, [, count]) => sum + count, 0);
  }

  get noticeWindowMs(): number {
    return this.options.noticeWindowMs;
  }

  private refused(who: 'device' | 'address', retryAfterMs: number): Admission {
    this.count();
    return { kind: 'wait', who, retryAfterMs };
  }

  private count(): void {
    const minute = this.minute(this.now());
    const last = this.recentByMinute[this.recentByMinute.length - 1];
    if (last && last[0] === minute) last[1] += 1;
    else this.recentByMinute.push([minute, 1]);
    if (this.recentByMinute.length > 120) this.recentByMinute.shift();
  }

  private minute(at: number): number {
    return Math.floor(at / 60_000);
  }

  /** 0 while the device may still guess; else how long until its oldest wrong code leaves the window. */
  private deviceWaitMs(key: string): number {
    const list = this.deviceFailures.get(key);
    if (!list) return 0;
    const since = this.now() - this.options.deviceWindowMs;
    while (list.length > 0 && (list[0] ?? 0) <= since) list.shift();
    if (list.length === 0) {
      this.deviceFailures.delete(key);
      return 0;
    }
    if (list.length < this.options.perDevice) return 0;
    return (list[0] ?? 0) + this.options.deviceWindowMs - this.now();
  }

  /** The address's budget, refilled for the time since it was last looked at. */
  private addressState(key: string): AddressState {
    const now = this.now();
    let state = this.addresses.get(key);
    if (!state) {
      state = { tokens: this.options.addressBurst, updatedAt: now, checking: false };
      this.addresses.set(key, state);
    }
    const refill = ((now - state.updatedAt) / 3_600_000) * this.options.addressPerHour;
    state.tokens = Math.min(this.options.addressBurst, state.tokens + refill);
    state.updatedAt = now;
    return state;
  }

  /** Keeps memory bounded under a flood of distinct devices or addresses. */
  private prune(): void {
    for (const key of [...this.deviceFailures.keys()]) this.deviceWaitMs(key);
    for (const [key, state] of [...this.addresses]) {
      if (state.checking) continue;
      if (this.addressState(key).tokens >= this.options.addressBurst) this.addresses.delete(key);
    }
  }
}

function deviceKey(address: string, device: string): string {
  return `d:${addressKey(address)}:${device}`;
}

/**
 * One budget per IPv4 address, and per /64 for IPv6: a single IPv6 host usually holds a whole /64, so
 * counting per address would let it rotate through 2^64 of them.
 */
export function addressKey(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return `a:${mapped[1]}`;
  if (!address.includes(':')) return `a:${address}`;
  return `a:${expandIpv6(address).slice(0, 4).join(':')}::/64`;
}

function expandIpv6(address: string): string[] {
  const [head = '', tail] = address.split('%')[0]?.split('::') ?? [''];
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(Math.max(0, 8 - left.length - right.length)).fill('0');
  return [...left, ...fill, ...right].map((group) => group.toLowerCase().replace(/^0+(?=.)/, ''));
}
