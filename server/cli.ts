/**
 * The `fresco` command (`fresco/bin/fresco` in a release, `npm run fresco --` in a clone):
 *   fresco [start]        runs the server, exactly as `npm start` (server/main.ts)
 *   fresco backup FILE    writes a consistent copy of the database under DATA_DIR, server running or not
 *   fresco restore FILE   puts a backup back under DATA_DIR (refused while a server uses it)
 * Backup and restore load only the storage code, not the server.
 */
import { extname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { backupDatabase } from './cli/backup';
import { CliError } from './cli/errors';
import { restoreDatabase } from './cli/restore';
import { readConfig } from './config';
import { printBanner } from './log';

const USAGE = [
  'Usage: fresco [start] | fresco backup FILE | fresco restore FILE',
  '  start          runs Fresco (PORT, HOST, DATA_DIR… as for npm start)',
  '  backup FILE    copies every workshop of DATA_DIR into FILE, even while Fresco runs',
  '  restore FILE   replaces the database of DATA_DIR by FILE (stop Fresco first)',
].join('\n');

// main.ts next to this file, or main.js once compiled for a release; importing it starts the server.
const MAIN = new URL(`./main${extname(fileURLToPath(import.meta.url))}`, import.meta.url).href;

async function run(argv: string[]): Promise<number> {
  const [command = 'start', file, ...rest] = argv;
  if (command === 'start' && file === undefined) {
    await import(MAIN);
    // main.ts exits the process itself when the server stops.
    return new Promise<number>(() => undefined);
  }
  if ((command === 'backup' || command === 'restore') && file && rest.length === 0) {
    const { dataDir } = readConfig();
    if (command === 'backup') {
      const done = backupDatabase(dataDir, file);
      printBanner(
        `Sauvegarde écrite / Backup written: ${done.file} (${done.workshops} atelier(s) / workshop(s), ${done.bytes} octets / bytes)`,
      );
    } else {
      const done = restoreDatabase(dataDir, file);
      printBanner(
        [
          `Sauvegarde restaurée / Backup restored: ${done.database} (${done.workshops} atelier(s) / workshop(s))`,
          done.kept ? `Ancienne base gardée / Previous database kept: ${done.kept}` : '',
        ]
          .filter(Boolean)
          .join('\n'),
      );
    }
    return 0;
  }
  process.stderr.write(`${USAGE}\n`);
  return 2;
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const message =
      error instanceof CliError
        ? error.message
        : error instanceof Error
          ? (error.stack ?? error.message)
          : String(error);
    process.stderr.write(`fresco: ${message}\n`);
    process.exit(1);
  },
);
