/**
 * A national day of workshops: rooms of 15 tablets added in steps (100, 250, 500, 750, 1,000 rooms) on
 * one Fresco server, every tablet placing and moving items at a workshop's pace, until a step where some
 * room's edit fan-out p95 goes past the bound or an edit is lost. The figure is the largest step held.
 * Rooms of earlier steps stay connected and keep editing, so a step measures everything connected.
 */
import { performance } from 'node:perf_hooks';
import { type RoomRef, type RunningServer, seatId } from '../servers/kinds';
import { cpuMs } from '../servers/procStats';
import { type Percentiles, percentiles } from '../stats/percentiles';
import { serverCloses } from '../sync/fanout';
import type { LightClient } from '../sync/lightClient';
import { DeliveryTracker } from '../sync/tracker';
import { waitUntil } from '../sync/waitUntil';
import { STEP_UPDATE, syncFrame } from '../wire/frames';
import { encodeEdits } from '../wire/payloads';
import { closeAll, connectAll } from './rooms';

export interface RampSpec {
  clientsPerRoom: number;
  /** Rooms connected at each step, growing. */
  steps: number[];
  /** Edits each tablet makes per step, spread at random over the step's `seconds`. */
  editsPerStep: number;
  seconds: number;
  /** Every room's p95 must stay at or under this for the step to hold. */
  p95BoundMs: number;
}

export interface RampStep {
  rooms: number;
  clients: number;
  /** The worst room's p95, and the p95 over every delivery of the step. */
  worstRoomP95: number;
  all: Percentiles;
  roomsOverBound: number;
  delivery: number;
  /** Server CPU over the step, in % of one core. */
  serverCpu: number;
  /** Server heap after the step's clients connected (no forced GC). */
  heapUsed: number;
  held: boolean;
}

export interface RampResult {
  steps: RampStep[];
  /** Rooms of the largest step held (0 when the first step already failed). */
  largestHeld: number;
  serverCloses: Record<string, number>;
}

/** One room of the ramp: its tracker spans every step, and its clients' edits are cut into steps. */
interface RampRoom {
  ref: RoomRef;
  tracker: DeliveryTracker;
  clients: LightClient[];
  /** Per client: its pre-encoded edit frames for the whole ramp. */
  frames: Uint8Array[][];
  /** Edits each of its clients has sent: a room that joined late starts with its first (the place). */
  sent: number;
}

const WARM_SECONDS = 2;
const SETTLE_MS = 500;

async function createRampRooms(server: RunningServer, from: number, to: number, seats: number) {
  const refs: RoomRef[] = [];
  for (let start = from; start < to; start += 10) {
    const indexes = Array.from({ length: Math.min(10, to - start) }, (_, i) => start + i);
    refs.push(...(await Promise.all(indexes.map((i) => server.createRoom(`ramp-${i}`, seats)))));
  }
  return refs;
}

export async function runRamp(
  server: RunningServer,
  spec: RampSpec,
  log: (line: string) => void,
): Promise<RampResult> {
  const totalEdits = spec.editsPerStep * (spec.steps.length + 1);
  const rooms: RampRoom[] = [];
  const steps: RampStep[] = [];
  const all: LightClient[] = [];
  try {
    for (const [stepIndex, target] of spec.steps.entries()) {
      const setupStart = performance.now();
      const refs = await createRampRooms(server, rooms.length, target, spec.clientsPerRoom);
      for (const ref of refs) {
        const tracker = new DeliveryTracker(spec.clientsPerRoom, totalEdits, 1);
        const address = server.address(ref);
        const clients = await connectAll([{ ref, address }], spec.clientsPerRoom, [tracker]);
        all.push(...clients);
        const frames = clients.map((_, index) =>
          encodeEdits(index, totalEdits, seatId(ref, index)).updates.map((u) =>
            syncFrame(address.framing, STEP_UPDATE, u),
          ),
        );
        rooms.push({ ref, tracker, clients, frames, sent: 0 });
      }
      const heapUsed = (await server.sample()).heapUsed;
      log(
        `ramp ${target} rooms: ${refs.length} added in ${((performance.now() - setupStart) / 1000).toFixed(1)} s`,
      );
      // The first step starts on a fresh process: one untimed round first, so what is measured is the
      // server's steady pace and not its JIT warming up on the first edits it ever checks.
      if (stepIndex === 0) await editStep(server, rooms, { ...spec, seconds: WARM_SECONDS }, heapUsed);
      // Let the joins of the step settle (sync replies to the new clients) before edits are timed.
      await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
      const step = await editStep(server, rooms, spec, heapUsed);
      steps.push(step);
      log(
        `ramp ${target} rooms × ${spec.clientsPerRoom}: worst room p95 ${step.worstRoomP95.toFixed(1)} ms,` +
          ` all p95 ${step.all.p95.toFixed(1)} ms, ${step.roomsOverBound} rooms over ${spec.p95BoundMs} ms,` +
          ` delivery ${(step.delivery * 100).toFixed(2)} %, server CPU ${step.serverCpu.toFixed(0)} %`,
      );
      if (!step.held) break;
    }
  } finally {
    await closeAll(all);
  }
  let largestHeld = 0;
  for (const step of steps) {
    if (!step.held) break;
    largestHeld = step.rooms;
  }
  return { steps, largestHeld, serverCloses: serverCloses(all) };
}

