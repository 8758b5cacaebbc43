/**
 * Side-by-side comparison of one metric: values per repetition for each server, the best peer (lowest
 * median, or highest when more is better), and Fresco ÷ that peer computed within each repetition.
 */
import type { ServerId } from '../servers/kinds';
import { type Spread, spread } from '../stats/percentiles';

export const PEERS: ServerId[] = ['yws', 'hocuspocus'];

export interface Comparison {
  fresco: Spread;
  peer: ServerId | null;
  peerValue: Spread;
  ratio: Spread | null;
  byServer: Partial<Record<ServerId, Spread>>;
}

export function compare(
  values: Partial<Record<ServerId, number[]>>,
  options: { peers?: ServerId[]; higherIsBetter?: boolean; against?: ServerId } = {},
): Comparison {
  const byServer: Partial<Record<ServerId, Spread>> = {};
  for (const [id, list] of Object.entries(values) as Array<[ServerId, number[]]>) byServer[id] = spread(list);
  const candidates = options.against ? [options.against] : (options.peers ?? PEERS);
  let peer: ServerId | null = null;
  for (const id of candidates) {
    const median = byServer[id]?.median;
    if (median === undefined || !Number.isFinite(median)) continue;
    const best = peer === null ? undefined : byServer[peer]?.median;
    if (best === undefined || (options.higherIsBetter ? median > best : median < best)) peer = id;
  }
  const fresco = values.fresco ?? [];
  const peerValues = peer ? (values[peer] ?? []) : [];
  const ratios = fresco
    .map((value, rep) => value / (peerValues[rep] ?? Number.NaN))
    .filter((ratio) => Number.isFinite(ratio));
  return {
    fresco: spread(fresco),
    peer,
    peerValue: peer ? spread(peerValues) : spread([]),
    ratio: ratios.length > 0 ? spread(ratios) : null,
    byServer,
  };
}
