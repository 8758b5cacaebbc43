/** The attack section in RESULTS.md: one summary row (PRODUCT.md §7's 100 ms) and a table per run. */
import { ATTACK_LABELS } from '../attack/plans';
import type { AttackRecord, AttackResults } from '../attack/section';
import type { ServerId } from '../servers/kinds';
import type { BenchResults, Row } from './types';

/** PRODUCT.md §7: nothing sent to one workshop stalls another by more than this. */
const STALL_BUDGET_MS = 100;

function worst(
  runs: readonly AttackRecord[],
  server: ServerId,
): { record: AttackRecord; extraMs: number } | null {
  const reference = runs.find((r) => r.server === server && r.attack === 'none')?.result?.latency.max ?? 0;
  let found: { record: AttackRecord; extraMs: number } | null = null;
  for (const record of runs) {
    if (record.server !== server || record.attack === 'none') continue;
    const max = record.result ? record.result.latency.max : Number.POSITIVE_INFINITY;
    const extraMs = record.result?.answers === false ? Number.POSITIVE_INFINITY : max - reference;
    if (!found || extraMs > found.extraMs) found = { record, extraMs };
  }
  return found;
}

function cell(found: ReturnType<typeof worst>, label: string): string {
  if (!found) return '–';
  const value = Number.isFinite(found.extraMs) ? `+${found.extraMs.toFixed(0)} ms` : 'no answer';
  return `${label} ${value} (${found.record.attack})`;
}

export function attackRows(results: BenchResults): Row[] {
  const attack = results.attack;
  if (!attack) return [];
  const fresco = worst(attack.runs, 'fresco');
  const stock = worst(attack.runs, 'yws');
  return [
    {
      section: 'Attack',
      metric: "other workshop's worst edit delay under attack, over the no-attack run",
      target: `≤ ${STALL_BUDGET_MS} ms (PRODUCT.md §7)`,
      fresco: cell(fresco, 'Fresco'),
      bestPeer: cell(stock, 'y-websocket'),
      ratio: null,
      verdict: fresco ? (fresco.extraMs <= STALL_BUDGET_MS ? 'pass' : 'fail') : 'n/a',
    },
  ];
}

const mb = (value: number) => (Number.isFinite(value) ? `${value.toFixed(0)} MB` : '–');

function line(record: AttackRecord): string[] {
  const r = record.result;
  const name = [record.server, ATTACK_LABELS[record.attack]];
  if (!r) return [...name, '–', '–', '–', '–', '–', '–', `failed: ${record.error ?? '?'}`];
  const intact =
    record.victimIntact === undefined ? '' : record.victimIntact ? ', victim intact' : ', victim changed';
  return [
    ...name,
    `${r.latency.p99.toFixed(0)} ms`,
    `${r.latency.max.toFixed(0)} ms`,
    `${r.edits.lost}/${r.edits.sent}`,
    `+${mb(r.rss.peakMB - r.rss.beforeMB)}`,
    r.eventLoopMaxMs === null ? 'no answer' : `${r.eventLoopMaxMs.toFixed(0)} ms`,
    `${r.stream.sent} / ${r.stream.closes}`,
    `${r.answers ? 'yes' : r.exited ? 'no (exited)' : 'no'}${intact}`,
  ];
}

export function attackDetails(results: BenchResults): string {
  const attack: AttackResults | undefined = results.attack;
  if (!attack) return '';
  const head = [
    'Server',
    'Attack in room A',
    'room B p99',
    'room B max',
    'edits lost',
    'RSS growth (peak)',
    'event loop max',
    'frames sent / attacker closed',
    `answers within ${attack.spec.answerMs / 1000} s after`,
  ];
  const rows = attack.runs.map(line).map((cells) => cells.join(' | '));
  return [
    `## Attack: one workshop attacked, another editing (${attack.spec.seconds} s per attack, an edit every ${attack.spec.editEveryMs} ms)`,
    'A fresh server per row. An edit still missing when the grace after the window ends counts as lost, with that wait as its delay (so p99 and max are lower bounds when edits are lost). "Event loop max" is the monitor\'s worst delay over the window, "no answer" when the server could not even reply to it.',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row} |`),
  ].join('\n');
}
