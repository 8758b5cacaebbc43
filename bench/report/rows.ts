/** The summary table: one row per target or headline figure, Fresco against the best peer. */
import type { RoomsResult } from '../rooms/rooms';
import type { ServerId } from '../servers/kinds';
import { SERVER_LABELS } from '../servers/kinds';
import { type Spread, spread } from '../stats/percentiles';
import type { FanoutResult } from '../sync/fanout';
import type { ScenarioName } from '../sync/section';
import { attackRows } from './attack';
import { type Comparison, compare } from './compare';
import { durabilityRows } from './durabilityRows';
import { fmtKB, fmtSpread } from './format';
import type { BenchResults, Row, Verdict } from './types';

const SHORT: Record<ServerId, string> = {
  fresco: 'Fresco',
  'fresco-normal': 'Fresco NORMAL',
  yws: 'y-websocket',
  hocuspocus: 'Hocuspocus',
  relay: 'relay',
};

function peerCell(comparison: Comparison, unit: string, format = fmtSpread): string {
  if (!comparison.peer) return '–';
  return `${SHORT[comparison.peer]} ${format(comparison.peerValue, unit)}`;
}

/** Within 2 % of the peer counts as level: closer than that is below what these runs can tell apart. */
const LEVEL = 0.02;

function ratioVerdict(comparison: Comparison, higherIsBetter = false): Verdict {
  const median = comparison.ratio?.median;
  if (median === undefined) return 'n/a';
  return (higherIsBetter ? median >= 1 - LEVEL : median <= 1 + LEVEL) ? 'pass' : 'behind';
}

/** Cursor p95 as a multiple of the stock server's: fast when calm, merged (and far ahead) under stress. */
const CURSOR_BOUND = { workshop: 2, stress: 0.1 } as const;

function boundVerdict(comparison: Comparison, bound: number): Verdict {
  const median = comparison.ratio?.median;
  if (median === undefined) return 'n/a';
  return median <= bound * (1 + LEVEL) ? 'pass' : 'behind';
}

export function syncValues(
  runs: Partial<Record<ServerId, FanoutResult[]>>,
  pick: (result: FanoutResult) => number,
): Partial<Record<ServerId, number[]>> {
  const values: Partial<Record<ServerId, number[]>> = {};
  for (const [id, list] of Object.entries(runs) as Array<[ServerId, FanoutResult[]]>)
    values[id] = list.map(pick);
  return values;
}

function syncRows(results: BenchResults): Row[] {
  const sync = results.sync;
  if (!sync) return [];
  const rows: Row[] = [];
  const scenarios: ScenarioName[] = ['workshop', 'drag', 'stress'];
  for (const scenario of scenarios) {
    const runs = sync.runs[scenario];
    const p95 = syncValues(runs, (r) => r.edit.p95);
    const versus = scenario === 'workshop' ? compare(p95, { against: 'yws' }) : compare(p95);
    rows.push({
      section: 'Sync',
      metric: `${scenario}: edit fan-out p95, 40 clients`,
      target: scenario === 'workshop' ? '≤ stock y-websocket, same run' : '≤ best peer (aim past)',
      fresco: fmtSpread(versus.fresco, ' ms'),
      bestPeer: peerCell(versus, ' ms'),
      ratio: versus.ratio,
      verdict: ratioVerdict(versus),
    });
    const delivery = syncValues(runs, (r) => r.editDelivery);
    const frescoRuns = runs.fresco ?? [];
    const complete = frescoRuns.every((r) => r.editDelivery === 1 && r.converged && r.staleCursorPairs === 0);
    const peerMin = Math.min(...['yws', 'hocuspocus'].flatMap((id) => delivery[id as ServerId] ?? [1]));
    rows.push({
      section: 'Sync',
      metric: `${scenario}: edits delivered after drain, probes converged`,
      target: '100 %, every run',
      fresco: `${(Math.min(...(delivery.fresco ?? [Number.NaN])) * 100).toFixed(2)} %${complete ? ', converged' : ', NOT converged'}`,
      bestPeer: `min ${(peerMin * 100).toFixed(2)} %`,
      ratio: null,
      verdict: frescoRuns.length > 0 && complete ? 'pass' : 'fail',
    });
    const cpu = compare(syncValues(runs, (r) => r.serverCpu));
    rows.push({
      section: 'Sync',
      metric: `${scenario}: server CPU (% of one core)`,
      target: 'reported',
      fresco: fmtSpread(cpu.fresco, ' %'),
      bestPeer: peerCell(cpu, ' %'),
      ratio: cpu.ratio,
      verdict: 'info',
    });
    if (scenario !== 'drag') {
      // Against the stock server, as PRODUCT.md §7 states it: a calm room sends at once, a busy one merges.
      const bound = CURSOR_BOUND[scenario];
      const cursor = compare(
        syncValues(runs, (r) => r.cursor?.p95 ?? Number.NaN),
        { against: 'yws' },
      );
      rows.push({
        section: 'Sync',
        metric: `${scenario}: cursor (awareness) p95`,
        target: `≤ ${bound}× stock y-websocket, same run`,
        fresco: fmtSpread(cursor.fresco, ' ms'),
        bestPeer: peerCell(cursor, ' ms'),
        ratio: cursor.ratio,
        verdict: boundVerdict(cursor, bound),
      });
    }
    if (scenario === 'workshop') rows.push(...durabilityRows(runs, sync.fsyncFloor));
  }
  return rows;
}

