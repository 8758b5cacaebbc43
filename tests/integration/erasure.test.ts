/**
 * Erasure under load: a resident keeps writing while the facilitator deletes the workshop. Whatever was
 * in flight (queued for the group commit, arriving on the socket in the same turn) must not be stored
 * after the erase, so no byte of what residents said survives in any file under DATA_DIR.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { placeActivity } from '../../shared/ops/board/items';
import { UserOrigin } from '../../shared/ops/origin';
import { call, createWorkshop, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
beforeAll(async () => {
  // Small compaction threshold: snapshots are written during the stream too, not only the log.
  server = await startServer({ compactAfter: 20 });
});
afterAll(async () => {
  await server.dispose();
});

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** Every file of the data directory (db, -wal, -shm), read as bytes. */
function filesHolding(marker: string, dataDir = server.dataDir): string[] {
  const needle = Buffer.from(marker);
  return filesUnder(dataDir).filter((path) => readFileSync(path).includes(needle));
}

async function seatToken(code: string): Promise<{ token: string; seatId: string }> {
  const joined = await joinByCode(server.url, code, `tablet-${Math.random()}`);
  const info = await call<{ seatId: string }>(server.url, 'GET', `/api/workshops/${joined.body.workshopId}`, {
    token: joined.body.token,
  });
  return { token: joined.body.token, seatId: info.body.seatId };
}

/** A resident's tablet with the stock client, placing an activity labelled with the marker every ms. */
function streamingTablet(workshopId: string, seat: { token: string; seatId: string }, marker: string) {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(
    `${server.url.replace(/^http/, 'ws')}/sync`,
    `${workshopId}/board`,
    doc,
    {
      params: { token: seat.token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  const origin = new UserOrigin(seat.seatId);
  let count = 0;
  const timer = setInterval(() => {
    for (let i = 0; i < 3; i++) {
      count += 1;
      placeActivity(
        doc,
        {
          pictogram: 'walk',
          label: `${marker} parole ${count}`,
          day: 'mon',
          period: 'morning',
          author: seat.seatId,
        },
        origin,
      );
    }
  }, 1);
  return {
    provider,
    get count() {
      return count;
    },
    stop() {
      clearInterval(timer);
      provider.destroy();
      doc.destroy();
    },
  };
}

describe('DELETE /api/workshops/:id while a resident writes', () => {
  it('leaves no byte of what was said in any data file, in 8 trials out of 8', async () => {
    const keep = await createWorkshop(server.url, { title: 'Atelier gardé' });
    const markers: string[] = [];
    const survivors: string[] = [];
    for (let trial = 0; trial < 8; trial++) {
      const marker = `MARQUEUR-${trial}-${Math.random().toString(36).slice(2, 10)}`;
      markers.push(marker);
      const workshop = await createWorkshop(server.url, { title: 'Atelier à effacer' });
      const tablet = streamingTablet(workshop.id, await seatToken(workshop.joinCode), marker);
      await waitFor(() => expect(tablet.provider.synced).toBe(true));
      // Let a stream of edits be stored and in flight, at a different moment in each trial.
      await waitFor(() => expect(tablet.count).toBeGreaterThan(60 + trial * 40));
      const deleted = await call(server.url, 'DELETE', `/api/workshops/${workshop.id}`, {
        token: workshop.tokens.facilitator,
      });
      expect(deleted.status).toBe(200);
      // The tablet keeps typing a little after the delete: nothing of that may land either.
      const after = tablet.count;
      await waitFor(() => expect(tablet.count).toBeGreaterThan(after + 30));
      tablet.stop();
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (filesHolding(marker).length > 0) survivors.push(marker);
      expect(server.store.getWorkshop(workshop.id)).toBeNull();
    }
    // Checked once more at the end: a write stored late would show up here.
    for (const marker of markers)
      if (filesHolding(marker).length > 0 && !survivors.includes(marker)) survivors.push(marker);
    expect(survivors).toEqual([]);
    const info = await call(server.url, 'GET', `/api/workshops/${keep.id}`, { token: keep.tokens.viewer });
    expect(info.body).toMatchObject({ title: 'Atelier gardé' });
  }, 60_000);
});

describe('stopping a workshop being deleted', () => {
  it('drops what its rooms had not stored yet: nothing is written after the stop', async () => {
    const workshop = await createWorkshop(server.url);
    const room = await server.rooms.get(workshop.id, 'board');
    const marker = `EN-VOL-${Math.random().toString(36).slice(2, 10)}`;
    // Queued for the group commit at the end of this turn, as a socket's write would be.
    room.doc.getMap('items').set('late', marker);
    expect(room.hasUnstoredChanges).toBe(true);
    server.rooms.stop(workshop.id, 4410, 'workshop deleted');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(server.store.loadDoc(workshop.id, 'board').updates).toEqual([]);
    expect(room.isDestroyed).toBe(true);
    await expect(server.rooms.get(workshop.id, 'board')).rejects.toThrow(/deleted/);
  });
});

describe('an erase cut short by a stopped process', () => {
  it('is finished at the next start', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'fresco-erase-'));
    const marker = `RESTE-${Math.random().toString(36).slice(2, 10)}`;
    const first = await startServer({ dataDir });
    const workshop = await createWorkshop(first.url);
    first.store.appendUpdates([
      { workshopId: workshop.id, doc: 'board', update: Buffer.from(`${marker} parole`) },
    ]);
    // What a process killed right after the workshop row went (and before its documents) leaves behind.
    first.store.deleteWorkshop(workshop.id);
    await first.close();
    expect(filesHolding(marker, dataDir).length).toBeGreaterThan(0);

    const second = await startServer({ dataDir });
    await waitFor(() => expect(filesHolding(marker, dataDir)).toEqual([]));
    await second.close();
    rmSync(dataDir, { recursive: true, force: true });
  });
});
