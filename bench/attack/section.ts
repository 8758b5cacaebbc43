/**
 * The attack section: for each server (Fresco and the stock y-websocket server) and each attack, a fresh
 * server with two workshops, an attacker streaming into room A and an honest resident editing in room B.
 * Reports room B's edit latency, the server's RSS growth and whether it still answers. Every run is
 * bounded (window + grace + probes) and the server is killed after each, so one stuck in an attack
 * costs nothing more.
 */
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { sampleBoard, type VandalismTarget } from '../../tests/helpers/boardVandalism';
import { type BenchContext, chosen } from '../context';
import { PEERS_DIR } from '../paths';
import { type RunningServer, type ServerId, startServer } from '../servers/kinds';
import { installPeers } from '../setup/installPeers';
import { type AttackRunResult, type AttackRunSpec, type Rooms, runAttack } from './attackRun';
import { openDoc, providerTarget, takeSeat, within } from './clients';
import { ATTACKS, type AttackName, framesOf } from './plans';

export const ATTACK_SERVERS: ServerId[] = ['fresco', 'yws'];

export interface AttackRecord {
  server: ServerId;
  attack: AttackName;
  result: AttackRunResult | null;
  /** Vandalism only: the victim's name, item, label and votes are as they were. */
  victimIntact?: boolean;
  error?: string;
}

export interface AttackResults {
  spec: AttackRunSpec;
  runs: AttackRecord[];
}

export function attackSpec(quick: boolean): AttackRunSpec {
  return {
    seconds: quick ? 2 : 4,
    editEveryMs: 50,
    graceMs: quick ? 1000 : 2000,
    answerMs: quick ? 2000 : 3000,
  };
}

async function setupRooms(
  server: RunningServer,
  attack: AttackName,
): Promise<{ rooms: Rooms; target: VandalismTarget }> {
  const a = await server.createRoom(`attack-a-${attack}`);
  const b = await server.createRoom(`attack-b-${attack}`);
  const attacker = await takeSeat(server, a, 'seat-attacker');
  const victim = await takeSeat(server, a, 'seat-victim');
  const writer = await takeSeat(server, b, 'seat-writer');
  const target = sampleBoard({ attacker: attacker.seatId, victim: victim.seatId });
  // Room A holds the victim's records, written with the facilitator's token on Fresco (it may write all).
  const seeder = openDoc(providerTarget(server, a), a.tokens?.facilitator);
  try {
    if (!(await within(seeder.synced, 10_000))) throw new Error('room A not synced');
    Y.applyUpdate(seeder.doc, target.board);
    if (!(await seen(server, a, (doc) => doc.getMap('items').has(target.victimItem)))) {
      throw new Error('room A not seeded');
    }
  } finally {
    seeder.destroy();
  }
  return { rooms: { a, b, attacker, writer, readerToken: b.tokens?.viewer }, target };
}

/** Whether a fresh reader of the room sees `check` hold within 5 s. */
async function seen(
  server: RunningServer,
  room: Rooms['a'],
  check: (doc: Y.Doc) => boolean,
): Promise<boolean> {
  const reader = openDoc(providerTarget(server, room), room.tokens?.viewer);
  try {
    if (!(await within(reader.synced, 5000))) return false;
    const deadline = performance.now() + 5000;
    while (performance.now() < deadline) {
      if (check(reader.doc)) return true;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    return false;
  } finally {
    reader.destroy();
  }
}

function victimIntact(doc: Y.Doc, target: VandalismTarget): boolean {
  const victim = doc.getMap('participants').get(target.victim);
  const item = doc.getMap('items').get(target.victimItem);
  const votes = doc.getMap('votes').get(target.proposal);
  return (
    victim instanceof Y.Map &&
    victim.get('name') === 'Ana' &&
    item instanceof Y.Map &&
    item.get('label') === 'Je fais mes courses' &&
    !(votes instanceof Y.Map && votes.has(target.victim))
  );
}

function describe(record: AttackRecord): string {
  const r = record.result;
  if (!r) return `${record.server} ${record.attack}: failed: ${record.error}`;
  return (
    `${record.server.padEnd(6)} ${record.attack.padEnd(20)} B p99 ${r.latency.p99.toFixed(0)} ms max ${r.latency.max.toFixed(0)} ms` +
    ` lost ${r.edits.lost}/${r.edits.sent}  RSS +${(r.rss.peakMB - r.rss.beforeMB).toFixed(0)} MB` +
    `  loop max ${r.eventLoopMaxMs?.toFixed(0) ?? '?'} ms  sent ${r.stream.sent} closed ${r.stream.closes}` +
    `  ${r.answers ? 'answers' : 'NO ANSWER'}${record.victimIntact === undefined ? '' : record.victimIntact ? '  victim intact' : '  VICTIM CHANGED'}`
  );
}

export async function runAttackSection(context: BenchContext): Promise<AttackResults> {
  if (!existsSync(join(PEERS_DIR, 'node_modules', '@y', 'websocket-server', 'src', 'server.js'))) {
    installPeers(context.log);
  }
  const spec = attackSpec(context.quick);
  const runs: AttackRecord[] = [];
  for (const id of chosen(context, ATTACK_SERVERS)) {
    for (const attack of ATTACKS) {
      const dataDir = context.tempDir(`attack-${id}`);
      const server = await startServer(id, { dataDir });
      const record: AttackRecord = { server: id, attack, result: null };
      try {
        const { rooms, target } = await setupRooms(server, attack);
        const frames = framesOf(attack, target, context.quick);
        record.result = await runAttack(server, rooms, frames, spec);
        if (attack === 'vandalism')
          record.victimIntact = await seen(server, rooms.a, (doc) => victimIntact(doc, target));
      } catch (error) {
        record.error = String(error).slice(0, 300);
      } finally {
        // A crash, not a clean stop: a server still chewing on an attack would take 10 s to give up.
        await server.kill9();
        rmSync(dataDir, { recursive: true, force: true });
      }
      runs.push(record);
      context.log(`attack ${describe(record)}`);
    }
  }
  return { spec, runs };
}
