/**
 * `DATA_DIR/fresco.lock`: which process serves this folder. A running server writes it and removes it
 * when it stops; `fresco restore` reads it to refuse replacing the database under a live server. A lock
 * left by a killed server names a process that no longer exists, so it never blocks a restore for good.
 */
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const LOCK_FILE = 'fresco.lock';

export interface DataDirLock {
  pid: number;
  startedAt: string;
}

export function claimDataDir(dataDir: string): { release(): void } {
  const path = join(dataDir, LOCK_FILE);
  const lock: DataDirLock = { pid: process.pid, startedAt: new Date().toISOString() };
  writeFileSync(path, `${JSON.stringify(lock)}\n`);
  return {
    release() {
      // Another server started on the same folder since then keeps its own lock.
      if (readLock(dataDir)?.pid === process.pid) rmSync(path, { force: true });
    },
  };
}

export function readLock(dataDir: string): DataDirLock | null {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as Partial<DataDirLock>;
    return typeof value.pid === 'number' && Number.isInteger(value.pid) && value.pid > 0
      ? { pid: value.pid, startedAt: String(value.startedAt ?? '') }
      : null;
  } catch {
    return null;
  }
}

/** The live server using this folder, or null (no lock, a broken one, or its process is gone). */
export function liveServer(dataDir: string): DataDirLock | null {
  const lock = readLock(dataDir);
  if (!lock) return null;
  try {
    process.kill(lock.pid, 0);
    return lock;
  } catch (error) {
    // EPERM: the process exists but belongs to another user (a service account): still alive.
    return (error as NodeJS.ErrnoException).code === 'EPERM' ? lock : null;
  }
}
