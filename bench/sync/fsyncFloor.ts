/**
 * The disk's own price of durability: a small write and an fsync, repeated, in the directory the servers
 * keep their data in. Nothing that stores before it relays can answer faster than this, so the durable
 * fan-out target is "stock server + this floor", measured in the same repetition.
 * The file is written in place (1 KB at rotating offsets of a 64 KB file, as SQLite reuses its
 * write-ahead log after a checkpoint), so each round costs one data block and no file-size metadata.
 */
import { closeSync, fsyncSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { type Percentiles, percentiles } from '../stats/percentiles';

const BLOCK = 1024;
const SPAN = 64 * 1024;

export function measureFsyncFloor(dir: string, rounds = 300): Percentiles {
  const path = join(dir, 'fsync-floor.probe');
  const fd = openSync(path, 'w');
  try {
    const block = Buffer.alloc(BLOCK, 0x5a);
    for (let offset = 0; offset < SPAN; offset += BLOCK) writeSync(fd, block, 0, BLOCK, offset);
    fsyncSync(fd);
    const samples = new Float64Array(rounds);
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      writeSync(fd, block, 0, BLOCK, (round * BLOCK) % SPAN);
      fsyncSync(fd);
      samples[round] = performance.now() - started;
    }
    return percentiles(samples);
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
}
