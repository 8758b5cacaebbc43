import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createWorkshop, joinByCode } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;

beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.dispose();
});

describe('HTTP API (PRODUCT.md §4)', () => {
  it('answers /healthz with the version of package.json', async () => {
    const response = await fetch(`${server.url}/healthz`);
    expect(response.status).toBe(200);
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await response.json()).toMatchObject({ ok: true, version });
  });

  it('creates a workshop with a 6-digit code and four distinct tokens, and writes title, place, date to control', async () => {
    const created = await createWorkshop(server.url, {
      title: 'Atelier Jas de Bouffan',
      place: 'Centre social',
      date: '2027-03-14',
    });
    expect(created.joinCode).toMatch(/^\d{6}$/);
    const tokens = Object.values(created.tokens);
    expect(new Set(tokens).size).toBe(4);
    for (const token of tokens) expect(Buffer.from(token, 'base64url').byteLength).toBeGreaterThanOrEqual(16);

    const client = await connectSynced(server.url, created.id, 'control', created.tokens.viewer);
    const workshop = client.doc.getMap('workshop');
    expect(workshop.get('title')).toBe('Atelier Jas de Bouffan');
    expect(workshop.get('place')).toBe('Centre social');
    expect(workshop.get('date')).toBe('2027-03-14');
    expect(workshop.get('phase')).toBe('welcome');
    client.destroy();
  });

  it('stores tokens only as hashes', async () => {
    const created = await createWorkshop(server.url);
    const { readFileSync } = await import('node:fs');
    server.store.sizeOnDisk();
    const files = ['fresco.db', 'fresco.db-wal'].map((name) => {
      try {
        return readFileSync(`${server.dataDir}/${name}`);
      } catch {
        return Buffer.alloc(0);
      }
    });
    for (const token of Object.values(created.tokens)) {
      for (const file of files) expect(file.includes(Buffer.from(token))).toBe(false);
    }
  });

  it('refuses bad creation input with a JSON error', async () => {
    const noTitle = await call(server.url, 'POST', '/api/workshops', { body: { title: '  ' } });
    expect(noTitle.status).toBe(400);
    expect(noTitle.body).toMatchObject({ error: 'invalid_title' });
    const badDate = await call(server.url, 'POST', '/api/workshops', {
      body: { title: 'x', date: '2027-02-30' },
    });
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({ error: 'invalid_date' });
    const notJson = await fetch(`${server.url}/api/workshops`, { method: 'POST', body: '{nope' });
    expect(notJson.status).toBe(400);
    expect(await notJson.json()).toMatchObject({ error: 'bad_json' });
  });

  it('tells each token its role, and refuses foreign or missing tokens', async () => {
    const a = await createWorkshop(server.url, { title: 'A' });
    const b = await createWorkshop(server.url, { title: 'B' });
    for (const role of ['facilitator', 'participant', 'stakeholder', 'viewer'] as const) {
      const info = await call(server.url, 'GET', `/api/workshops/${a.id}`, { token: a.tokens[role] });
      expect(info.status).toBe(200);
      expect(info.body).toMatchObject({ id: a.id, title: 'A', role });
    }
    expect(
      (await call(server.url, 'GET', `/api/workshops/${a.id}`, { token: b.tokens.facilitator })).status,
    ).toBe(401);
    expect((await call(server.url, 'GET', `/api/workshops/${a.id}`)).status).toBe(401);
    const unknown = await call(server.url, 'GET', '/api/workshops/nope', { token: a.tokens.facilitator });
    expect(unknown.status).toBe(404);
    expect(unknown.body).toMatchObject({ error: 'unknown_workshop' });
  });

  it('gives each joining device its own participant token bound to a new seat', async () => {
    const created = await createWorkshop(server.url);
    const first = await joinByCode(server.url, created.joinCode);
    const second = await joinByCode(server.url, created.joinCode);
    expect(first.status).toBe(200);
    expect(first.body.workshopId).toBe(created.id);
    expect(first.body.token).not.toBe(second.body.token);
    const info = await call<{ role: string; seatId: string }>(
      server.url,
      'GET',
      `/api/workshops/${created.id}`,
      {
        token: first.body.token,
      },
    );
    expect(info.body.role).toBe('participant');
    const other = await call<{ seatId: string }>(server.url, 'GET', `/api/workshops/${created.id}`, {
      token: second.body.token,
    });
    expect(info.body.seatId).toBeTruthy();
    expect(info.body.seatId).not.toBe(other.body.seatId);
  });

  it('admits no one while the facilitator keeps the door closed', async () => {
    const created = await createWorkshop(server.url);
    const control = await connectSynced(server.url, created.id, 'control', created.tokens.facilitator);
    control.doc.getMap('workshop').set('doorOpen', false);
    await waitForDoor(server, created.id, false);
    const refused = await joinByCode(server.url, created.joinCode);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ error: 'door_closed' });
    control.doc.getMap('workshop').set('doorOpen', true);
    await waitForDoor(server, created.id, true);
    expect((await joinByCode(server.url, created.joinCode)).status).toBe(200);
    control.destroy();
  });

  it('trades the shared participant link for a seat, only while the door is open', async () => {
    const created = await createWorkshop(server.url);
    const seat = await call<{ token: string; seatId: string }>(
      server.url,
      'POST',
      `/api/workshops/${created.id}/seats`,
      {
        token: created.tokens.participant,
      },
    );
    expect(seat.status).toBe(200);
    expect(seat.body.seatId).toMatch(/^s-/);
    const notAllowed = await call(server.url, 'POST', `/api/workshops/${created.id}/seats`, {
      token: created.tokens.viewer,
    });
    expect(notAllowed.status).toBe(403);
  });

  it('requires ADMIN_TOKEN to create a workshop when the server has one', async () => {
    const guarded = await startServer({ adminToken: 'let-me-in' });
    try {
      const refused = await call(guarded.url, 'POST', '/api/workshops', { body: { title: 'x' } });
      expect(refused.status).toBe(401);
      const wrong = await call(guarded.url, 'POST', '/api/workshops', {
        body: { title: 'x' },
        token: 'nope',
      });
      expect(wrong.status).toBe(401);
      await createWorkshop(guarded.url, { title: 'x' }, 'let-me-in');
    } finally {
      await guarded.dispose();
    }
  });

  it('lists the local-network addresses tablets can open, never localhost', async () => {
    const network = await call<{ urls: string[] }>(server.url, 'GET', '/api/network');
    expect(network.status).toBe(200);
    expect(Array.isArray(network.body.urls)).toBe(true);
    for (const url of network.body.urls) expect(url).not.toMatch(/localhost|127\./);
  });

  it('answers unknown routes and methods with JSON errors', async () => {
    expect((await call(server.url, 'GET', '/api/nothing')).body).toMatchObject({ error: 'not_found' });
    const wrongMethod = await call(server.url, 'PUT', '/api/join');
    expect(wrongMethod.status).toBe(405);
  });

  it('deletes a workshop: its tokens, code and sync stop working', async () => {
    const created = await createWorkshop(server.url);
    const viewer = await connectSynced(server.url, created.id, 'board', created.tokens.viewer);
    expect(
      (await call(server.url, 'DELETE', `/api/workshops/${created.id}`, { token: created.tokens.viewer }))
        .status,
    ).toBe(403);
    const deleted = await call(server.url, 'DELETE', `/api/workshops/${created.id}`, {
      token: created.tokens.facilitator,
    });
    expect(deleted.status).toBe(200);
    expect(
      (await call(server.url, 'GET', `/api/workshops/${created.id}`, { token: created.tokens.facilitator }))
        .status,
    ).toBe(404);
    expect((await joinByCode(server.url, created.joinCode)).status).toBe(404);
    viewer.destroy();
  });
});

/** Waits until the server's copy of the control document holds the facilitator's door setting. */
async function waitForDoor(target: TestServer, workshopId: string, open: boolean): Promise<void> {
  await waitFor(async () => {
    const room = await target.rooms.get(workshopId, 'control');
    expect(room.doc.getMap('workshop').get('doorOpen')).toBe(open);
  });
}
