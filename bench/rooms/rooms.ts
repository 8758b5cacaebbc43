/**
 * Many rooms on one server: 1000 rooms × 1 client, then 200 rooms × 10 clients, measured by the server
 * process itself after a forced GC. Two layouts give two equations, so the cost of a room and the cost of
 * a connection come apart:  1000 (R + C) = Δ₁  and  200 R + 2000 C = Δ₂.
 * Then the 2,000 clients edit at 1 Hz (CPU per delivered message), leave, and the server must give the
 * memory back once its rooms are unloaded (leak check).
 */
import { performance } from 'node:perf_hooks';
import { type RoomAddress, type RoomRef, type RunningServer, seatId } from '../servers/kinds';
import type { ServerSample } from '../servers/launch';
import { cpuMs } from '../servers/procStats';
import { type Percentiles, percentiles } from '../stats/percentiles';
import { serverCloses } from '../sync/fanout';
import { LightClient } from '../sync/lightClient';
import { DeliveryTracker } from '../sync/tracker';
import { waitUntil } from '../sync/waitUntil';
import { STEP_UPDATE, syncFrame } from '../wire/frames';
import { encodeEdits } from '../wire/payloads';

export interface RoomsSpec {
  singleRooms: number;
  sharedRooms: number;
  clientsPerRoom: number;
  editHz: number;
  seconds: number;
  /** How long to wait for idle rooms to be unloaded before the leak check. */
  unloadWaitMs: number;
}

export interface MemoryPoint {
  heapUsed: number;
  rss: number;
}

export interface RoomsResult {
  baseline: MemoryPoint;
  singles: MemoryPoint;
  afterSingles: MemoryPoint;
  shared: MemoryPoint;
  afterShared: MemoryPoint;
  /** Bytes, solved from the two layouts; heap after GC (rss alongside). */
  perRoomHeap: number;
  perConnectionHeap: number;
  perRoomRss: number;
  perConnectionRss: number;
  /** Heap left after everyone left and rooms were unloaded, over what the 2,000 clients had added. */
  leakShare: number;
  leakHeapBytes: number;
  connectMs: number;
  cpuMicrosPerDelivery: number;
  serverCpu: number;
  edit: Percentiles;
  editDelivery: number;
  /** Clients the server closed, by close code (4422: an update Fresco's gate refused): must be empty. */
  serverCloses: Record<string, number>;
}

const BATCH = 100;

function point(sample: ServerSample): MemoryPoint {
  return { heapUsed: sample.heapUsed, rss: sample.rss };
}

async function settledSample(server: RunningServer): Promise<MemoryPoint> {
  await new Promise((resolve) => setTimeout(resolve, 300));
  return point(await server.sample({ gc: true }));
}

/** A room as the clients use it: its seats (authors) and where to connect. */
interface OpenRoom {
  ref: RoomRef;
  address: RoomAddress;
}

export async function connectAll(
  rooms: OpenRoom[],
  perRoom: number,
  trackers: DeliveryTracker[] | null,
): Promise<LightClient[]> {
  const clients: LightClient[] = [];
  const all: Array<{ address: RoomAddress; room: number; index: number }> = [];
  rooms.forEach(({ address }, room) => {
    for (let index = 0; index < perRoom; index++) all.push({ address, room, index });
  });
  for (let start = 0; start < all.length; start += BATCH) {
    const batch = all.slice(start, start + BATCH).map(
      ({ address, room, index }) =>
        new LightClient({
          url: address.lightUrl(index),
          framing: address.framing,
          index,
          tracker: trackers ? (trackers[room] as DeliveryTracker) : null,
          readyOnOpen: address.readyOnOpen,
        }),
    );
    await Promise.all(batch.map((client) => client.ready));
    clients.push(...batch);
  }
  return clients;
}

export async function closeAll(clients: LightClient[]): Promise<void> {
  await Promise.all(
    clients.map(
      (client) =>
        new Promise<void>((resolve) => {
          if (client.socket.readyState === client.socket.CLOSED) return resolve();
          client.socket.once('close', () => resolve());
          client.close();
        }),
    ),
  );
}

/** Rooms after the shared ones that the warm-up writes in. */
export const WARM_ROOMS = 20;

/**
 * `count` rooms, ten at a time, each with its seats joined in parallel: one seat a client, so the
 * shared and warm-up rooms get `clientsPerRoom` seats and the others one (about 3,000 joins in all).
 */
export async function createRooms(server: RunningServer, count: number, spec: RoomsSpec): Promise<RoomRef[]> {
  const seatsOf = (index: number) => (index < spec.sharedRooms + WARM_ROOMS ? spec.clientsPerRoom : 1);
  const refs: RoomRef[] = [];
  for (let start = 0; start < count; start += 10) {
    const indexes = Array.from({ length: Math.min(10, count - start) }, (_, i) => start + i);
    refs.push(...(await Promise.all(indexes.map((i) => server.createRoom(`rooms-${i}`, seatsOf(i))))));
  }
  return refs;
}

interface TrafficOutcome {
  clients: LightClient[];
  cpuMs: number;
  wallMs: number;
  deliveries: number;
  expected: number;
  latencies: number[];
}

