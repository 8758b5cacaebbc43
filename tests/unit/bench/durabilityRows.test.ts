import { describe, expect, it } from 'vitest';
import { durabilityRows } from '../../../bench/report/durabilityRows';
import type { FanoutResult } from '../../../bench/sync/fanout';

const run = (p95: number) => ({ edit: { count: 1, p50: 0, p95, p99: 0, max: 0 } }) as FanoutResult;
const floor = (p50: number, p95: number) => ({ count: 300, p50, p95, p99: 0, max: 0 });

describe('durability rows', () => {
  it('divides Fresco FULL by stock + the floor and NORMAL by stock, repetition by repetition', () => {
    const rows = durabilityRows(
      { fresco: [run(3), run(6)], 'fresco-normal': [run(2), run(2)], yws: [run(2), run(4)] },
      [floor(0.2, 1), floor(0.2, 2)],
    );
    expect(rows.map((row) => row.metric)).toEqual([
      'fsync floor: 1 KB write + fsync in the data dir, p50 / p95 (300 rounds a repetition)',
      'workshop: fan-out p95, Fresco FULL ÷ (stock + fsync floor p95)',
      'workshop: fan-out p95, Fresco NORMAL ÷ stock',
    ]);
    // 3 / (2 + 1) and 6 / (4 + 2): level with the target in both repetitions.
    expect(rows[1]?.ratio).toEqual({ median: 1, min: 1, max: 1, runs: 2 });
    expect(rows[1]?.verdict).toBe('pass');
    // 2 / 2 and 2 / 4.
    expect(rows[2]?.ratio).toEqual({ median: 0.75, min: 0.5, max: 1, runs: 2 });
  });

  it('adds nothing to results made before the floor was measured', () => {
    expect(durabilityRows({ fresco: [run(3)], yws: [run(2)] }, undefined)).toEqual([]);
  });
});
