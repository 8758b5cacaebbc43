import { describe, expect, it } from 'vitest';
import { JoinLimiter } from '../../../server/auth/joinLimiter';
import { TokenBucket } from '../../../server/sync/tokenBucket';

describe('TokenBucket', () => {
  it('allows a burst, then refills at its rate', () => {
    let now = 0;
    const bucket = new TokenBucket(3, 2, () => now);
    expect([bucket.take(), bucket.take(), bucket.take(), bucket.take()]).toEqual([true, true, true, false]);
    now += 500;
    expect(bucket.take()).toBe(true);
    expect(bucket.take()).toBe(false);
  });
});

describe('JoinLimiter', () => {
  it('blocks one device after its budget without blocking its neighbours, and forgets after the window', () => {
    let now = 0;
    const limiter = new JoinLimiter({ windowMs: 1000, perDevice: 2, perAddress: 5, now: () => now });
    limiter.recordFailure('10.0.0.1', 'a');
    limiter.recordFailure('10.0.0.1', 'a');
    expect(limiter.isBlocked('10.0.0.1', 'a')).toBe(true);
    expect(limiter.isBlocked('10.0.0.1', 'b')).toBe(false);
    now = 1001;
    expect(limiter.isBlocked('10.0.0.1', 'a')).toBe(false);
  });

  it('blocks an address that rotates device ids', () => {
    const limiter = new JoinLimiter({ windowMs: 1000, perDevice: 2, perAddress: 3, now: () => 0 });
    for (const device of ['a', 'b', 'c']) limiter.recordFailure('10.0.0.2', device);
    expect(limiter.isBlocked('10.0.0.2', 'fresh')).toBe(true);
    expect(limiter.isBlocked('10.0.0.3', 'fresh')).toBe(false);
  });
});