/** Opens `perRoom` clients in each room; calls `between` once all are in; then every client edits. */
async function traffic(
  rooms: OpenRoom[],
  perRoom: number,
  editHz: number,
  seconds: number,
  server: RunningServer,
  between: () => Promise<void>,
): Promise<TrafficOutcome> {
  const editCount = Math.ceil(seconds * editHz) + 2;
  const trackers = rooms.map(() => new DeliveryTracker(perRoom, editCount, 1));
  const clients = await connectAll(rooms, perRoom, trackers);
  await between();
  // Frames carry the room name on Hocuspocus, so each client's edits are framed for its own room.
  const framed = clients.map((_, i) => {
    const { ref, address } = rooms[Math.floor(i / perRoom)] as OpenRoom;
    const index = i % perRoom;
    return encodeEdits(index, editCount, seatId(ref, index)).updates.map((u) =>
      syncFrame(address.framing, STEP_UPDATE, u),
    );
  });
  const period = 1000 / editHz;
  const start = performance.now() + 20;
  const next = clients.map(() => start + Math.random() * period);
  const seq = new Int32Array(clients.length);
  const end = start + seconds * 1000;
  for (const tracker of trackers) tracker.measuredFrom = start;
  const delivered = () => trackers.reduce((sum, tracker) => sum + tracker.editsReceived, 0);
  const expected = () => trackers.reduce((sum, tracker) => sum + tracker.editsExpected, 0);
  const cpu0 = cpuMs(server.pid);
  const delivered0 = delivered();
  const t0 = performance.now();
  await new Promise<void>((done) => {
    const tick = () => {
      const now = performance.now();
      clients.forEach((client, i) => {
        while ((next[i] as number) <= now && (seq[i] as number) < editCount) {
          const s = seq[i] as number;
          const tracker = trackers[Math.floor(i / perRoom)] as DeliveryTracker;
          tracker.sentEdit(i % perRoom, s, performance.now());
          client.send((framed[i] as Uint8Array[])[s] as Uint8Array);
          seq[i] = s + 1;
          next[i] = (next[i] as number) + period;
        }
      });
      if (now >= end) done();
      else setTimeout(tick, 2);
    };
    setTimeout(tick, Math.max(0, start - performance.now()));
  });
  await waitUntil(() => delivered() >= expected(), 10_000);
  const latencies: number[] = [];
  for (const tracker of trackers) for (const value of tracker.editLatencies.values()) latencies.push(value);
  return {
    clients,
    cpuMs: cpuMs(server.pid) - cpu0,
    wallMs: performance.now() - t0,
    deliveries: delivered() - delivered0,
    expected: expected(),
    latencies,
  };
}

export async function runRooms(
  server: RunningServer,
  refs: RoomRef[],
  spec: RoomsSpec,
): Promise<RoomsResult> {
  const rooms = refs.map((ref) => ({ ref, address: server.address(ref) }));
  const unload = () => new Promise((resolve) => setTimeout(resolve, spec.unloadWaitMs));
  // Warm-up: one short cycle so code compiled and pools grown on first use do not count as a leak. It
  // writes in rooms the edit phase does not use: a later client of a fresh Y.Doc writing the same key
  // would lose the concurrent-write tie half the time, and a lost tie is relayed without its marker.
  const warmRooms = rooms.slice(spec.sharedRooms, spec.sharedRooms + WARM_ROOMS);
  const warm = await traffic(warmRooms, spec.clientsPerRoom, 2, 1, server, async () => {});
  const closedClients = [...warm.clients];
  await closeAll(warm.clients);
  await unload();
  const baseline = await settledSample(server);

  const connectStart = performance.now();
  const singles = await connectAll(rooms.slice(0, spec.singleRooms), 1, null);
  const connectMs = performance.now() - connectStart;
  const singlesPoint = await settledSample(server);
  closedClients.push(...singles);
  await closeAll(singles);
  await unload();
  const afterSingles = await settledSample(server);

  let sharedPoint: MemoryPoint = afterSingles;
  const run = await traffic(
    rooms.slice(0, spec.sharedRooms),
    spec.clientsPerRoom,
    spec.editHz,
    spec.seconds,
    server,
    async () => {
      sharedPoint = await settledSample(server);
    },
  );
  closedClients.push(...run.clients);
  const closes = serverCloses(closedClients);
  await closeAll(run.clients);
  await unload();
  const afterShared = await settledSample(server);

  const a = (singlesPoint.heapUsed - baseline.heapUsed) / spec.singleRooms;
  const b = (sharedPoint.heapUsed - afterSingles.heapUsed) / spec.sharedRooms;
  const perConnectionHeap = (b - a) / (spec.clientsPerRoom - 1);
  const ar = (singlesPoint.rss - baseline.rss) / spec.singleRooms;
  const br = (sharedPoint.rss - afterSingles.rss) / spec.sharedRooms;
  const perConnectionRss = (br - ar) / (spec.clientsPerRoom - 1);
  const added = sharedPoint.heapUsed - afterSingles.heapUsed;
  return {
    baseline,
    singles: singlesPoint,
    afterSingles,
    shared: sharedPoint,
    afterShared,
    perRoomHeap: a - perConnectionHeap,
    perConnectionHeap,
    perRoomRss: ar - perConnectionRss,
    perConnectionRss,
    leakHeapBytes: afterShared.heapUsed - baseline.heapUsed,
    leakShare: (afterShared.heapUsed - baseline.heapUsed) / Math.max(1, added),
    connectMs,
    cpuMicrosPerDelivery: (run.cpuMs * 1000) / Math.max(1, run.deliveries),
    serverCpu: (run.cpuMs / run.wallMs) * 100,
    edit: percentiles(run.latencies),
    editDelivery: run.deliveries / Math.max(1, run.expected),
    serverCloses: closes,
  };
}
