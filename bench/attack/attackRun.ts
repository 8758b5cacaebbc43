/**
 * One attack against one server: an honest resident of room B renames their seat every 50 ms and a
 * second client of room B times each edit's arrival, while the attacker streams one attack's frames
 * into room A. Measures what PRODUCT.md §7 promises: nothing sent to one workshop stalls another.
 */
import { readFileSync } from 'node:fs';
import { addParticipant, updateParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import type { RoomRef, RunningServer } from '../servers/kinds';
import type { ServerSample } from '../servers/launch';
import { type Percentiles, percentiles } from '../stats/percentiles';
import {
  attackStream,
  openDoc,
  providerTarget,
  type Seat,
  type StreamReport,
  socketUrl,
  within,
} from './clients';
import type { FrameSource } from './plans';

export interface AttackRunSpec {
  seconds: number;
  editEveryMs: number;
  /** After the window, how long an edit may still arrive before it counts as lost. */
  graceMs: number;
  /** How long the server has to answer afterwards (a sample, a new client's sync) before "no answer". */
  answerMs: number;
}

export interface AttackRunResult {
  stream: StreamReport;
  edits: { sent: number; delivered: number; lost: number };
  /** Room B's edit round trips; a lost edit counts as (window end + grace − sent). */
  latency: Percentiles;
  rss: { beforeMB: number; peakMB: number; endMB: number };
  eventLoopMaxMs: number | null;
  /** A new client of room B synced within `answerMs` after the attack, and the process is alive. */
  answers: boolean;
  exited: boolean;
}

export interface Rooms {
  a: RoomRef;
  b: RoomRef;
  attacker: Seat;
  writer: Seat;
  /** Fresco: the viewer token of room B (reads without writing); the stock server needs none. */
  readerToken?: string;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMB(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    return Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1] ?? Number.NaN) / 1024;
  } catch {
    return Number.NaN;
  }
}

async function sampleOrNull(server: RunningServer, reset: boolean, ms: number): Promise<ServerSample | null> {
  let result: ServerSample | null = null;
  const ok = await within(
    server.sample({ reset }).then((sample) => {
      result = sample;
    }),
    ms,
  );
  return ok ? result : null;
}

export async function runAttack(
  server: RunningServer,
  rooms: Rooms,
  frames: FrameSource,
  spec: AttackRunSpec,
): Promise<AttackRunResult> {
  const targetB = providerTarget(server, rooms.b);
  const writer = openDoc(targetB, rooms.writer.token);
  const reader = openDoc(targetB, rooms.readerToken);
  const seat = rooms.writer.seatId;
  const origin = new UserOrigin(seat);
  const sentAt: number[] = [];
  const arrivedAt: number[] = [];
  let deliveredUpTo = -1;
  reader.doc.getMap('participants').observeDeep(() => {
    const record = reader.doc.getMap('participants').get(seat) as { get(key: string): unknown } | undefined;
    const name = record?.get('name');
    const seq = typeof name === 'string' && name.startsWith('e') ? Number(name.slice(1)) : -1;
    // Updates arrive in order: seeing edit k means every edit before it has arrived too (merged relays).
    const now = performance.now();
    for (let i = deliveredUpTo + 1; i <= seq && i < sentAt.length; i++) arrivedAt[i] = now;
    deliveredUpTo = Math.max(deliveredUpTo, seq);
  });
  try {
    if (!(await within(Promise.all([writer.synced, reader.synced]), 10_000)))
      throw new Error('room B not synced');
    addParticipant(writer.doc, { id: seat, name: 'start', avatar: 'fox', color: '#135492' }, origin);
    await sleep(300);

    const before = rssMB(server.pid);
    await sampleOrNull(server, true, spec.answerMs);
    let peak = before;
    const start = performance.now();
    const end = start + spec.seconds * 1000;
    const attack = frames
      ? attackStream(socketUrl(providerTarget(server, rooms.a), rooms.attacker.token), frames, end)
      : sleep(spec.seconds * 1000).then(() => ({ sent: 0, closes: 0 }));
    const edits = (async () => {
      for (let next = start; performance.now() < end; next += spec.editEveryMs) {
        await sleep(Math.max(0, next - performance.now()));
        sentAt.push(performance.now());
        updateParticipant(writer.doc, { id: seat, name: `e${sentAt.length - 1}` }, origin);
      }
    })();
    const rssTimer = setInterval(() => {
      peak = Math.max(peak, rssMB(server.pid));
    }, 200);
    const [stream] = await Promise.all([attack, edits]);
    const deadline = performance.now() + spec.graceMs;
    while (deliveredUpTo < sentAt.length - 1 && performance.now() < deadline) await sleep(20);
    clearInterval(rssTimer);
    const sample = await sampleOrNull(server, false, spec.answerMs);
    const endRss = rssMB(server.pid);
    const latencies = sentAt.map((sent, i) => (arrivedAt[i] ?? deadline) - sent);
    const delivered = arrivedAt.filter((at) => at !== undefined).length;
    const probe = openDoc(targetB, rooms.readerToken);
    const answers = (await within(probe.synced, spec.answerMs)) && server.process.exitCode === null;
    probe.destroy();
    return {
      stream,
      edits: { sent: sentAt.length, delivered, lost: sentAt.length - delivered },
      latency: percentiles(latencies),
      rss: { beforeMB: before, peakMB: Math.max(peak, endRss || 0), endMB: endRss },
      eventLoopMaxMs: sample?.eventLoop.max ?? null,
      answers,
      exited: server.process.exitCode !== null || server.process.signalCode !== null,
    };
  } finally {
    writer.destroy();
    reader.destroy();
  }
}
