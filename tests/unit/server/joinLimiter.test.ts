import { describe, expect, it } from 'vitest';
import { addressKey, JoinLimiter } from '../../../server/auth/joinLimiter';

const CENTRE = '10.0.0.1';

function limiterAt(clock: { now: number }) {
  return new JoinLimiter({
    perDevice: 3,
    deviceWindowMs: 60_000,
    addressBurst: 5,
    addressPerHour: 60,
    overBudgetDelayMs: 2_000,
    noticeWindowMs: 10 * 60_000,
    now: () => clock.now,
  });
}

/** A guess as the service makes it: admitted or not, and a failure recorded when it was checked. */
function guessWrong(limiter: JoinLimiter, address: string, device: string): string {
  const admission = limiter.admit(address, device);
  if (admission.kind === 'wait') return `wait:${admission.who}`;
  limiter.recordFailure(address, device);
  if (admission.kind === 'slow') admission.release();
  return admission.kind;
}

describe('JoinLimiter', () => {
  it('makes only the device that guessed wrong too often wait, and forgets after its window', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    expect([1, 2, 3, 4].map(() => guessWrong(limiter, CENTRE, 'a'))).toEqual([
      'check',
      'check',
      'check',
      'wait:device',
    ]);
    expect(limiter.admit(CENTRE, 'b')).toEqual({ kind: 'check' });
    clock.now = 60_001;
    expect(limiter.admit(CENTRE, 'a')).toEqual({ kind: 'check' });
  });

  it('counts every device of an address in one budget: a new device id per guess does not add to it', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    const answers = Array.from({ length: 8 }, (_, i) => guessWrong(limiter, CENTRE, `fresh-${i}`));
    // 5 from the burst, then one slow check at a time (released at once here), never more.
    expect(answers).toEqual(['check', 'check', 'check', 'check', 'check', 'slow', 'slow', 'slow']);
    expect(limiter.admit('10.0.0.2', 'fresh-0')).toEqual({ kind: 'check' });
  });

  it('over budget, checks one code at a time per address; the others are refused without a check', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    for (let i = 0; i < 5; i++) guessWrong(limiter, CENTRE, `attacker-${i}`);
    const held = limiter.admit(CENTRE, 'tablet');
    expect(held).toMatchObject({ kind: 'slow', delayMs: 2_000 });
    expect(limiter.admit(CENTRE, 'attacker-9')).toEqual({
      kind: 'wait',
      who: 'address',
      retryAfterMs: 2_000,
    });
    if (held.kind === 'slow') held.release();
    expect(limiter.admit(CENTRE, 'attacker-10')).toMatchObject({ kind: 'slow' });
  });

  it('gives the address its budget back over time: 60 an hour is one a minute', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    for (let i = 0; i < 5; i++) guessWrong(limiter, CENTRE, `d${i}`);
    expect(limiter.admit(CENTRE, 'late').kind).toBe('slow');
    clock.now = 60_000;
    expect(limiter.admit(CENTRE, 'later')).toEqual({ kind: 'check' });
  });

  it('counts wrong and refused attempts server-wide over the notice window', () => {
    const clock = { now: 0 };
    const limiter = limiterAt(clock);
    for (let i = 0; i < 4; i++) guessWrong(limiter, CENTRE, 'a');
    guessWrong(limiter, '192.168.1.9', 'b');
    expect(limiter.recentWrongAttempts()).toBe(5);
    clock.now = 11 * 60_000;
    expect(limiter.recentWrongAttempts()).toBe(0);
  });

  it('groups IPv6 addresses by /64 and reads IPv4-mapped addresses as IPv4', () => {
    expect(addressKey('2001:db8:1:2::5')).toBe(addressKey('2001:db8:1:2:ffff::9'));
    expect(addressKey('2001:db8:1:2::5')).not.toBe(addressKey('2001:db8:1:3::5'));
    expect(addressKey('::ffff:10.0.0.1')).toBe(addressKey('10.0.0.1'));
  });
});
