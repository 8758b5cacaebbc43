import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { readParticipants } from '../../shared/read/board';
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

async function seat(baseUrl: string, code: string) {
  const joined = await joinByCode(baseUrl, code);
  const info = await call<{ seatId: string }>(baseUrl, 'GET', `/api/workshops/${joined.body.workshopId}`, {
    token: joined.body.token,
  });
  return { token: joined.body.token, seatId: info.body.seatId };
}

describe('seats', () => {
  it('frees a seat: its token stops working, its socket closes, it leaves the roster, its items stay', async () => {
    const workshop = await createWorkshop(server.url);
    const ana = await seat(server.url, workshop.joinCode);
    const tablet = await connectSynced(server.url, workshop.id, 'board', ana.token);
    addParticipant(
      tablet.doc,
      { id: ana.seatId, name: 'Ana', avatar: 'cat', color: '#1b5e20' },
      new UserOrigin(ana.seatId),
    );
    const projector = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.viewer);
    await waitFor(() => expect(readParticipants(projector.doc).map((p) => p.name)).toEqual(['Ana']));

    const closed = new Promise<number>((resolve) =>
      tablet.provider.on('connection-close', (event: CloseEvent | null) => resolve(event?.code ?? 0)),
    );
    const freed = await call(server.url, 'POST', `/api/workshops/${workshop.id}/seats/${ana.seatId}/free`, {
      token: workshop.tokens.facilitator,
    });
    expect(freed.status).toBe(200);
    expect(await closed).toBe(4401);
    tablet.destroy();
    expect(
      (await call(server.url, 'GET', `/api/workshops/${workshop.id}`, { token: ana.token })).status,
    ).toBe(401);
    await waitFor(() =>
      expect(readParticipants(projector.doc).find((p) => p.id === ana.seatId)?.freed).toBe(true),
    );
    projector.destroy();
  });

  it('reassigns a seat to a new tablet with a new token and the same identity', async () => {
    const workshop = await createWorkshop(server.url);
    const ana = await seat(server.url, workshop.joinCode);
    const refused = await call(
      server.url,
      'POST',
      `/api/workshops/${workshop.id}/seats/${ana.seatId}/reassign`,
      {
        token: workshop.tokens.stakeholder,
      },
    );
    expect(refused.status).toBe(403);
    const moved = await call<{ token: string; seatId: string }>(
      server.url,
      'POST',
      `/api/workshops/${workshop.id}/seats/${ana.seatId}/reassign`,
      { token: workshop.tokens.facilitator },
    );
    expect(moved.status).toBe(200);
    expect(moved.body.seatId).toBe(ana.seatId);
    expect(
      (await call(server.url, 'GET', `/api/workshops/${workshop.id}`, { token: ana.token })).status,
    ).toBe(401);
    const info = await call(server.url, 'GET', `/api/workshops/${workshop.id}`, { token: moved.body.token });
    expect(info.body).toMatchObject({ role: 'participant', seatId: ana.seatId });
  });

  it('ends a tablet’s session: only its own seat token is revoked', async () => {
    const workshop = await createWorkshop(server.url);
    const ana = await seat(server.url, workshop.joinCode);
    const bea = await seat(server.url, workshop.joinCode);
    const ended = await call(server.url, 'POST', `/api/workshops/${workshop.id}/session/end`, {
      token: ana.token,
    });
    expect(ended.status).toBe(200);
    expect(
      (await call(server.url, 'GET', `/api/workshops/${workshop.id}`, { token: ana.token })).status,
    ).toBe(401);
    expect(
      (await call(server.url, 'GET', `/api/workshops/${workshop.id}`, { token: bea.token })).status,
    ).toBe(200);
    const notForFacilitator = await call(server.url, 'POST', `/api/workshops/${workshop.id}/session/end`, {
      token: workshop.tokens.facilitator,
    });
    expect(notForFacilitator.status).toBe(403);
  });
});
