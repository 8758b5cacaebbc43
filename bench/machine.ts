import { readFileSync } from 'node:fs';
import { cpus, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { PEERS_DIR } from './paths';
import type { MachineNotes } from './report/types';
import { tasksetAvailable } from './servers/launch';

const PEER_PACKAGES = [
  '@y/websocket-server',
  'y-leveldb',
  '@hocuspocus/server',
  '@hocuspocus/extension-sqlite',
  '@hocuspocus/provider',
  'sqlite3',
  'yjs',
];

export function loadAverage(): string {
  return readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');
}

export function machineNotes(loadBefore: string): MachineNotes {
  const peers: Record<string, string> = {};
  for (const name of PEER_PACKAGES) {
    try {
      const manifest = JSON.parse(
        readFileSync(join(PEERS_DIR, 'node_modules', name, 'package.json'), 'utf8'),
      ) as {
        version: string;
      };
      peers[name] = manifest.version;
    } catch {
      peers[name] = 'missing';
    }
  }
  return {
    cpus: cpus().length,
    cpuModel: cpus()[0]?.model ?? 'unknown',
    memoryGiB: totalmem() / 1024 ** 3,
    node: process.version,
    kernel: release(),
    taskset: tasksetAvailable(),
    loadBefore,
    loadAfter: loadAverage(),
    peers,
  };
}
