/**
 * What each server's own persistence costs and keeps:
 * - write amplification: bytes the server process wrote to storage (/proc/<pid>/io) ÷ Yjs update bytes
 *   received, over a drag burst and the quiet seconds after it (debounced stores included);
 * - loss after kill -9 under load: every edit any client had received must be in the state the restarted
 *   server hands out (each edit ends at a known Yjs clock of its client, so the state vector tells what
 *   survived);
 * - reload of the 5,000-item board after a restart: boot to listening, then connect to synced, with the
 *   bytes on the wire of that first sync.
 */
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import Database from 'libsql';
import * as Y from 'yjs';
import type { BigBoard } from '../fixtures/bigBoard';
import {
  type RoomRef,
  type RunningServer,
  type ServerId,
  seatId,
  startServer,
  type Who,
} from '../servers/kinds';
import { cpuMs, storageWriteBytes } from '../servers/procStats';
import { runFanout, serverCloses } from '../sync/fanout';
import { LightClient } from '../sync/lightClient';
import { DeliveryTracker } from '../sync/tracker';
import { waitUntil } from '../sync/waitUntil';
import { STEP_UPDATE, syncFrame } from '../wire/frames';
import { editsKept, encodeEdits } from '../wire/payloads';

export interface AmplificationResult {
  updateBytes: number;
  writeBytes: number;
  ratio: number;
  /** Fresco: group commits in the window (its log's sequence), so bytes per commit can be told apart. */
  commits: number | null;
}

/**
 * Fresco's log sequence of the room's board (one per stored batch), read from its database file beside
 * the server: the difference over the window is the number of group commits that stored the drag.
 */
function frescoSequence(server: RunningServer, ref: RoomRef): number | null {
  if (!server.id.startsWith('fresco') || !server.dataDir || !ref.workshopId) return null;
  const db = new Database(join(server.dataDir, 'fresco.db'), { readonly: true });
  try {
    const row = db
      .prepare("SELECT max(seq) AS seq FROM updates WHERE workshop_id = ? AND doc = 'board'")
      .get([ref.workshopId]) as { seq: number | null } | undefined;
    return Number(row?.seq ?? 0);
  } finally {
    db.close();
  }
}

export async function measureAmplification(
  server: RunningServer,
  seconds: number,
): Promise<AmplificationResult> {
  const spec = { name: 'drag', clients: 40, editHz: 20, cursorHz: 0, warmupSeconds: 0, seconds } as const;
  // Created before the window: Fresco's workshop and its 40 joins are stored writes, but not the drag's.
  const ref = await server.createRoom('amplification', spec.clients);
  const before = storageWriteBytes(server.pid);
  const seqBefore = frescoSequence(server, ref);
  const result = await runFanout(server, spec, ref);
  // Read before the quiet seconds: a compaction in them trims the whole log (null if one came earlier).
  const seqAfter = frescoSequence(server, ref);
  // Hocuspocus stores 2 s after the last change; wait past it so deferred writes are counted too.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const writeBytes = storageWriteBytes(server.pid) - before;
  return {
    updateBytes: result.editBytesSent,
    writeBytes,
    ratio: writeBytes / result.editBytesSent,
    commits: seqBefore === null || !seqAfter ? null : seqAfter - seqBefore,
  };
}

export interface KillResult {
  /** Edits some client had received before the crash. */
  received: number;
  /** Of those, missing from the restarted server. */
  lost: number;
  sentBeforeKill: number;
  /** Writers the server closed before the kill, by close code (4422: refused by Fresco's gate). */
  serverCloses: Record<string, number>;
}

