import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'libsql';
import { afterAll, describe, expect, it } from 'vitest';
import { createWorkshop } from '../helpers/api';
import { startChildServer } from '../helpers/childServer';
import { putItem, writeProbe } from '../helpers/docProbe';
import { startServer } from '../helpers/server';
import { connect, connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'fresco-durable-'));
  dirs.push(dir);
  return dir;
}
afterAll(() => {
  for (const dir of dirs) rmSync(dir, { recursive: true, force: true });
});

/** What the database holds for one document, read on a connection of its own (WAL lets it read live). */
function storedRows(dataDir: string, workshopId: string, doc: string): { log: number; snapshots: number } {
  const db = new Database(join(dataDir, 'fresco.db'), { readonly: true });
  try {
    const count = (table: string) =>
      Number(
        (
          db
            .prepare(`SELECT count(*) AS n FROM ${table} WHERE workshop_id = ? AND doc = ?`)
            .get([workshopId, doc]) as { n: number }
        ).n,
      );
    return { log: count('updates'), snapshots: count('snapshots') };
  } finally {
    db.close();
  }
}

describe('durability', () => {
  it('keeps every document across a clean restart, including after compaction', async () => {
    const dataDir = tempDir();
    let server = await startServer({ dataDir, compactAfter: 5 });
    const workshop = await createWorkshop(server.url, { title: 'Redémarrage' });
    const writer = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.facilitator);
    const room = await server.rooms.get(workshop.id, 'board');
    // One item a turn, each seen by the server before the next, so each is a commit of its own.
    for (let i = 0; i < 40; i++) {
      putItem(writer.doc, `item-${i}`, `parole ${i}`);
      await waitFor(() => expect(room.doc.getMap('items').size).toBe(i + 1));
    }
    // The server, still running, folded its log into a snapshot: the row is there, the log is shorter
    // than the 40 commits (compaction waits for a quiet moment, so wait for it).
    await waitFor(() => {
      const stored = storedRows(dataDir, workshop.id, 'board');
      expect(stored.snapshots).toBe(1);
      expect(stored.log).toBeLessThan(40);
    });
    // Written after the snapshot: the restart must read the snapshot and the log after it.
    for (let i = 40; i < 43; i++) putItem(writer.doc, `item-${i}`, `parole ${i}`);
    await waitFor(() => expect(room.doc.getMap('items').size).toBe(43));
    writer.destroy();
    await server.close();

    server = await startServer({ dataDir });
    const reader = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.viewer);
    expect(reader.doc.getMap('items').size).toBe(43);
    const control = await connectSynced(server.url, workshop.id, 'control', workshop.tokens.viewer);
    expect(control.doc.getMap('workshop').get('title')).toBe('Redémarrage');
    reader.destroy();
    control.destroy();
    await server.dispose();
  });

  it('loses nothing any client received when the server is killed with SIGKILL mid-burst', async () => {
    const dataDir = tempDir();
    const first = await startChildServer(dataDir);
    const workshop = await createWorkshop(first.url, { title: 'kill -9' });
    const writer = await connectSynced(first.url, workshop.id, 'board', workshop.tokens.facilitator);
    const observer = await connectSynced(first.url, workshop.id, 'board', workshop.tokens.viewer);
    const received = observer.doc.getMap('items');

    let sent = 0;
    let killed = false;
    const burst = new Promise<void>((done) => {
      const tick = () => {
        if (killed || sent >= 2000) return done();
        for (let i = 0; i < 5; i++) putItem(writer.doc, `k-${sent++}`, `parole ${sent}`);
        setImmediate(tick);
      };
      tick();
    });
    await waitFor(() => expect(received.size).toBeGreaterThanOrEqual(150), { timeoutMs: 10_000 });
    await first.kill9();
    killed = true;
    await burst;
    const seenBeforeKill = [...received.keys()];
    // Neither client may help the restarted server: it must have stored it all by itself.
    writer.destroy();
    observer.destroy();

    const second = await startChildServer(dataDir);
    const reader = connect(second.url, workshop.id, 'board', workshop.tokens.viewer);
    await waitFor(() => expect(reader.provider.synced).toBe(true), { timeoutMs: 10_000 });
    const restored = reader.doc.getMap('items');
    const missing = seenBeforeKill.filter((key) => !restored.has(key));
    expect(seenBeforeKill.length).toBeGreaterThanOrEqual(150);
    expect(missing).toEqual([]);
    reader.destroy();
    await second.stop();
  }, 40_000);

  it('stops cleanly on SIGTERM: exit code 0, nothing lost', async () => {
    const dataDir = tempDir();
    const first = await startChildServer(dataDir);
    const workshop = await createWorkshop(first.url, { title: 'SIGTERM' });
    const writer = await connectSynced(first.url, workshop.id, 'plan', workshop.tokens.stakeholder);
    const observer = await connectSynced(first.url, workshop.id, 'plan', workshop.tokens.viewer);
    for (let i = 0; i < 30; i++) writeProbe(writer.doc, 'plan', `a${i}`, `action ${i}`);
    await waitFor(() => expect(observer.doc.getMap('actions').size).toBe(30));
    writer.destroy();
    observer.destroy();
    expect(await first.stop()).toBe(0);

    const second = await startChildServer(dataDir);
    const reader = await connectSynced(second.url, workshop.id, 'plan', workshop.tokens.viewer);
    expect(reader.doc.getMap('actions').size).toBe(30);
    reader.destroy();
    await second.stop();
  }, 30_000);
});