function roomsRows(results: BenchResults): Row[] {
  const rooms = results.rooms;
  if (!rooms) return [];
  const values = (pick: (r: RoomsResult) => number) => {
    const out: Partial<Record<ServerId, number[]>> = {};
    for (const [id, list] of Object.entries(rooms.runs) as Array<[ServerId, RoomsResult[]]>)
      out[id] = list.map(pick);
    return out;
  };
  const kb = (s: ReturnType<typeof spread>, unit: string) =>
    fmtSpread({ ...s, median: s.median / 1024, min: s.min / 1024, max: s.max / 1024 }, unit);
  const room = compare(values((r) => r.perRoomHeap));
  const connection = compare(values((r) => r.perConnectionHeap));
  const cpu = compare(values((r) => r.cpuMicrosPerDelivery));
  const frescoRuns = rooms.runs.fresco ?? [];
  const leakWorst = Math.max(...frescoRuns.map((r) => r.leakHeapBytes));
  const leakShare = Math.max(...frescoRuns.map((r) => r.leakShare));
  const delivered = frescoRuns.every((r) => r.editDelivery === 1);
  const p95 = compare(values((r) => r.edit.p95));
  return [
    {
      section: 'Rooms',
      metric: 'memory per idle room (heap after GC)',
      target: 'reported',
      fresco: kb(room.fresco, ' KB'),
      bestPeer: room.peer ? `${SHORT[room.peer]} ${kb(room.peerValue, ' KB')}` : '–',
      ratio: room.ratio,
      verdict: 'info',
    },
    {
      section: 'Rooms',
      metric: 'memory per connection (heap after GC)',
      target: 'reported',
      fresco: kb(connection.fresco, ' KB'),
      bestPeer: connection.peer ? `${SHORT[connection.peer]} ${kb(connection.peerValue, ' KB')}` : '–',
      ratio: connection.ratio,
      verdict: 'info',
    },
    {
      section: 'Rooms',
      metric: '200 rooms × 10 clients editing at 0.5 Hz: p95, all delivered',
      target: 'holds on one 2-core machine',
      fresco: `${fmtSpread(p95.fresco, ' ms')}${delivered ? ', 100 %' : ', LOST EDITS'}`,
      bestPeer: peerCell(p95, ' ms'),
      ratio: p95.ratio,
      verdict: delivered && frescoRuns.length > 0 ? 'pass' : 'fail',
    },
    {
      section: 'Rooms',
      metric: 'server CPU per delivered message',
      target: 'reported',
      fresco: fmtSpread(cpu.fresco, ' µs'),
      bestPeer: peerCell(cpu, ' µs'),
      ratio: cpu.ratio,
      verdict: ratioVerdict(cpu),
    },
    ...rampRows(results),
    {
      section: 'Rooms',
      metric: 'heap left after all clients left and rooms unloaded',
      target: 'back near baseline',
      fresco: `${fmtKB(leakWorst)} (${(leakShare * 100).toFixed(0)} % of what 2,000 clients added)`,
      bestPeer: '–',
      ratio: null,
      verdict: leakShare < 0.15 ? 'pass' : 'behind',
    },
  ];
}