/** Starts `id` on `dataDir` again after a crash and reads back one room's state vector, once it settles. */
async function restartAndRead(
  id: ServerId,
  dataDir: string,
  ref: RoomRef,
  as: Who,
): Promise<{ server: RunningServer; kept: Map<number, number> }> {
  const server = await startServer(id, { dataDir });
  const address = server.address(ref);
  const reader = new LightClient({
    url: address.lightUrl(as),
    framing: address.framing,
    index: 0,
    tracker: null,
    readyOnOpen: false,
    keepDoc: true,
  });
  await reader.ready;
  await settle(reader, 500, 5000);
  const kept = Y.decodeStateVector(Y.encodeStateVector(reader.doc as Y.Doc));
  reader.terminate();
  return { server, kept };
}

/** Waits until nothing new has arrived for `quietMs` (the stock server sends stored state after sync). */
async function settle(client: LightClient, quietMs: number, maxMs: number): Promise<void> {
  let frames = client.framesIn;
  let quietSince = Date.now();
  await waitUntil(() => {
    if (client.framesIn !== frames) {
      frames = client.framesIn;
      quietSince = Date.now();
    }
    return Date.now() - quietSince >= quietMs;
  }, maxMs);
}

export async function killUnderLoad(
  server: RunningServer,
  dataDir: string,
  cycle: number,
  loadMs: number,
): Promise<{ result: KillResult; server: RunningServer }> {
  const writers = 10;
  const ref = await server.createRoom(`kill-${cycle}`, writers + 1);
  const address = server.address(ref);
  const editCount = 400;
  const tracker = new DeliveryTracker(writers + 1, editCount, 1);
  const clients = Array.from(
    { length: writers + 1 },
    (_, index) =>
      new LightClient({
        url: address.lightUrl(index),
        framing: address.framing,
        index,
        tracker,
        readyOnOpen: address.readyOnOpen,
      }),
  );
  await Promise.all(clients.map((client) => client.ready));
  const edits = Array.from({ length: writers }, (_, index) =>
    encodeEdits(index, editCount, seatId(ref, index)),
  );
  const frames = edits.map((encoded) =>
    encoded.updates.map((u) => syncFrame(address.framing, STEP_UPDATE, u)),
  );
  let sent = 0;
  let seq = 0;
  const timer = setInterval(() => {
    if (seq >= editCount) return;
    for (let index = 0; index < writers; index++) {
      const client = clients[index] as LightClient;
      if (client.socket.readyState !== client.socket.OPEN) continue;
      tracker.sentEdit(index, seq, performance.now());
      client.send((frames[index] as Uint8Array[])[seq] as Uint8Array);
      sent++;
    }
    seq++;
  }, 50);
  await new Promise((resolve) => setTimeout(resolve, loadMs));
  const closes = serverCloses(clients);
  await server.kill9();
  clearInterval(timer);
  for (const client of clients) client.terminate();

  const { server: restarted, kept } = await restartAndRead(server.id, dataDir, ref, writers);
  let received = 0;
  let lost = 0;
  edits.forEach((encoded, index) => {
    const highest = tracker.highestEditReceived(index) + 1;
    received += highest;
    lost += Math.max(0, highest - editsKept(encoded, kept.get(encoded.clientId) ?? 0));
  });
  return { result: { received, lost, sentBeforeKill: sent, serverCloses: closes }, server: restarted };
}

export interface ReloadResult {
  /** Spawn to listening, ms. */
  bootMs: number;
  /** Socket opened to first complete sync of the big board, ms. */
  firstSyncMs: number;
  /** CPU the server spent from spawn to that sync (boot, room load, encoding). */
  serverCpuMs: number;
  bytesIn: number;
  bytesOut: number;
  itemsAfterReload: number;
}

/**
 * Writes the big board through one client and waits until a viewer has all of it. The board is a
 * workshop's history, every seat's items at once: on Fresco only the facilitator may write it in one go.
 */
