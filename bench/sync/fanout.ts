/**
 * One fan-out run: N lightweight clients in one room send edits and cursors at fixed rates with random
 * phases; every receipt is timed against its send in this process; after the senders stop, the run waits
 * for every edit to reach every other client; two full Y.Doc probes then confirm convergence.
 */
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { type RoomRef, type RunningServer, seatId } from '../servers/kinds';
import type { Probe } from '../servers/probe';
import { cpuMs, machineBusyMs } from '../servers/procStats';
import { type Percentiles, percentiles } from '../stats/percentiles';
import { awarenessFrame, STEP_UPDATE, syncFrame } from '../wire/frames';
import { marker } from '../wire/markers';
import { editKey, encodeCursor, encodeEdits } from '../wire/payloads';
import { LightClient } from './lightClient';
import { DeliveryTracker } from './tracker';
import { waitUntil } from './waitUntil';

export interface FanoutSpec {
  name: 'workshop' | 'drag' | 'stress';
  clients: number;
  editHz: number;
  cursorHz: number;
  warmupSeconds: number;
  seconds: number;
}

export interface FanoutResult {
  edit: Percentiles;
  cursor: Percentiles | null;
  editsExpected: number;
  editsReceived: number;
  /** Edits received ÷ edits expected after the drain: anything under 1 is a lost update. */
  editDelivery: number;
  cursorsSent: number;
  cursorsReceived: number;
  /** Receiver–sender pairs whose last cursor never arrived (must be 0). */
  staleCursorPairs: number;
  drainMs: number;
  converged: boolean;
  /** Server CPU during the timed window, % of one core. */
  serverCpu: number;
  serverEventLoop: { p50: number; p99: number; max: number };
  /** Load generator CPU during the timed window, % of one core: near 100 % voids the run. */
  generatorCpu: number;
  /**
   * CPU used by everything else on the machine during the window (% of one core): other work on a shared
   * machine competes with the server and the generator, and shows up here.
   */
  foreignCpu: number;
  generatorEventLoopP99: number;
  framesPerSecondIn: number;
  bytesPerSecondIn: number;
  editBytesSent: number;
  /**
   * Clients the server closed during the run, by close code (Fresco's gate closes a refused writer with
   * 4422): must be empty, or the run measured refusals instead of fan-out.
   */
  serverCloses: Record<string, number>;
}

const TICK_MS = 1;

