import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { canWrite, DOC_NAMES, ROLES } from '../../shared/schema/roles';
import { createWorkshop } from '../helpers/api';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced, type SyncClient } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
let workshop: CreateWorkshopResponse;

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url, { title: 'Matrice des rôles' });
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

describe('role × document × read/write (PRODUCT.md §3)', () => {
  for (const docName of DOC_NAMES) {
    for (const role of ROLES) {
      const allowed = canWrite(role, docName);
      it(`${role} ${allowed ? 'writes' : 'only reads'} ${docName}`, async () => {
        const observer = await connectSynced(server.url, workshop.id, docName, workshop.tokens.facilitator);
        observer.doc.getMap('seed').set('from', 'facilitator');
        const client = await connectSynced(server.url, workshop.id, docName, workshop.tokens[role]);
        await waitFor(() => expect(client.doc.getMap('seed').get('from')).toBe('facilitator'));

        // Claims to be the facilitator: the server must overwrite that from the token.
        client.provider.awareness.setLocalStateField('identity', { role: 'facilitator', seatId: 'forged' });
        client.doc.getMap('probe').set(`${role}-${docName}`, 'written');
        const seen = await afterServerHandled(client, observer);
        expect(seen.identity).toEqual({ role, seatId: null });

        const room = await server.rooms.get(workshop.id, docName);
        const onServer = room.doc.getMap('probe').get(`${role}-${docName}`);
        if (allowed) {
          expect(onServer).toBe('written');
          await waitFor(() => expect(observer.doc.getMap('probe').get(`${role}-${docName}`)).toBe('written'));
        } else {
          expect(onServer).toBeUndefined();
          expect(observer.doc.getMap('probe').get(`${role}-${docName}`)).toBeUndefined();
        }
        client.destroy();
        observer.destroy();
      });
    }
  }

  it('keeps a refused write out of storage across a restart', async () => {
    const viewer = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.viewer);
    const observer = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.stakeholder);
    viewer.doc.getMap('actions').set('forged', 'x');
    await afterServerHandled(viewer, observer);
    viewer.destroy();
    observer.destroy();
    const { dataDir } = server;
    await server.close();
    server = await startServer({ dataDir });
    const reader = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.facilitator);
    expect(reader.doc.getMap('actions').has('forged')).toBe(false);
    expect(reader.doc.getMap('probe').get('stakeholder-plan')).toBe('written');
    reader.destroy();
  });

  it('does not tell a reader that only syncs a document with deletions that its writes are refused', async () => {
    const writer = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.participant);
    writer.doc.getMap('gone').set('x', 1);
    writer.doc.getMap('gone').delete('x');
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
