/** Persistence, server after server: amplification, repeated kill -9 under load, reloads of the big board. */
import { type BenchContext, chosen, record } from '../context';
import { buildBigBoard } from '../fixtures/bigBoard';
import { type RunningServer, type ServerId, startServer } from '../servers/kinds';
import {
  type AmplificationResult,
  joinStorm,
  type KillResult,
  killUnderLoad,
  measureAmplification,
  pushBoard,
  type ReloadResult,
  reloadBoard,
  type StormResult,
} from './persistence';

export const PERSISTENT_SERVERS: ServerId[] = ['fresco', 'fresco-normal', 'yws', 'hocuspocus'];
export const BIG_BOARD_ITEMS = 5000;
export const STORM_CLIENTS = 40;

export interface PersistenceRuns {
  amplification: Partial<Record<ServerId, AmplificationResult>>;
  kills: Partial<Record<ServerId, KillResult[]>>;
  reloads: Partial<Record<ServerId, ReloadResult[]>>;
  storms: Partial<Record<ServerId, StormResult[]>>;
  boardBytes: number;
}

/** Writers closed by the server before a kill, for the log line: empty when none. */
function refused(kills: KillResult[]): string {
  const closes = kills.flatMap((kill) => Object.entries(kill.serverCloses));
  return closes.length > 0 ? ` CLOSED BY SERVER ${closes.map(([code, n]) => `${n}×${code}`).join(' ')}` : '';
}

export async function runPersistenceSection(context: BenchContext): Promise<PersistenceRuns> {
  const board = buildBigBoard(BIG_BOARD_ITEMS);
  const runs: PersistenceRuns = {
    amplification: {},
    kills: {},
    reloads: {},
    storms: {},
    boardBytes: board.bytes,
  };
  const kills = context.quick ? 1 : 3;
  const reloads = context.quick ? 2 : 5;
  for (const id of chosen(context, PERSISTENT_SERVERS)) {
    const dataDir = context.tempDir(`persist-${id}`);
    let server: RunningServer = await startServer(id, { dataDir });
    try {
      runs.amplification[id] = await measureAmplification(server, context.quick ? 2 : 3);
      for (let cycle = 0; cycle < kills; cycle++) {
        const outcome = await killUnderLoad(server, dataDir, cycle, 1500);
        server = outcome.server;
        record(runs.kills, id, outcome.result);
      }
      // A seat for each tablet of the join storm (the reload reads as seat 0).
      const ref = await server.createRoom('big-board', STORM_CLIENTS);
      await pushBoard(server, ref, board);
      // Deferred stores (Hocuspocus: 2 s debounce, or at once when the last client leaves) settle first.
      await new Promise((resolve) => setTimeout(resolve, 3000));
      await server.stop();
      for (let round = 0; round < reloads; round++) {
        const outcome = await reloadBoard(id, dataDir, ref, BIG_BOARD_ITEMS);
        server = outcome.server;
        record(runs.reloads, id, outcome.result);
        await server.stop();
      }
      for (let round = 0; round < (context.quick ? 1 : 3); round++) {
        server = await startServer(id, { dataDir });
        record(runs.storms, id, await joinStorm(server, ref, board.bytes, STORM_CLIENTS));
        await server.stop();
      }
      const amplification = runs.amplification[id];
      const lost = (runs.kills[id] ?? []).reduce((sum, kill) => sum + kill.lost, 0);
      const received = (runs.kills[id] ?? []).reduce((sum, kill) => sum + kill.received, 0);
      context.log(
        `persistence ${id.padEnd(13)} amplification ${amplification?.ratio.toFixed(1)}×` +
          ` lost ${lost}/${received} after ${kills} kill -9` +
          `${refused(runs.kills[id] ?? [])}` +
          ` reload ${(runs.reloads[id] ?? []).map((r) => r.firstSyncMs.toFixed(0)).join('/')} ms` +
          ` items ${(runs.reloads[id] ?? [])[0]?.itemsAfterReload}` +
          ` storm ${(runs.storms[id] ?? []).map((r) => r.allSyncedMs.toFixed(0)).join('/')} ms`,
      );
    } finally {
      await server.stop();
    }
  }
  return runs;
}
