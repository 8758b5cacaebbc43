import { describe, expect, it } from 'vitest';
import { percentiles, quantileSorted, spread } from '../../../bench/stats/percentiles';
import { Samples } from '../../../bench/stats/samples';

describe('bench order statistics', () => {
  it('interpolates between closest ranks', () => {
    const sorted = Float64Array.from([10, 20, 30, 40, 50]);
    expect(quantileSorted(sorted, 0)).toBe(10);
    expect(quantileSorted(sorted, 0.5)).toBe(30);
    expect(quantileSorted(sorted, 1)).toBe(50);
    expect(quantileSorted(sorted, 0.95)).toBeCloseTo(48);
    expect(quantileSorted(new Float64Array(0), 0.5)).toBeNaN();
  });

  it('sorts numerically, not as strings, before taking percentiles', () => {
    const values = [9, 100, 8, 1000, 7, 10, 6, 5, 4, 3, 2, 1];
    const result = percentiles(values);
    expect(result.count).toBe(12);
    expect(result.p50).toBeCloseTo(6.5);
    expect(result.max).toBe(1000);
    expect(result.p99).toBeGreaterThan(result.p95);
  });

  it('summarises repetitions as median with min and max, ignoring failed runs', () => {
    expect(spread([3, 1, Number.NaN, 2])).toEqual({ median: 2, min: 1, max: 3, runs: 3 });
    expect(spread([]).runs).toBe(0);
  });

  it('grows the sample buffer without losing values', () => {
    const samples = new Samples();
    for (let i = 0; i < 5000; i++) samples.push(i);
    expect(samples.length).toBe(5000);
    expect(samples.values()[4999]).toBe(4999);
    expect(percentiles(samples.values()).p50).toBeCloseTo(2499.5);
  });
});
