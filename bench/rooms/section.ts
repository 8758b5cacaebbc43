/** Rooms and memory, every server per repetition in rotated order. */
import { rmSync } from 'node:fs';
import { type BenchContext, chosen, interleaved, record } from '../context';
import { type ServerId, startServer } from '../servers/kinds';
import { createRooms, type RoomsResult, type RoomsSpec, runRooms } from './rooms';

export const ROOM_SERVERS: ServerId[] = ['fresco', 'yws', 'hocuspocus', 'relay'];
/** Fresco unloads a room this long after its last client left; the peers unload at once. */
export const BENCH_ROOM_IDLE_MS = 500;
/** Repetitions of a full run: memory figures barely move between runs, each costs about 20 s a server. */
export const ROOMS_REPS = 2;

export function roomsSpec(quick: boolean): RoomsSpec {
  return {
    singleRooms: 1000,
    sharedRooms: 200,
    clientsPerRoom: 10,
    editHz: 0.5,
    seconds: quick ? 2 : 4,
    unloadWaitMs: BENCH_ROOM_IDLE_MS + 1000,
  };
}

export async function runRoomsSection(
  context: BenchContext,
  reps: number,
): Promise<{ spec: RoomsSpec; runs: Partial<Record<ServerId, RoomsResult[]>> }> {
  const spec = roomsSpec(context.quick);
  const runs: Partial<Record<ServerId, RoomsResult[]>> = {};
  for (let rep = 0; rep < reps; rep++) {
    for (const id of interleaved(chosen(context, ROOM_SERVERS), rep)) {
      const dataDir = id === 'relay' ? null : context.tempDir(`rooms-${id}`);
      const server = await startServer(id, { dataDir, roomIdleMs: BENCH_ROOM_IDLE_MS });
      try {
        const setupStart = Date.now();
        const refs = await createRooms(server, spec.singleRooms, spec);
        context.log(
          `rooms rep ${rep} ${id.padEnd(10)} ${refs.length} rooms set up in ${Date.now() - setupStart} ms`,
        );
        const result = await runRooms(server, refs, spec);
        record(runs, id, result);
        context.log(
          `rooms rep ${rep} ${id.padEnd(10)} room ${(result.perRoomHeap / 1024).toFixed(1)} KB` +
            ` connection ${(result.perConnectionHeap / 1024).toFixed(1)} KB` +
            ` ${result.cpuMicrosPerDelivery.toFixed(0)} µs/delivery` +
            ` left after leave ${(result.leakHeapBytes / 1024).toFixed(0)} KB` +
            ` delivery ${(result.editDelivery * 100).toFixed(2)} %` +
            `${Object.keys(result.serverCloses).length > 0 ? ` CLOSED BY SERVER ${JSON.stringify(result.serverCloses)}` : ''}`,
        );
      } finally {
        await server.stop();
        if (dataDir) rmSync(dataDir, { recursive: true, force: true });
      }
    }
  }
  return { spec, runs };
}
