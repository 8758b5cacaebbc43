/**
 * `npm run bench`: Fresco against the stock y-websocket server, Hocuspocus and a raw relay, side by side
 * in the same run. Writes bench/results/<date>.json and bench/RESULTS.md.
 *
 *   npm run bench                  full run (5 interleaved repetitions, about 20 minutes)
 *   npm run bench -- --quick       1 repetition, short durations, written to a temp dir
 *   --only=sync,rooms,persistence,bundle,browser,attack,concertation   run some sections only (temp dir)
 *   --reps=N                       repetitions of the repeated sections
 *   --servers=fresco,yws           only these servers (development; written to a temp dir)
 *   --render=bench/results/X.json  rewrite bench/RESULTS.md from a results file (after editing notes.md)
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { runAttackSection } from './attack/section';
import { browserRows, runBrowserSection } from './browser/section';
import { runBundleSection } from './bundle/section';
import { runConcertationSection } from './concertation/section';
import { createContext } from './context';
import { loadAverage, machineNotes } from './machine';
import { BENCH_DIR, RESULTS_DIR } from './paths';
import { runPersistenceSection } from './persistence/section';
import { renderMarkdown } from './report/markdown';
import { buildRows } from './report/rows';
import type { BenchResults, Row } from './report/types';
import { validityNotes } from './report/validity';
import { ROOMS_REPS, runRoomsSection } from './rooms/section';
import { pinSelf } from './servers/launch';
import { installPeers } from './setup/installPeers';
import { runSyncSection } from './sync/section';

const SECTIONS = ['sync', 'rooms', 'persistence', 'bundle', 'browser', 'attack', 'concertation'] as const;
type Section = (typeof SECTIONS)[number];

function parseArgs(argv: string[]) {
  const quick = argv.includes('--quick');
  const only = argv.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const servers = argv.find((arg) => arg.startsWith('--servers='))?.slice('--servers='.length);
  const reps = Number(
    argv.find((arg) => arg.startsWith('--reps='))?.slice('--reps='.length) ?? (quick ? 1 : 5),
  );
  const sections = only ? (only.split(',') as Section[]) : [...SECTIONS];
  for (const section of sections) {
    if (!SECTIONS.includes(section))
      throw new Error(`unknown section ${section}; known: ${SECTIONS.join(', ')}`);
  }
  return {
    quick,
    reps,
    sections,
    servers: servers ? servers.split(',') : null,
    partial: quick || only !== undefined || servers !== undefined,
  };
}

/** Re-renders RESULTS.md from a results file, with the current notes.md: analysis edits need no rerun. */
function render(file: string): void {
  const results = JSON.parse(readFileSync(file, 'utf8')) as BenchResults;
  results.notes = results.notes.filter((note) => !note.startsWith(NOTES_MARK));
  results.rows = buildRows(results, results.browser ? browserRows(results.browser) : []);
  const notesFile = join(BENCH_DIR, 'report', 'notes.md');
  if (existsSync(notesFile)) results.notes.push(readFileSync(notesFile, 'utf8'));
  writeFileSync(file, `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(join(BENCH_DIR, 'RESULTS.md'), renderMarkdown(results));
  console.log(`rendered ${join(BENCH_DIR, 'RESULTS.md')} from ${file}`);
}

/** notes.md starts with this heading, so a re-render can replace the old copy kept in the results file. */
const NOTES_MARK = '## Where Fresco stands';

async function main(): Promise<void> {
  const renderFrom = process.argv.find((arg) => arg.startsWith('--render='))?.slice('--render='.length);
  if (renderFrom) return render(renderFrom);
  const args = parseArgs(process.argv.slice(2));
  const context = createContext(args.quick, args.reps, args.servers);
  const started = performance.now();
  const loadBefore = loadAverage();
  if (!pinSelf()) context.log('taskset not available: servers and load generator share both cores');
  // The attack section needs only the stock server and installs it itself if missing; the concertation
  // section measures Fresco alone.
  if (args.sections.some((name) => name !== 'attack' && name !== 'concertation')) installPeers(context.log);
  const date = new Date().toISOString().slice(0, 10);
  const results: BenchResults = {
    date,
    quick: args.quick,
    reps: args.reps,
    durationSeconds: 0,
    machine: machineNotes(loadBefore),
    rows: [],
    notes: [],
  };
  const browserRows: Row[] = [];
  // A section that fails is reported, and the others still run: one missing tool must not void the rest.
  const section = async (name: Section, run: () => Promise<void>) => {
    if (!args.sections.includes(name)) return;
    try {
      await run();
    } catch (error) {
      context.log(`${name} failed: ${String(error)}`);
      results.notes.push(`## ${name}: not measured in this run\n${String(error).slice(0, 500)}`);
    }
  };
  try {
    await section('sync', async () => {
      results.sync = await runSyncSection(context);
    });
    await section('rooms', async () => {
      results.rooms = await runRoomsSection(context, args.quick ? 1 : ROOMS_REPS);
    });
    await section('persistence', async () => {
      results.persistence = await runPersistenceSection(context);
    });
    await section('bundle', async () => {
      results.bundle = await runBundleSection(context);
    });
    await section('browser', async () => {
      const browser = await runBrowserSection(context);
      results.browser = browser.results;
      browserRows.push(...browser.rows);
    });
    await section('attack', async () => {
      results.attack = await runAttackSection(context);
    });
    await section('concertation', async () => {
      results.concertation = await runConcertationSection(context);
    });
  } finally {
    context.cleanup();
  }
  results.durationSeconds = (performance.now() - started) / 1000;
  results.machine = machineNotes(loadBefore);
  results.rows = buildRows(results, browserRows);
  results.notes.push(...validityNotes(results));
  const notesFile = join(BENCH_DIR, 'report', 'notes.md');
  if (existsSync(notesFile)) results.notes.push(readFileSync(notesFile, 'utf8'));

  const outDir = args.partial ? join(tmpdir(), 'fresco-bench') : RESULTS_DIR;
  mkdirSync(outDir, { recursive: true });
  const jsonFile = join(outDir, `${date}${args.partial ? '-partial' : ''}.json`);
  const markdownFile = args.partial ? join(outDir, 'RESULTS.md') : join(BENCH_DIR, 'RESULTS.md');
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 1)}\n`);
  writeFileSync(markdownFile, renderMarkdown(results));
  context.log(`done in ${(results.durationSeconds / 60).toFixed(1)} min: ${markdownFile}, ${jsonFile}`);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
