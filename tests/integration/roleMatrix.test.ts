import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { readWorkshop } from '../../shared/read/workshop';
import { PHASES, type Phase } from '../../shared/schema/control';
import { DOC_NAMES, type DocName, ROLES, type Role } from '../../shared/schema/roles';
import { createWorkshop, joinByCode } from '../helpers/api';
import { readProbe, writeProbe } from '../helpers/docProbe';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let workshop: CreateWorkshopResponse;
/** A resident writes with its own seat's token (the shared participant link only opens a seat). */
let seat: { token: string; seatId: string };

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url, { title: 'Matrice des rôles' });
  const joined = await joinByCode(server.url, workshop.joinCode);
  seat = { token: joined.body.token, seatId: joined.body.seatId };
});
afterAll(async () => {
  await server.dispose();
});

let pingCount = 0;

/**
 * Messages on one socket are handled in order, so once an observer sees the writer's later awareness
 * ping, the server has already handled (applied or dropped) the writer's earlier update.
 */
async function afterServerHandled(
  writer: SyncClient,
  observer: SyncClient,
): Promise<Record<string, unknown>> {
  const ping = ++pingCount;
  // `editing` is a field the server keeps (it drops unknown ones): a short string, here a counter.
  writer.provider.awareness.setLocalStateField('editing', `ping-${ping}`);
  return waitFor(() => {
    const state = observer.provider.awareness.getStates().get(writer.doc.clientID) as
      | Record<string, unknown>
      | undefined;
    if (state?.editing !== `ping-${ping}`) throw new Error('ping not seen yet');
    return state;
  });
}

/**
 * PRODUCT.md §3, written out by hand rather than computed with the production `canWrite`, so granting a
 * role a document it may not write (or taking one away) fails here. It holds in every phase: the
 * stakeholder link opens the plan in every phase, and the phase never widens what a role may write.
 */
const MAY_WRITE = {
  control: { facilitator: true, participant: false, stakeholder: false, viewer: false },
  board: { facilitator: true, participant: true, stakeholder: false, viewer: false },
  plan: { facilitator: true, participant: false, stakeholder: true, viewer: false },
} as const satisfies Record<DocName, Record<Role, boolean>>;

/** PRODUCT.md §4: the workshop's phases. */
const PHASE_LIST = ['welcome', 'explore', 'thread', 'propose', 'plan', 'export'] as const satisfies Phase[];

const docNames = Object.keys(MAY_WRITE) as DocName[];

it('the table covers every document, role and phase the code knows', () => {
  expect([...DOC_NAMES].sort()).toEqual([...docNames].sort());
  for (const docName of docNames) expect(Object.keys(MAY_WRITE[docName]).sort()).toEqual([...ROLES].sort());
  expect([...PHASES]).toEqual([...PHASE_LIST]);
});

async function enterPhase(phase: Phase): Promise<void> {
  const facilitator = await connectSynced(server.url, workshop.id, 'control', workshop.tokens.facilitator);
  setPhase(facilitator.doc, phase, new UserOrigin('facilitator'));
  const room = await server.rooms.get(workshop.id, 'control');
  await waitFor(() => expect(readWorkshop(room.doc).phase).toBe(phase));
  facilitator.destroy();
}

describe.each(PHASE_LIST)('role × document × read/write (PRODUCT.md §3), phase %s', (phase) => {
  beforeAll(() => enterPhase(phase));

  for (const docName of docNames) {
    for (const [role, allowed] of Object.entries(MAY_WRITE[docName]) as [Role, boolean][]) {
      it(`${role} ${allowed ? 'writes' : 'only reads'} ${docName}`, async () => {
        const observer = await connectSynced(server.url, workshop.id, docName, workshop.tokens.facilitator);
        const seed = `seed-${phase}-${role}`;
        writeProbe(observer.doc, docName, seed, 'facilitator');
        const token = role === 'participant' ? seat.token : workshop.tokens[role];
        const seatId = role === 'participant' ? seat.seatId : null;
        const client = await connectSynced(server.url, workshop.id, docName, token);
        await waitFor(() => expect(readProbe(client.doc, docName, seed)).toBe('facilitator'));

        // Claims to be the facilitator: the server must overwrite that from the token.
        client.provider.awareness.setLocalStateField('identity', { role: 'facilitator', seatId: 'forged' });
        const key = `${phase}-${role}-${docName}`;
        writeProbe(client.doc, docName, key, 'written', seatId ?? 'facilitator');
        const seen = await afterServerHandled(client, observer);
        expect(seen.identity).toEqual({ role, seatId });

        const room = await server.rooms.get(workshop.id, docName);
        const onServer = readProbe(room.doc, docName, key);
        if (allowed) {
          expect(onServer).toBe('written');
          await waitFor(() => expect(readProbe(observer.doc, docName, key)).toBe('written'));
        } else {
          expect(onServer).toBeUndefined();
          expect(readProbe(observer.doc, docName, key)).toBeUndefined();
        }
        client.destroy();
        observer.destroy();
      });
    }
  }
});

describe('refused writes', () => {
  it('keeps a refused write out of storage across a restart', async () => {
    const viewer = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.viewer);
    const observer = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
    writeProbe(viewer.doc, 'plan', 'forged', 'x');
    await afterServerHandled(viewer, observer);
    viewer.destroy();
    observer.destroy();
    const { dataDir } = server;
    await server.close();
    server = await startServer({ dataDir });
    const reader = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.facilitator);
    expect(readProbe(reader.doc, 'plan', 'forged')).toBeUndefined();
    expect(readProbe(reader.doc, 'plan', 'export-stakeholder-plan')).toBe('written');
    reader.destroy();
  });

  it('does not tell a reader that only syncs a document with deletions that its writes are refused', async () => {
    const writer = await connectSynced(server.url, workshop.id, 'board', seat.token);
    writeProbe(writer.doc, 'board', 'gone', 'x', seat.seatId);
    writer.doc.transact(() => writer.doc.getMap('items').delete('gone'));
    const warn = vi.spyOn(console, 'warn');
    try {
      const reader = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.viewer);
      // A reader that comes back (reload from its local copy, wifi drop) answers with a delete set.
      reader.provider.disconnect();
      reader.provider.connect();
      await waitFor(() => expect(reader.provider.synced && reader.provider.wsconnected).toBe(true));
      await afterServerHandled(reader, writer);
      expect(warn.mock.calls.filter((call) => String(call[0]).includes('Permission denied'))).toEqual([]);
      reader.destroy();
    } finally {
      warn.mockRestore();
      writer.destroy();
    }
  });
});