/** The day of workshops: the largest step held, out of the largest step asked for. */
function rampRows(results: BenchResults): Row[] {
  const ramp = results.rooms?.ramp;
  if (!ramp) return [];
  const { spec, result } = ramp;
  const largestAsked = Math.max(...spec.steps);
  const held = result.steps.find((step) => step.rooms === result.largestHeld);
  const failed = result.steps.find((step) => !step.held);
  const hz = spec.editsPerStep / spec.seconds;
  const detail = held
    ? `, worst room p95 ${held.worstRoomP95.toFixed(1)} ms`
    : failed
      ? `, at ${failed.rooms}: worst room p95 ${failed.worstRoomP95.toFixed(1)} ms`
      : '';
  const closed = Object.keys(result.serverCloses).length > 0;
  return [
    {
      section: 'Rooms',
      metric: `rooms × ${spec.clientsPerRoom} clients editing at ${hz} Hz, ramped ${spec.steps.join(', ')}: largest step with every room's p95 ≤ ${spec.p95BoundMs} ms, all delivered`,
      target: `${largestAsked} rooms on one 2-core machine`,
      fresco: `${result.largestHeld} rooms${detail}${closed ? ', CLOSED BY SERVER' : ''}`,
      bestPeer: '–',
      ratio: null,
      verdict: closed ? 'fail' : result.largestHeld >= largestAsked ? 'pass' : 'behind',
    },
  ];
}

function persistenceRows(results: BenchResults): Row[] {
  const persistence = results.persistence;
  if (!persistence) return [];
  const lost = (id: ServerId) => (persistence.kills[id] ?? []).reduce((sum, kill) => sum + kill.lost, 0);
  const received = (id: ServerId) =>
    (persistence.kills[id] ?? []).reduce((sum, kill) => sum + kill.received, 0);
  const kills = persistence.kills.fresco?.length ?? 0;
  const peerLoss = (['yws', 'hocuspocus'] as ServerId[])
    .map((id) => `${SHORT[id]} ${lost(id)}/${received(id)}`)
    .join(', ');
  const amplification: Partial<Record<ServerId, number[]>> = {};
  for (const [id, value] of Object.entries(persistence.amplification) as Array<
    [ServerId, { ratio: number }]
  >) {
    amplification[id] = [value.ratio];
  }
  const amp = compare(amplification);
  const reloadValues: Partial<Record<ServerId, number[]>> = {};
  for (const [id, list] of Object.entries(persistence.reloads) as Array<
    [ServerId, Array<{ firstSyncMs: number }>]
  >) {
    reloadValues[id] = list.map((r) => r.firstSyncMs);
  }
  const reload = compare(reloadValues);
  const stormValues: Partial<Record<ServerId, number[]>> = {};
  for (const [id, list] of Object.entries(persistence.storms) as Array<
    [ServerId, Array<{ allSyncedMs: number }>]
  >) {
    stormValues[id] = list.map((r) => r.allSyncedMs);
  }
  const storm = compare(stormValues);
  const bytesValues: Partial<Record<ServerId, number[]>> = {};
  for (const [id, list] of Object.entries(persistence.reloads) as Array<
    [ServerId, Array<{ bytesIn: number }>]
  >) {
    bytesValues[id] = list.map((r) => r.bytesIn);
  }
  const bytes = compare(bytesValues);
  const kbCell = (value: number) => fmtKB(value);
  const frescoLost = lost('fresco') + lost('fresco-normal');
  return [
    {
      section: 'Persistence',
      metric: `edits lost after kill -9 under load (lost / received by a client, ${kills} kills)`,
      target: '0 lost',
      fresco: `${lost('fresco')}/${received('fresco')} (NORMAL ${lost('fresco-normal')}/${received('fresco-normal')})`,
      bestPeer: peerLoss,
      ratio: null,
      verdict: kills > 0 && frescoLost === 0 ? 'pass' : 'fail',
    },
    {
      section: 'Persistence',
      metric: 'write amplification (bytes to disk ÷ update bytes), drag burst',
      target: '≤ 10×',
      fresco: `${fmtSpread(amp.fresco, '×')} (NORMAL ${fmtSpread(amp.byServer['fresco-normal'] ?? spread([]), '×')})`,
      bestPeer: peerCell(amp, '×'),
      ratio: amp.ratio,
      verdict: !Number.isFinite(amp.fresco.median) ? 'n/a' : amp.fresco.median <= 10 ? 'pass' : 'fail',
    },
    {
      section: 'Persistence',
      metric: `reload after restart, ${persistence.boardBytes > 0 ? '5,000-item board' : 'board'}: connect → all items`,
      target: '≤ best peer',
      fresco: fmtSpread(reload.fresco, ' ms'),
      bestPeer: peerCell(reload, ' ms'),
      ratio: reload.ratio,
      verdict: ratioVerdict(reload),
    },
    {
      section: 'Cold join',
      metric: '5,000-item board: bytes received until synced (one document, protocol level)',
      target: '≤ best peer',
      fresco: kbCell(bytes.fresco.median),
      bestPeer: bytes.peer ? `${SHORT[bytes.peer]} ${kbCell(bytes.peerValue.median)}` : '–',
      ratio: bytes.ratio,
      verdict: ratioVerdict(bytes),
    },
    {
      section: 'Cold join',
      metric: '40 tablets open the 5,000-item board at once on a fresh server: until the last has it',
      target: '≤ best peer',
      fresco: fmtSpread(storm.fresco, ' ms'),
      bestPeer: peerCell(storm, ' ms'),
      ratio: storm.ratio,
      verdict: ratioVerdict(storm),
    },
  ];
}

