/**
 * The price of durability, next to the workshop fan-out: the disk's write+fsync floor, Fresco with
 * `synchronous=FULL` against the stock server plus that floor, and Fresco NORMAL against the stock
 * server alone. Every ratio is taken within one repetition (the floor is measured at its start).
 */
import type { ServerId } from '../servers/kinds';
import { type Percentiles, spread } from '../stats/percentiles';
import type { FanoutResult } from '../sync/fanout';
import { fmtSpread } from './format';
import type { Row } from './types';

function ratios(values: number[], against: number[]): number[] {
  return values
    .map((value, rep) => value / (against[rep] ?? Number.NaN))
    .filter((ratio) => Number.isFinite(ratio));
}

export function durabilityRows(
  workshop: Partial<Record<ServerId, FanoutResult[]>>,
  floor: Percentiles[] | undefined,
): Row[] {
  if (!floor || floor.length === 0) return [];
  const p95 = (id: ServerId) => (workshop[id] ?? []).map((run) => run.edit.p95);
  const stock = p95('yws');
  const floorP95 = floor.map((f) => f.p95);
  const stockPlusFloor = stock.map((value, rep) => value + (floorP95[rep] ?? Number.NaN));
  const full = spread(ratios(p95('fresco'), stockPlusFloor));
  const normal = spread(ratios(p95('fresco-normal'), stock));
  const verdict = (ratio: number) => (!Number.isFinite(ratio) ? 'n/a' : ratio <= 1.02 ? 'pass' : 'behind');
  return [
    {
      section: 'Sync',
      metric: 'fsync floor: 1 KB write + fsync in the data dir, p50 / p95 (300 rounds a repetition)',
      target: 'reported',
      fresco: `${fmtSpread(spread(floor.map((f) => f.p50)), ' ms')} / ${fmtSpread(spread(floorP95), ' ms')}`,
      bestPeer: '–',
      ratio: null,
      verdict: 'info',
    },
    {
      section: 'Sync',
      metric: 'workshop: fan-out p95, Fresco FULL ÷ (stock + fsync floor p95)',
      target: '≤ 1.0×',
      fresco: fmtSpread(spread(p95('fresco')), ' ms'),
      bestPeer: `y-websocket + floor ${fmtSpread(spread(stockPlusFloor), ' ms')}`,
      ratio: full.runs > 0 ? full : null,
      verdict: verdict(full.median),
    },
    {
      section: 'Sync',
      metric: 'workshop: fan-out p95, Fresco NORMAL ÷ stock',
      target: '≤ 1.0×',
      fresco: fmtSpread(spread(p95('fresco-normal')), ' ms'),
      bestPeer: `y-websocket ${fmtSpread(spread(stock), ' ms')}`,
      ratio: normal.runs > 0 ? normal : null,
      verdict: verdict(normal.median),
    },
  ];
}
