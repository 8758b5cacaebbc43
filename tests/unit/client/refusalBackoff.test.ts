import { describe, expect, it } from 'vitest';
import { RefusalBackoff } from '../../../client/sync/refusalBackoff';

describe('RefusalBackoff', () => {
  it('reconnects at once after a lone refusal, and waits longer for each refusal that follows closely', () => {
    const backoff = new RefusalBackoff();
    expect(backoff.next(0)).toBe(0);
    expect(backoff.next(2_000)).toBe(1_000);
    expect(backoff.next(4_000)).toBe(2_000);
    expect(backoff.next(6_000)).toBe(4_000);
    for (let at = 8_000; at < 20_000; at += 2_000) backoff.next(at);
    expect(backoff.next(20_000)).toBe(30_000);
  });

  it('forgives after a quiet spell of 30 s', () => {
    const backoff = new RefusalBackoff();
    backoff.next(0);
    expect(backoff.next(1_000)).toBe(1_000);
    expect(backoff.next(31_001)).toBe(0);
  });
});
