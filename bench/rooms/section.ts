/** Rooms and memory, every server per repetition in rotated order. */
import { rmSync } from 'node:fs';
import { type BenchContext, chosen, interleaved, record } from '../context';
import { type ServerId, startServer } from '../servers/kinds';
import { type RampResult, type RampSpec, runRamp } from './ramp';
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

/**
 * The day of workshops: rooms of 15 at 0.2 Hz (an edit every 5 s a tablet, a busy workshop's pace), a
 * p95 bound of 50 ms per room. Quick mode stops at 500 rooms: each room costs 15 seat joins to set up.
 */
export function rampSpec(quick: boolean): RampSpec {
  return {
    clientsPerRoom: 15,
    steps: quick ? [100, 250, 500] : [100, 250, 500, 750, 1000],
    editsPerStep: quick ? 1 : 2,
    seconds: quick ? 5 : 10,
    p95BoundMs: 50,
  };
}

export interface RoomsSection {
  spec: RoomsSpec;
  runs: Partial<Record<ServerId, RoomsResult[]>>;
  /** Fresco alone, once per run (absent in results made before it, or without Fresco). */
  ramp?: { spec: RampSpec; result: RampResult };
}

export async function runRoomsSection(context: BenchContext, reps: number): Promise<RoomsSection> {
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
  const section: RoomsSection = { spec, runs };
  if (chosen(context, ['fresco']).length > 0) section.ramp = await runRampSection(context);
  return section;
}

async function runRampSection(context: BenchContext): Promise<{ spec: RampSpec; result: RampResult }> {
  const spec = rampSpec(context.quick);
  const dataDir = context.tempDir('ramp-fresco');
  const server = await startServer('fresco', { dataDir, roomIdleMs: BENCH_ROOM_IDLE_MS });
  try {
    const started = Date.now();
    const result = await runRamp(server, spec, context.log);
    context.log(
      `ramp: largest step held ${result.largestHeld} rooms × ${spec.clientsPerRoom} in ${((Date.now() - started) / 1000).toFixed(0)} s` +
        `${Object.keys(result.serverCloses).length > 0 ? ` CLOSED BY SERVER ${JSON.stringify(result.serverCloses)}` : ''}`,
    );
    return { spec, result };
  } finally {
    await server.stop();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