export async function runFanout(
  server: RunningServer,
  spec: FanoutSpec,
  /** A room's name, or a room created beforehand with a seat per client. */
  room: string | RoomRef,
): Promise<FanoutResult> {
  const ref = typeof room === 'string' ? await server.createRoom(room, spec.clients) : room;
  const address = server.address(ref);
  const total = spec.warmupSeconds + spec.seconds;
  const editCount = Math.ceil(total * spec.editHz) + 1;
  const cursorCount = spec.cursorHz > 0 ? Math.ceil(total * spec.cursorHz) + 1 : 0;
  const tracker = new DeliveryTracker(spec.clients, editCount, Math.max(1, cursorCount));

  const clients: LightClient[] = [];
  for (let index = 0; index < spec.clients; index++) {
    clients.push(
      new LightClient({
        url: address.lightUrl(index),
        framing: address.framing,
        index,
        tracker,
        readyOnOpen: address.readyOnOpen,
      }),
    );
  }
  const probes: Probe[] = [];
  try {
    await Promise.all(clients.map((client) => client.ready));
    probes.push(await address.openProbe(), await address.openProbe());
    await withTimeout(Promise.all(probes.map((probe) => probe.whenSynced)), 15_000, 'probes not synced');

    const edits = clients.map((_, index) => encodeEdits(index, editCount, seatId(ref, index)));
    const editFrames = edits.map((encoded) =>
      encoded.updates.map((u) => syncFrame(address.framing, STEP_UPDATE, u)),
    );
    const cursorFrames = clients.map((_, index) => {
      const clientId = 1_000_000 + Math.floor(Math.random() * 1_000_000_000);
      return Array.from({ length: cursorCount }, (_, seq) =>
        awarenessFrame(address.framing, encodeCursor(clientId, index, seq)),
      );
    });

    const ownLoop = monitorEventLoopDelay({ resolution: 10 });
    const start = performance.now() + 50;
    const editPeriod = 1000 / spec.editHz;
    const cursorPeriod = spec.cursorHz > 0 ? 1000 / spec.cursorHz : Number.POSITIVE_INFINITY;
    const nextEdit = clients.map(() => start + Math.random() * editPeriod);
    const nextCursor = clients.map(() => start + Math.random() * cursorPeriod);
    const editSeq = new Int32Array(spec.clients);
    const cursorSeq = new Int32Array(spec.clients);
    const end = start + total * 1000;
    tracker.measuredFrom = start + spec.warmupSeconds * 1000;

    const window = {
      cpu0: 0,
      gen0: process.cpuUsage(),
      t0: 0,
      cpu1: 0,
      gen1: process.cpuUsage(),
      t1: 0,
      busy0: 0,
      busy1: 0,
    };
    const windowStart = delay(tracker.measuredFrom - performance.now()).then(async () => {
      window.t0 = performance.now();
      window.cpu0 = cpuMs(server.pid);
      window.gen0 = process.cpuUsage();
      window.busy0 = machineBusyMs();
      ownLoop.enable();
      await server.sample({ reset: true }).catch(() => null);
    });
    const framesIn0 = { frames: 0, bytes: 0 };

    await new Promise<void>((done) => {
      const tick = () => {
        const now = performance.now();
        for (let index = 0; index < spec.clients; index++) {
          const client = clients[index] as LightClient;
          while ((nextEdit[index] as number) <= now && (editSeq[index] as number) < editCount) {
            const seq = editSeq[index] as number;
            tracker.sentEdit(index, seq, performance.now());
            client.send((editFrames[index] as Uint8Array[])[seq] as Uint8Array);
            editSeq[index] = seq + 1;
            nextEdit[index] = (nextEdit[index] as number) + editPeriod;
          }
          while ((nextCursor[index] as number) <= now && (cursorSeq[index] as number) < cursorCount) {
            const seq = cursorSeq[index] as number;
            tracker.sentCursor(index, seq, performance.now());
            client.send((cursorFrames[index] as Uint8Array[])[seq] as Uint8Array);
            cursorSeq[index] = seq + 1;
            nextCursor[index] = (nextCursor[index] as number) + cursorPeriod;
          }
        }
        if (now >= tracker.measuredFrom && framesIn0.frames === 0) {
          for (const client of clients) {
            framesIn0.frames += client.framesIn;
            framesIn0.bytes += client.bytesIn;
          }
        }
        if (now >= end) done();
        else setTimeout(tick, TICK_MS);
      };
      setTimeout(tick, Math.max(0, start - performance.now()));
    });
    await windowStart;
    window.t1 = performance.now();
    window.cpu1 = cpuMs(server.pid);
    window.gen1 = process.cpuUsage();
    window.busy1 = machineBusyMs();
    ownLoop.disable();
    const serverSample = await server.sample().catch(() => null);
    let framesIn = 0;
    let bytesIn = 0;
    for (const client of clients) {
      framesIn += client.framesIn;
      bytesIn += client.bytesIn;
    }

    const drainStart = performance.now();
    await waitUntil(
      () => tracker.editsReceived >= tracker.editsExpected && tracker.staleCursorPairs() === 0,
      10_000,
    );
    const drainMs = performance.now() - drainStart;
    const converged = await waitUntil(() => probesConverged(probes, tracker), 10_000);

    const wallMs = window.t1 - window.t0;
    const genMs = (window.gen1.user - window.gen0.user + window.gen1.system - window.gen0.system) / 1000;
    return {
      edit: percentiles(tracker.editLatencies.values()),
      cursor: cursorCount > 0 ? percentiles(tracker.cursorLatencies.values()) : null,
      editsExpected: tracker.editsExpected,
      editsReceived: tracker.editsReceived,
      editDelivery: tracker.editsReceived / Math.max(1, tracker.editsExpected),
      cursorsSent: tracker.cursorsSentTotal,
      cursorsReceived: tracker.cursorsReceived,
      staleCursorPairs: tracker.staleCursorPairs(),
      drainMs,
      converged,
      serverCpu: ((window.cpu1 - window.cpu0) / wallMs) * 100,
      serverEventLoop: serverSample?.eventLoop ?? { p50: Number.NaN, p99: Number.NaN, max: Number.NaN },
      generatorCpu: (genMs / wallMs) * 100,
      foreignCpu: ((window.busy1 - window.busy0 - genMs - (window.cpu1 - window.cpu0)) / wallMs) * 100,
      generatorEventLoopP99: Math.max(0, ownLoop.percentile(99) / 1e6 - 10),
      framesPerSecondIn: ((framesIn - framesIn0.frames) / wallMs) * 1000,
      bytesPerSecondIn: ((bytesIn - framesIn0.bytes) / wallMs) * 1000,
      editBytesSent: edits.reduce((sum, encoded) => sum + encoded.updateBytes, 0),
      serverCloses: serverCloses(clients),
    };
  } finally {
    for (const client of clients) client.terminate();
    for (const probe of probes) probe.destroy();
  }
}

function probesConverged(probes: Probe[], tracker: DeliveryTracker): boolean {
  for (let client = 0; client < tracker.clients; client++) {
    const last = tracker.lastEditSeq(client);
    if (last < 0) continue;
    const expected = marker('E', client, last);
    for (const probe of probes) if (probe.readMarker(editKey(client)) !== expected) return false;
  }
  const [first, ...others] = probes.map((probe) => Buffer.from(probe.stateVector()));
  return others.every((vector) => first !== undefined && vector.equals(first));
}

/** Close codes of the clients the server closed, counted: `{ "4422": 3 }`. */
export function serverCloses(clients: readonly LightClient[]): Record<string, number> {
  const closes: Record<string, number> = {};
  for (const client of clients) {
    if (client.closedByServer !== null) {
      const code = String(client.closedByServer);
      closes[code] = (closes[code] ?? 0) + 1;
    }
  }
  return closes;
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
}

function withTimeout<T>(promise: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    promise.then(
      (value) => {
        clearTimeout(timer);
        resolve(value);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error);
      },
    );
  });
}
