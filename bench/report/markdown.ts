/** Renders bench/RESULTS.md from the results: summary table, details per section, machine notes. */
import { BROWSER_REPS } from '../browser/section';
import { ROOMS_REPS } from '../rooms/section';
import type { ServerId } from '../servers/kinds';
import { SERVER_LABELS } from '../servers/kinds';
import { spread } from '../stats/percentiles';
import type { ScenarioName } from '../sync/section';
import { attackDetails } from './attack';
import { fmtKB, fmtRatio, fmtSpread } from './format';
import { syncValues } from './rows';
import type { BenchResults, Row, Verdict } from './types';

const VERDICT: Record<Verdict, string> = {
  pass: '✅ pass',
  behind: '⚠️ behind',
  fail: '❌ fail',
  info: 'ℹ️ info',
  'n/a': '–',
};

function table(head: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function summary(rows: Row[]): string {
  return table(
    ['Section', 'Figure', 'Target', 'Fresco', 'Best peer', 'Ratio (Fresco ÷ peer)', 'Verdict'],
    rows.map((row) => [
      row.section,
      row.metric,
      row.target,
      row.fresco,
      row.bestPeer,
      fmtRatio(row.ratio),
      VERDICT[row.verdict],
    ]),
  );
}

function syncDetails(results: BenchResults): string {
  const sync = results.sync;
  if (!sync) return '';
  const parts: string[] = ['## Sync fan-out, per server'];
  for (const spec of sync.specs) {
    const runs = sync.runs[spec.name as ScenarioName];
    const rows: string[][] = [];
    for (const [id, list] of Object.entries(runs) as Array<
      [ServerId, NonNullable<(typeof runs)['fresco']>]
    >) {
      const values = syncValues({ [id]: list }, (r) => r.edit.p50)[id] ?? [];
      const s = (pick: (r: (typeof list)[number]) => number, unit: string) =>
        fmtSpread(spread(list.map(pick)), unit);
      rows.push([
        SERVER_LABELS[id],
        fmtSpread(spread(values), ' ms'),
        s((r) => r.edit.p95, ' ms'),
        s((r) => r.edit.p99, ' ms'),
        spec.cursorHz > 0 ? s((r) => r.cursor?.p95 ?? Number.NaN, ' ms') : '–',
        `${(Math.min(...list.map((r) => r.editDelivery)) * 100).toFixed(2)} %`,
        list.every((r) => r.converged && r.staleCursorPairs === 0) ? 'yes' : 'NO',
        s((r) => r.serverCpu, ' %'),
        s((r) => r.serverEventLoop.p99, ' ms'),
        `${Math.max(...list.map((r) => r.generatorCpu)).toFixed(0)} %`,
        s((r) => r.foreignCpu, ' %'),
        s((r) => r.framesPerSecondIn, ''),
      ]);
    }
    parts.push(
      `### ${spec.name}: ${spec.clients} clients × ${spec.editHz} Hz edits` +
        `${spec.cursorHz > 0 ? ` + ${spec.cursorHz} Hz cursors` : ''}, ${spec.seconds} s timed after ${spec.warmupSeconds} s warm-up`,
      table(
        [
          'Server',
          'edit p50',
          'edit p95',
          'edit p99',
          'cursor p95',
          'delivered (min)',
          'converged',
          'server CPU',
          'event-loop p99',
          'generator CPU (max)',
          'other processes CPU',
          'frames/s to clients',
        ],
        rows,
      ),
    );
  }
  return parts.join('\n\n');
}

function roomsDetails(results: BenchResults): string {
  const rooms = results.rooms;
  if (!rooms) return '';
  const rows = (
    Object.entries(rooms.runs) as Array<[ServerId, NonNullable<(typeof rooms.runs)['fresco']>]>
  ).map(([id, list]) => {
    const s = (pick: (r: (typeof list)[number]) => number, unit: string, scale = 1) =>
      fmtSpread(spread(list.map((r) => pick(r) / scale)), unit);
    return [
      SERVER_LABELS[id],
      s((r) => r.perRoomHeap, ' KB', 1024),
      s((r) => r.perConnectionHeap, ' KB', 1024),
      s((r) => r.perConnectionRss, ' KB', 1024),
      s((r) => r.cpuMicrosPerDelivery, ' µs'),
      s((r) => r.edit.p95, ' ms'),
      s((r) => r.serverCpu, ' %'),
      fmtKB(Math.max(...list.map((r) => r.leakHeapBytes))),
    ];
  });
  return [
    `## Rooms and memory: ${rooms.spec.singleRooms} rooms × 1 client, then ${rooms.spec.sharedRooms} × ${rooms.spec.clientsPerRoom} editing at ${rooms.spec.editHz} Hz for ${rooms.spec.seconds} s`,
    table(
      [
        'Server',
        'per room (heap)',
        'per connection (heap)',
        'per connection (RSS)',
        'CPU per delivery',
        'edit p95',
        'server CPU',
        'heap left after leave (worst)',
      ],
      rows,
    ),
  ].join('\n\n');
}

function rampDetails(results: BenchResults): string {
  const ramp = results.rooms?.ramp;
  if (!ramp) return '';
  const { spec, result } = ramp;
  const rows = result.steps.map((step) => [
    String(step.rooms),
    String(step.clients),
    `${step.worstRoomP95.toFixed(1)} ms`,
    `${step.all.p95.toFixed(1)} ms`,
    String(step.roomsOverBound),
    `${(step.delivery * 100).toFixed(2)} %`,
    `${step.serverCpu.toFixed(0)} %`,
    fmtKB(step.heapUsed),
    step.held ? 'held' : 'NOT held',
  ]);
  return [
    `## A day of workshops: rooms × ${spec.clientsPerRoom} clients, ${spec.editsPerStep} edit(s) per client over ${spec.seconds} s per step, Fresco alone — largest step held: ${result.largestHeld} rooms`,
    table(
      [
        'rooms',
        'clients',
        'worst room p95',
        'p95 (all)',
        `rooms over ${spec.p95BoundMs} ms`,
        'delivered',
        'server CPU',
        'server heap',
        'step',
      ],
      rows,
    ),
  ].join('\n\n');
}

function persistenceDetails(results: BenchResults): string {
  const persistence = results.persistence;
  if (!persistence) return '';
  const ids = Object.keys(persistence.reloads) as ServerId[];
  const rows = ids.map((id) => {
    const amplification = persistence.amplification[id];
    const kills = persistence.kills[id] ?? [];
    const reloads = persistence.reloads[id] ?? [];
    return [
      SERVER_LABELS[id],
      amplification
        ? `${amplification.ratio.toFixed(1)}× (${fmtKB(amplification.writeBytes)} for ${fmtKB(amplification.updateBytes)}` +
          `${amplification.commits ? `; ${amplification.commits} commits, ${fmtKB(amplification.writeBytes / amplification.commits)} each` : ''})`
        : '–',
      `${kills.reduce((sum, k) => sum + k.lost, 0)} / ${kills.reduce((sum, k) => sum + k.received, 0)}`,
      fmtSpread(spread(reloads.map((r) => r.bootMs)), ' ms'),
      fmtSpread(spread(reloads.map((r) => r.firstSyncMs)), ' ms'),
      `${fmtSpread(spread(reloads.map((r) => r.serverCpuMs ?? Number.NaN)), ' ms')}`,
      fmtSpread(spread((persistence.storms[id] ?? []).map((r) => r.allSyncedMs)), ' ms'),
      fmtSpread(spread((persistence.storms[id] ?? []).map((r) => r.serverCpuMs ?? Number.NaN)), ' ms'),
      reloads[0] ? `${fmtKB(reloads[0].bytesIn)} in, ${reloads[0].bytesOut} B out` : '–',
      String(reloads[0]?.itemsAfterReload ?? '–'),
    ];
  });
  return [
    `## Persistence (board of ${fmtKB(persistence.boardBytes)} of Yjs updates for the reloads)`,
    table(
      [
        'Server',
        'write amplification',
        'lost / received after kill -9',
        'boot to listening',
        'connect → all items',
        'server CPU, spawn → synced',
        '40 join at once → last synced',
        'server CPU for the 40',
        'cold join bytes on the wire',
        'items after reload',
      ],
      rows,
    ),
  ].join('\n\n');
}

function bundleDetails(results: BenchResults): string {
  const bundle = results.bundle;
  if (!bundle) return '';
  const list = (chunks: typeof bundle.app.initial) =>
    chunks.map((chunk) => `\`${chunk.file}\` ${fmtKB(chunk.gzip)}`).join(', ');
  const lazy = [...bundle.app.lazy].sort((a, b) => b.gzip - a.gzip).slice(0, 8);
  return [
    '## Bundle',
    `- Fresco initial: ${list(bundle.app.initial)} — total ${fmtKB(bundle.app.initialGzip)} gzip (built in ${(bundle.app.buildMs / 1000).toFixed(1)} s).`,
    `- Largest lazy chunks: ${list(lazy)}; all ${bundle.app.lazy.length} lazy chunks ${fmtKB(bundle.app.lazyGzip)}.`,
    `- Framework floor (React + react-konva + Konva + Yjs + y-websocket, bench/bundle/floor): ${list(bundle.floor.initial)} — ${fmtKB(bundle.floor.initialGzip)}.`,
  ].join('\n');
}

function browserDetails(results: BenchResults): string {
  const browser = results.browser;
  if (!browser) return '';
  const rows: string[][] = [];
  for (const items of browser.sizes) {
    for (const page of ['fresco', 'raw'] as const) {
      const runs = browser.runs.filter((run) => run.page === page && run.items === items);
      if (runs.length === 0) continue;
      const s = (pick: (run: (typeof runs)[number]) => number | undefined, unit: string, scale = 1) =>
        fmtSpread(
          spread(
            runs
              .map(pick)
              .filter((v): v is number => v !== undefined)
              .map((v) => v * scale),
          ),
          unit,
        );
      rows.push([
        page === 'fresco' ? 'Fresco (tablet screen)' : 'raw Konva reference',
        items.toLocaleString('en'),
        s((run) => run.firstItemsMs, ' ms'),
        s((run) => run.completeFrameMs, ' ms'),
        s((run) => run.bytesIn / 1024, ' KB'),
        s((run) => run.pan?.p50, ' ms'),
        s((run) => run.pan?.p95, ' ms'),
        s((run) => run.pan?.over16, ' %', 100),
        s((run) => run.pan?.longTaskMs, ' ms'),
        s((run) => run.drag?.p50, ' ms'),
        s((run) => run.drag?.p95, ' ms'),
        s((run) => run.drag?.over16, ' %', 100),
        s((run) => run.drag?.longTaskMs, ' ms'),
      ]);
    }
  }
  return [
    '## Cold join and canvas frames (headless Chromium, 4× CPU throttle, 1180×820)',
    table(
      [
        'Page',
        'items',
        'first frame with items',
        'first complete frame',
        'bytes on the wire',
        'pan p50',
        'pan p95',
        'pan > 16.7 ms',
        'pan long tasks',
        'drag p50',
        'drag p95',
        'drag > 16.7 ms',
        'drag long tasks',
      ],
      rows,
    ),
    ...browser.notes.map((note) => `- ${note}`),
  ].join('\n\n');
}

function machine(results: BenchResults): string {
  const m = results.machine;
  return [
    '## Machine notes',
    `- ${m.cpus} × ${m.cpuModel}, ${m.memoryGiB.toFixed(0)} GiB, Node ${m.node}, Linux ${m.kernel}.`,
    `- ${m.taskset ? 'Servers pinned to core 0 and the load generator to core 1 with taskset.' : 'taskset missing: servers and generator share both cores.'}`,
    `- Load average before: ${m.loadBefore}; after: ${m.loadAfter}. The machine is shared with other work; figures from the same repetition are compared, absolute times are noise.`,
    `- Peers: ${Object.entries(m.peers)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
  ].join('\n');
}

const HOW_TO_READ = `## How to read this
- Every server runs in the same repetition, in rotated order, as a child process on its own core; the load
  generator (protocol-level clients: pre-encoded y-websocket frames over \`ws\`, no Y.Doc) runs on the other core.
  Two full Y.Doc probes (stock \`WebsocketProvider\`; \`@hocuspocus/provider\` for Hocuspocus) join each room
  and must converge.
- A figure is the **median over repetitions** of a per-run value (e.g. the p95 of that run), with **min–max**
  in brackets. A ratio is **Fresco ÷ the best peer**, computed **within each repetition**, then summarised
  the same way: under 1 means Fresco is better, whatever the metric (for all of them lower is better);
  a verdict counts Fresco level with a peer within 2 %.
- "Best peer" is the peer (stock y-websocket server or Hocuspocus) with the best median; the raw relay is the
  physical floor (no document, no storage), shown in the detail tables only.
- Fresco stores every update (SQLite WAL, \`synchronous=FULL\`: fsync per group commit) **before** relaying it;
  "Fresco NORMAL" is the same with \`synchronous=NORMAL\`. The peers run with their own persistence:
  LevelDB (stock server, \`YPERSISTENCE\`), SQLite extension (Hocuspocus, default 2 s debounce).
- A run whose load generator is near 100 % CPU is void (it would measure the generator).
- Raw numbers for every run are in \`bench/results/<date>.json\`.`;

export function renderMarkdown(results: BenchResults): string {
  const minutes = (results.durationSeconds / 60).toFixed(1);
  return [
    `# Fresco benchmarks — ${results.date}`,
    `${results.quick ? 'Quick run (1 repetition, short durations: development figures)' : `Full run: sync ${results.reps} interleaved repetitions after a discarded warm-up, rooms ${ROOMS_REPS}, browser ${BROWSER_REPS} (Fresco and the raw page alternating); persistence 3 kills, 5 reloads and 3 join storms per server`}; ${minutes} min on this machine. Regenerate with \`npm run bench\` (\`npm run bench:quick\` for a short run).`,
    summary(results.rows),
    HOW_TO_READ,
    ...results.notes.map((note) => note.trim()),
    syncDetails(results),
    roomsDetails(results),
    rampDetails(results),
    persistenceDetails(results),
    browserDetails(results),
    bundleDetails(results),
    attackDetails(results),
    machine(results),
  ]
    .filter((part) => part.length > 0)
    .join('\n\n')
    .concat('\n');
}
