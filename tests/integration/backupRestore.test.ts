/**
 * `fresco backup` and `fresco restore` as a mediator runs them, through the real command line
 * (server/cli.ts in its own process) against a real server in another process: a backup taken while
 * y-websocket clients keep writing holds every update any client had received when it started; restored
 * into a fresh DATA_DIR, a new server serves all of it with the same links. A restore is refused while a
 * server uses the folder, and a file that is not a Fresco database is refused with a sentence that says so.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Database from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { itemsMap } from '../../shared/ops/roots';
import { call, createWorkshop } from '../helpers/api';
import { type ChildServer, startChildServer } from '../helpers/childServer';
import { readProbe, writeProbe } from '../helpers/docProbe';
import { startServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

const CLI = resolve('server/cli.ts');
const folders: string[] = [];
const children: ChildServer[] = [];

function folder(name: string): string {
  const path = mkdtempSync(join(tmpdir(), `fresco-${name}-`));
  folders.push(path);
  return path;
}

afterAll(async () => {
  for (const child of children) if (child.process.exitCode === null) await child.stop();
  for (const path of folders) rmSync(path, { recursive: true, force: true });
});

interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

function fresco(args: string[], dataDir: string): Promise<Run> {
  const child = spawn(process.execPath, ['--import', 'tsx', CLI, ...args], {
    env: { ...process.env, DATA_DIR: dataDir },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((done) => child.once('exit', (code) => done({ code, stdout, stderr })));
}

async function childServer(dataDir: string): Promise<ChildServer> {
  const child = await startChildServer(dataDir);
  children.push(child);
  return child;
}

describe('fresco backup during a live workshop, then fresco restore', () => {
  it('keeps every update any client had received when the backup started', async () => {
    const dataDir = folder('live');
    const server = await childServer(dataDir);
    const workshop = await createWorkshop(server.url, { title: 'Atelier sauvegardé' });
    const token = workshop.tokens.facilitator;
    const writers = await Promise.all(
      (['board', 'plan', 'control'] as const).map((doc) =>
        connectSynced(server.url, workshop.id, doc, token),
      ),
    );
    const observer = await connectSynced(server.url, workshop.id, 'board', token);
    const [board, plan, control] = writers as [(typeof writers)[0], (typeof writers)[0], (typeof writers)[0]];
    writeProbe(plan.doc, 'plan', 'action-1', 'Permanence numérique');
    writeProbe(control.doc, 'control', 'place', 'Centre social du Jas-de-Bouffan');
    let written = 0;
    let writing = true;
    const loop = (async () => {
      while (writing) {
        writeProbe(board.doc, 'board', `item-${written}`, `Courses ${written}`);
        written++;
        await new Promise((next) => setTimeout(next, 5));
      }
    })();
    // The server relays only what it stored: what the observer has is on disk.
    await waitFor(() => expect(itemsMap(observer.doc).size).toBeGreaterThanOrEqual(40), {
      timeoutMs: 20_000,
    });
    await waitFor(() => expect(readProbe(observer.doc, 'board', 'item-0')).toBe('Courses 0'));
    const seen = [...itemsMap(observer.doc).keys()];
    const backup = join(folder('backup'), 'fresco-backup.db');
    const run = await fresco(['backup', backup], dataDir);
    writing = false;
    await loop;
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Backup written');
    // Writes went on during the backup: it is a copy of a moment, not of the end.
    expect(written).toBeGreaterThan(seen.length);
    expect(existsSync(`${backup}-wal`)).toBe(false);
    for (const client of [...writers, observer]) client.destroy();

    const restoredDir = folder('restored');
    const restore = await fresco(['restore', backup], restoredDir);
    expect(restore.stderr).toBe('');
    expect(restore.code).toBe(0);
    expect(restore.stdout).toContain('Backup restored');

    const restored = await startServer({ dataDir: restoredDir });
    try {
      // The same links open the restored workshop: tokens travel with the database.
      const info = await call(restored.url, 'GET', `/api/workshops/${workshop.id}`, { token });
      expect(info).toMatchObject({ status: 200, body: { title: 'Atelier sauvegardé', role: 'facilitator' } });
      const docs = await Promise.all(
        (['board', 'plan', 'control'] as const).map((doc) =>
          connectSynced(restored.url, workshop.id, doc, token),
        ),
      );
      const [rBoard, rPlan, rControl] = docs as [(typeof docs)[0], (typeof docs)[0], (typeof docs)[0]];
      const missing = seen.filter((id) => readProbe(rBoard.doc, 'board', id) !== `Courses ${id.slice(5)}`);
      expect(missing).toEqual([]);
      expect(readProbe(rPlan.doc, 'plan', 'action-1')).toBe('Permanence numérique');
      expect(readProbe(rControl.doc, 'control', 'place')).toBe('Centre social du Jas-de-Bouffan');
      for (const client of docs) client.destroy();
    } finally {
      await restored.close();
    }
    await server.stop();
  }, 90_000);
});

describe('fresco restore refuses', () => {
  it('while a server uses DATA_DIR, and leaves its database alone', async () => {
    const dataDir = folder('busy');
    const server = await childServer(dataDir);
    const workshop = await createWorkshop(server.url, { title: 'En cours' });
    const backup = join(folder('busy-backup'), 'copy.db');
    expect((await fresco(['backup', backup], dataDir)).code).toBe(0);
    const before = readFileSync(join(dataDir, 'fresco.db'));
    const run = await fresco(['restore', backup], dataDir);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`A Fresco server (process ${server.process.pid}`);
    expect(run.stderr).toContain('Stop it first, then restore.');
    expect(readFileSync(join(dataDir, 'fresco.db')).equals(before)).toBe(true);
    expect(readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
    const info = await call(server.url, 'GET', `/api/workshops/${workshop.id}`, {
      token: workshop.tokens.viewer,
    });
    expect(info.status).toBe(200);

    // Once the server stopped (its lock gone with it), the same restore goes through and keeps the old file.
    await server.stop();
    const after = await fresco(['restore', backup], dataDir);
    expect(after.code).toBe(0);
    expect(after.stdout).toContain('Previous database kept');
    expect(readdirSync(dataDir).some((name) => name.startsWith('fresco.db.before-restore-'))).toBe(true);
  }, 60_000);

  it('does not let the lock of a killed server block a restore for good', async () => {
    const dataDir = folder('stale');
    const server = await childServer(dataDir);
    await createWorkshop(server.url, { title: 'Coupé' });
    const backup = join(folder('stale-backup'), 'copy.db');
    expect((await fresco(['backup', backup], dataDir)).code).toBe(0);
    await server.kill9();
    expect(existsSync(join(dataDir, 'fresco.lock'))).toBe(true);
    const run = await fresco(['restore', backup], dataDir);
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
  }, 60_000);

  const files: Array<[string, (path: string) => void, string]> = [
    [
      'a text file',
      (path) => writeFileSync(path, 'bonjour'),
      'is not a Fresco backup: it is not an SQLite database file.',
    ],
    [
      'an empty file',
      (path) => writeFileSync(path, ''),
      'is not a Fresco backup: it is not an SQLite database file.',
    ],
    [
      'a truncated Fresco backup',
      (path) =>
        writeFileSync(
          path,
          Buffer.concat([Buffer.from('SQLite format 3\u0000', 'latin1'), Buffer.alloc(3000, 1)]),
        ),
      'cannot be read as a Fresco database',
    ],
    [
      'another SQLite database',
      (path) => {
        const db = new Database(path);
        db.exec('CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)');
        db.close();
      },
      'is an SQLite database but not a Fresco one: table "workshops" is missing',
    ],
  ];
  it.each(files)(
    '%s, with a clear message and DATA_DIR untouched',
    async (_, make, message) => {
      const dataDir = folder('wrong');
      const file = join(folder('wrong-file'), 'backup.db');
      make(file);
      const run = await fresco(['restore', file], dataDir);
      expect(run.code).toBe(1);
      expect(run.stderr).toContain(message);
      expect(run.stderr).not.toContain('    at ');
      expect(readdirSync(dataDir)).toEqual([]);
    },
    30_000,
  );

  it('a missing file, and a command it does not know', async () => {
    const dataDir = folder('usage');
    const missing = await fresco(['restore', join(dataDir, 'nope.db')], dataDir);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nope.db does not exist.');
    const unknown = await fresco(['restaure', 'x.db'], dataDir);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('Usage: fresco [start] | fresco backup FILE | fresco restore FILE');
    const noData = await fresco(['backup', join(dataDir, 'b.db')], join(dataDir, 'empty'));
    expect(noData.code).toBe(1);
    expect(noData.stderr).toContain('No Fresco database in');
  }, 30_000);
});
