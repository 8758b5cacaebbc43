/**
 * The awareness pacer replaced a fixed 40 ms tick, which made every cursor 40 ms late in a calm room.
 * These pin the choice: at once while the room spends within its budget, merged when it spends faster.
 */
import { describe, expect, it } from 'vitest';
import { AwarenessPacer, type PacerPolicy } from '../../../server/sync/awarenessPacer';

const POLICY: PacerPolicy = { sendsPerSecond: 12_000, burstSends: 600, maxWaitMs: 40 };

/**
 * Drives a pacer the way a room does: a change arriving while a fan-out waits is merged into it; one
 * arriving while none waits asks the pacer when to go. Returns each change's wait, and the fan-outs.
 */
function simulate(arrivals: number[], connections: number, policy = POLICY) {
  const pacer = new AwarenessPacer(policy, 0);
  const waits: number[] = [];
  const fanouts: number[] = [];
  let due: number | null = null;
  for (const at of arrivals) {
    if (due !== null && due <= at) {
      pacer.sent(due, connections);
      fanouts.push(due);
      due = null;
    }
    if (due === null) {
      const wait = pacer.waitFor(at, connections);
      if (wait === 0) {
        pacer.sent(at, connections);
        fanouts.push(at);
      } else due = at + wait;
    }
    waits.push(due === null ? 0 : due - at);
  }
  if (due !== null) fanouts.push(due);
  const gaps = fanouts.slice(1).map((at, i) => at - (fanouts[i] as number));
  return { waits, fanouts: fanouts.length, gaps, maxWait: Math.max(...waits) };
}

/** `count` changes spaced `everyMs` apart, starting at `from`. */
function steady(count: number, everyMs: number, from = 1_000): number[] {
  return Array.from({ length: count }, (_, i) => from + i * everyMs);
}

describe('AwarenessPacer', () => {
  it('sends the first change of a calm room at once', () => {
    expect(new AwarenessPacer(POLICY, 0).waitFor(5_000, 40)).toBe(0);
  });

  it('sends every cursor at once at workshop load (40 tablets × 5 Hz: 8,000 sends a second)', () => {
    const run = simulate(steady(1_000, 5), 40);
    expect(run.maxWait).toBe(0);
    expect(run.fanouts).toBe(1_000);
  });

  it('merges under stress (40 tablets × 30 Hz) into a fan-out every 3.3 ms, 12,000 sends a second', () => {
    // One second of changes, 1,200 of them.
    const run = simulate(steady(1_200, 1000 / 1_200), 40);
    expect(run.maxWait).toBeLessThanOrEqual(3.34);
    // Once the burst is spent, fan-outs are 40 ÷ 12,000 s apart.
    for (const gap of run.gaps.slice(100)) expect(gap).toBeCloseTo(3.33, 1);
    // 600 sends of burst (15 fan-outs, and what refills meanwhile) then 12,000 a second: about 300.
    expect(run.fanouts).toBeGreaterThanOrEqual(300);
    expect(run.fanouts).toBeLessThanOrEqual(325);
  });

  it('waits longer the more connections a fan-out reaches, never past the longest wait', () => {
    const pacer = new AwarenessPacer(POLICY, 0);
    pacer.sent(1_000, 1_000);
    // 200 connections: 200 ÷ 12,000 s.
    expect(pacer.waitFor(1_000, 200)).toBeCloseTo(16.67, 1);
    expect(pacer.waitFor(1_000, 400)).toBeCloseTo(33.33, 1);
    expect(pacer.waitFor(1_000, 1_000)).toBe(40);
    expect(simulate(steady(2_000, 0.5), 1_000).maxWait).toBe(40);
  });

  it('is calm again once the burst has refilled (600 sends: 50 ms)', () => {
    const pacer = new AwarenessPacer(POLICY, 0);
    for (let i = 0; i < 20; i++) pacer.sent(1_000, 40);
    expect(pacer.waitFor(1_000, 40)).toBeGreaterThan(0);
    expect(pacer.waitFor(1_050, 40)).toBe(0);
  });

  it('sends at once in a rested room even when one fan-out costs more than the burst', () => {
    const pacer = new AwarenessPacer(POLICY, 0);
    expect(pacer.waitFor(1_000, 2_000)).toBe(0);
    pacer.sent(1_000, 2_000);
    expect(pacer.waitFor(1_001, 2_000)).toBe(40);
  });

  it('takes a clock that steps back as no time passed', () => {
    const pacer = new AwarenessPacer(POLICY, 0);
    for (let i = 0; i < 20; i++) pacer.sent(1_000, 40);
    const wait = pacer.waitFor(1_000, 40);
    expect(pacer.waitFor(900, 40)).toBe(wait);
  });
});