/** Every client of every room sends its edits of step `stepIndex` at random times over the step. */
async function editStep(
  server: RunningServer,
  rooms: RampRoom[],
  spec: RampSpec,
  heapUsed: number,
): Promise<RampStep> {
  const window = spec.seconds * 1000;
  const start = performance.now() + 50;
  const sends: Array<{ at: number; room: RampRoom; client: number; seq: number }> = [];
  for (const room of rooms) {
    room.clients.forEach((_, client) => {
      for (let k = 0; k < spec.editsPerStep; k++) {
        // Each edit in its own slice of the window, so a tablet's edits do not bunch up.
        const slice = window / spec.editsPerStep;
        sends.push({ at: start + k * slice + Math.random() * slice, room, client, seq: room.sent + k });
      }
    });
  }
  for (const room of rooms) room.sent += spec.editsPerStep;
  sends.sort((a, b) => a.at - b.at);
  const marks = rooms.map((room) => room.tracker.editLatencies.length);
  const expected0 = rooms.reduce((sum, room) => sum + room.tracker.editsExpected, 0);
  const received0 = rooms.reduce((sum, room) => sum + room.tracker.editsReceived, 0);
  for (const room of rooms) room.tracker.measuredFrom = start;
  const cpu0 = cpuMs(server.pid);
  const t0 = performance.now();
  let next = 0;
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      while (next < sends.length && (sends[next]?.at as number) <= now) {
        const send = sends[next++] as (typeof sends)[number];
        send.room.tracker.sentEdit(send.client, send.seq, performance.now());
        (send.room.clients[send.client] as LightClient).send(
          (send.room.frames[send.client] as Uint8Array[])[send.seq] as Uint8Array,
        );
      }
      if (next >= sends.length) done();
      else setTimeout(tick, 2);
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  const received = () => rooms.reduce((sum, room) => sum + room.tracker.editsReceived, 0) - received0;
  const expected = rooms.reduce((sum, room) => sum + room.tracker.editsExpected, 0) - expected0;
  await waitUntil(() => received() >= expected, 10_000);
  const cpu = cpuMs(server.pid) - cpu0;
  const wall = performance.now() - t0;
  const latencies: number[] = [];
  let worstRoomP95 = 0;
  let roomsOverBound = 0;
  rooms.forEach((room, index) => {
    const values = room.tracker.editLatencies.values().subarray(marks[index] as number);
    for (const value of values) latencies.push(value);
    const p95 = percentiles(values).p95;
    if (!(p95 <= spec.p95BoundMs)) roomsOverBound++;
    // A room with no delivery at all counts as over the bound (its p95 is NaN).
    if (!Number.isNaN(p95) && p95 > worstRoomP95) worstRoomP95 = p95;
  });
  const delivery = received() / Math.max(1, expected);
  return {
    rooms: rooms.length,
    clients: rooms.length * spec.clientsPerRoom,
    worstRoomP95,
    all: percentiles(latencies),
    roomsOverBound,
    delivery,
    serverCpu: (cpu / wall) * 100,
    heapUsed,
    held: roomsOverBound === 0 && delivery === 1,
  };
}
