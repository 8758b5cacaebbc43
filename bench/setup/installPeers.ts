/**
 * Installs the peer servers into bench/peers/node_modules from bench/peers/package-lock.json, never into
 * the app. sqlite3 (for Hocuspocus' SQLite extension) is compiled from source against Node's headers, so
 * nothing but registry tarballs is fetched; LevelDB ships its prebuilt binary inside its npm package.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PEERS_DIR } from '../paths';

const MARKERS = [
  '@y/websocket-server/src/server.js',
  '@hocuspocus/server/package.json',
  '@hocuspocus/extension-sqlite/package.json',
  '@hocuspocus/provider/package.json',
  'y-leveldb/package.json',
  'sqlite3/build/Release/node_sqlite3.node',
];

export function peersInstalled(): boolean {
  return MARKERS.every((marker) => existsSync(join(PEERS_DIR, 'node_modules', marker)));
}

export function installPeers(log: (line: string) => void): void {
  if (peersInstalled()) return;
  log('installing peers into bench/peers/node_modules (compiles sqlite3 once, about 2 minutes)…');
  const result = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: PEERS_DIR,
    stdio: 'inherit',
    env: { ...process.env, npm_config_build_from_source: 'true' },
  });
  if (result.status !== 0 || !peersInstalled()) throw new Error('could not install the bench peers');
}