export async function pushBoard(
  server: RunningServer,
  ref: RoomRef,
  board: BigBoard,
  as: Who = 'facilitator',
): Promise<void> {
  const address = server.address(ref);
  const open = (who: Who, index: number) =>
    new LightClient({
      url: address.lightUrl(who),
      framing: address.framing,
      index,
      tracker: null,
      readyOnOpen: address.readyOnOpen,
    });
  const writer = open(as, 0);
  const observer = open('viewer', 1);
  await Promise.all([writer.ready, observer.ready]);
  const before = observer.bytesIn;
  for (const update of board.updates) writer.send(syncFrame(address.framing, STEP_UPDATE, update));
  // Every server relays at least the update bytes (merged or not) to the other client.
  const relayed = await waitUntil(
    () => observer.bytesIn - before >= board.bytes * 0.95 || writer.closedByServer !== null,
    30_000,
  );
  const refused = writer.closedByServer;
  writer.close();
  observer.close();
  // A board the server refused (Fresco's gate closes with 4422) would leave every later figure empty.
  if (refused !== null) throw new Error(`the server closed the board's writer with ${refused}`);
  if (!relayed) throw new Error('the board was not relayed in 30 s');
}

export async function reloadBoard(
  id: ServerId,
  dataDir: string,
  ref: RoomRef,
  items: number,
): Promise<{ result: ReloadResult; server: RunningServer }> {
  const bootStart = performance.now();
  const server = await startServer(id, { dataDir });
  const bootMs = performance.now() - bootStart;
  const address = server.address(ref);
  const syncStart = performance.now();
  const reader = new LightClient({
    url: address.lightUrl(0),
    framing: address.framing,
    index: 0,
    tracker: null,
    readyOnOpen: false,
    keepDoc: true,
  });
  const doc = reader.doc as Y.Doc;
  const complete = new Promise<void>((resolve) => {
    const check = () => {
      if (doc.getMap('items').size < items) return;
      doc.off('update', check);
      resolve();
    };
    doc.on('update', check);
  });
  await reader.ready;
  await Promise.race([complete, new Promise((resolve) => setTimeout(resolve, 20_000))]);
  const firstSyncMs = performance.now() - syncStart;
  const result: ReloadResult = {
    bootMs,
    firstSyncMs,
    serverCpuMs: cpuMs(server.pid),
    bytesIn: reader.bytesIn,
    bytesOut: reader.bytesOut,
    itemsAfterReload: doc.getMap('items').size,
  };
  reader.close();
  return { result, server };
}

export interface StormResult {
  clients: number;
  /** Until the last client has received the whole board, ms. */
  allSyncedMs: number;
  /** Until the first client has, ms. */
  firstSyncedMs: number;
  /** CPU the server spent meanwhile: steadier than wall time on a shared machine. */
  serverCpuMs: number;
}

/** A class starts: `clients` tablets open the big board at once on a freshly started server. */
export async function joinStorm(
  server: RunningServer,
  ref: RoomRef,
  boardBytes: number,
  clients: number,
): Promise<StormResult> {
  const address = server.address(ref);
  const started = performance.now();
  const cpuBefore = cpuMs(server.pid);
  const syncedAt: number[] = new Array(clients).fill(Number.NaN);
  const all = Array.from(
    { length: clients },
    (_, index) =>
      new LightClient({
        url: address.lightUrl(index),
        framing: address.framing,
        index,
        tracker: null,
        readyOnOpen: false,
      }),
  );
  try {
    // Counting bytes, not decoding: the stock server may send the stored board after its sync reply.
    await waitUntil(
      () => {
        all.forEach((client, index) => {
          if (Number.isNaN(syncedAt[index]) && client.bytesIn >= boardBytes * 0.95) {
            syncedAt[index] = performance.now() - started;
          }
        });
        return syncedAt.every((at) => !Number.isNaN(at));
      },
      60_000,
      5,
    );
    return {
      clients,
      allSyncedMs: Math.max(...syncedAt),
      firstSyncedMs: Math.min(...syncedAt),
      serverCpuMs: cpuMs(server.pid) - cpuBefore,
    };
  } finally {
    for (const client of all) client.terminate();
  }
}