function bundleRows(results: BenchResults): Row[] {
  const bundle = results.bundle;
  if (!bundle) return [];
  const ratio = spread([bundle.app.initialGzip / bundle.floor.initialGzip]);
  return [
    {
      section: 'Bundle',
      metric: 'initial JavaScript, gzip (entry + modulepreloads)',
      target: '< 250 KB',
      fresco: fmtKB(bundle.app.initialGzip),
      bestPeer: `framework floor ${fmtKB(bundle.floor.initialGzip)}`,
      ratio,
      verdict: bundle.app.initialGzip < 250 * 1024 ? 'pass' : 'fail',
    },
    {
      section: 'Bundle',
      metric: `lazy chunks, gzip (${bundle.app.lazy.length} chunks)`,
      target: 'reported',
      fresco: fmtKB(bundle.app.lazyGzip),
      bestPeer: '–',
      ratio: null,
      verdict: 'info',
    },
  ];
}

function concertationRows(results: BenchResults): Row[] {
  const c = results.concertation;
  if (!c) return [];
  const size = `${c.workshops} workshops × ${c.itemsPerWorkshop} items`;
  const row = (
    metric: string,
    value: Spread,
    target: string,
    verdict: Verdict,
    ratio: Spread | null = null,
  ): Row => ({
    section: 'Concertation',
    metric: `${metric} (${size})`,
    target,
    fresco: fmtSpread(value, 'ms'),
    bestPeer: metric.startsWith('field return after') ? `full recompute ${fmtSpread(c.fullMs, 'ms')}` : '–',
    ratio,
    verdict,
  });
  return [
    row(
      'field return after a placement (one workshop recomputed)',
      c.afterPlacementMs,
      '< full recompute',
      c.afterPlacementMs.median < c.fullMs.median ? 'pass' : 'behind',
      spread([c.afterPlacementMs.median / c.fullMs.median]),
    ),
    row('field return unchanged (304 by ETag)', c.unchangedMs, 'reported', 'info'),
    row(
      'placement → pooled return',
      c.placementToReturnMs,
      '≤ 1 s (screens ask every second)',
      c.placementToReturnMs.median <= 1000 ? 'pass' : 'fail',
    ),
  ];
}

export function buildRows(results: BenchResults, extra: Row[] = []): Row[] {
  return [
    ...syncRows(results),
    ...roomsRows(results),
    ...persistenceRows(results),
    ...extra,
    ...bundleRows(results),
    ...attackRows(results),
    ...concertationRows(results),
  ];
}

export { SERVER_LABELS, SHORT };
