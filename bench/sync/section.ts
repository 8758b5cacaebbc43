/**
 * Sync fan-out: 40 clients in one room, three scenarios, every server in the same repetition, the order
 * rotated each repetition, one warm-up repetition discarded.
 */
import { rmSync } from 'node:fs';
import { type BenchContext, chosen, interleaved, record } from '../context';
import { type ServerId, startServer } from '../servers/kinds';
import type { Percentiles } from '../stats/percentiles';
import { type FanoutResult, type FanoutSpec, runFanout } from './fanout';
import { measureFsyncFloor } from './fsyncFloor';

export const SYNC_SERVERS: ServerId[] = ['fresco', 'fresco-normal', 'yws', 'hocuspocus', 'relay'];
export type ScenarioName = FanoutSpec['name'];

export function syncSpecs(quick: boolean): FanoutSpec[] {
  const long = quick ? 3 : 5;
  const short = quick ? 2 : 3;
  return [
    { name: 'workshop', clients: 40, editHz: 0.5, cursorHz: 5, warmupSeconds: 1, seconds: long },
    { name: 'drag', clients: 40, editHz: 20, cursorHz: 0, warmupSeconds: 1, seconds: short },
    { name: 'stress', clients: 40, editHz: 20, cursorHz: 30, warmupSeconds: 1, seconds: short },
  ];
}

export type SyncRuns = Record<ScenarioName, Partial<Record<ServerId, FanoutResult[]>>>;

export async function runSyncSection(
  context: BenchContext,
): Promise<{ specs: FanoutSpec[]; runs: SyncRuns; fsyncFloor: Percentiles[] }> {
  const specs = syncSpecs(context.quick);
  const runs: SyncRuns = { workshop: {}, drag: {}, stress: {} };
  const fsyncFloor: Percentiles[] = [];
  const warmup = !context.quick;
  for (let rep = warmup ? -1 : 0; rep < context.reps; rep++) {
    if (rep >= 0) {
      // Once per repetition, on the disk the servers use, before any of them runs (a fraction of a second).
      const floorDir = context.tempDir('fsync-floor');
      const floor = measureFsyncFloor(floorDir);
      rmSync(floorDir, { recursive: true, force: true });
      fsyncFloor.push(floor);
      context.log(
        `sync rep ${rep} fsync floor p50 ${floor.p50.toFixed(2)} ms p95 ${floor.p95.toFixed(2)} ms`,
      );
    }
    for (const id of interleaved(chosen(context, SYNC_SERVERS), Math.max(rep, 0))) {
      const dataDir = id === 'relay' ? null : context.tempDir(`sync-${id}`);
      const server = await startServer(id, { dataDir });
      try {
        for (const spec of specs) {
          const runSpec = rep < 0 ? { ...spec, seconds: 1 } : spec;
          const result = await runFanout(server, runSpec, `sync-${spec.name}-${rep}`);
          if (rep < 0) continue;
          record(runs[spec.name], id, result);
          const closes = Object.entries(result.serverCloses);
          context.log(
            `sync rep ${rep} ${id.padEnd(13)} ${spec.name.padEnd(8)} p95 ${result.edit.p95.toFixed(1)} ms` +
              ` delivery ${(result.editDelivery * 100).toFixed(2)} % cpu ${result.serverCpu.toFixed(0)} %` +
              ` gen ${result.generatorCpu.toFixed(0)} % other ${result.foreignCpu.toFixed(0)} %` +
              `${result.converged ? '' : ' NOT CONVERGED'}` +
              `${closes.length > 0 ? ` CLOSED BY SERVER ${closes.map(([code, n]) => `${n}×${code}`).join(' ')}` : ''}`,
          );
        }
      } finally {
        await server.stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  return { specs, runs, fsyncFloor };
}
