import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/protocol/closeCodes';
import { createWorkshop } from '../helpers/api';
import { itemLabel, putItem } from '../helpers/docProbe';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ roomIdleMs: 50 });
});
afterAll(async () => {
  await server.dispose();
});

describe('room lifecycle', () => {
  it('loads a room once for concurrent callers', async () => {
    const workshop = await createWorkshop(server.url);
    const [a, b] = await Promise.all([
      server.rooms.get(workshop.id, 'plan'),
      server.rooms.get(workshop.id, 'plan'),
    ]);
    expect(a).toBe(b);
  });

  it('unloads an idle room and brings it back intact', async () => {
    const workshop = await createWorkshop(server.url);
    const writer = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.facilitator);
    putItem(writer.doc, 'kept', 'yes');
    const room = await server.rooms.get(workshop.id, 'board');
    await waitFor(() => expect(itemLabel(room.doc, 'kept')).toBe('yes'));
    writer.destroy();
    await waitFor(() => expect(room.isDestroyed).toBe(true));
    const reader = await connectSynced(server.url, workshop.id, 'board', workshop.tokens.viewer);
    expect(itemLabel(reader.doc, 'kept')).toBe('yes');
    reader.destroy();
  });

  it('refuses a document written by a newer Fresco with a clear close code', async () => {
    const workshop = await createWorkshop(server.url);
    const future = new Y.Doc();
    future.getMap('meta').set('schemaVersion', 99);
    server.store.appendUpdates([
      { workshopId: workshop.id, doc: 'plan', update: Y.encodeStateAsUpdate(future) },
    ]);
    const socket = new WebSocket(
      `${server.url.replace('http', 'ws')}/sync/${workshop.id}/plan?token=${workshop.tokens.viewer}`,
    );
    const code = await new Promise<number>((resolve) =>
      socket.on('close', (closeCode) => resolve(closeCode)),
    );
    expect(code).toBe(CLOSE.schemaTooNew);
  });

  it('migrates a document stored before versioning, once, as the room loads', async () => {
    const workshop = await createWorkshop(server.url);
    const legacy = new Y.Doc();
    legacy.getMap('actions').set('old', new Y.Map());
    server.store.appendUpdates([
      { workshopId: workshop.id, doc: 'plan', update: Y.encodeStateAsUpdate(legacy) },
    ]);
    const reader = await connectSynced(server.url, workshop.id, 'plan', workshop.tokens.viewer);
    expect(reader.doc.getMap('meta').get('schemaVersion')).toBe(1);
    reader.destroy();
  });
});
