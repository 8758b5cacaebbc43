import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createWorkshop } from '../helpers/api';
import { putItem } from '../helpers/docProbe';
import { startServer, type TestServer } from '../helpers/server';
import { connectSynced } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

let server: TestServer;
beforeAll(async () => {
  server = await startServer({ compactAfter: 3 });
});
afterAll(async () => {
  await server.dispose();
});

function dataFilesContain(marker: string): boolean {
  const needle = Buffer.from(marker);
  return readdirSync(server.dataDir).some((name) =>
    readFileSync(join(server.dataDir, name)).includes(needle),
  );
}

describe('DELETE /api/workshops/:id', () => {
  it('leaves no byte of the workshop in the data files, and keeps the others', async () => {
    const marker = 'MARQUEUR-SECRET-7f3a';
    const keep = await createWorkshop(server.url, { title: 'Atelier gardé KEEP-MARK-19' });
    const doomed = await createWorkshop(server.url, { title: `Atelier ${marker}` });
    const writer = await connectSynced(server.url, doomed.id, 'board', doomed.tokens.facilitator);
    for (let i = 0; i < 10; i++) putItem(writer.doc, `i${i}`, `${marker} parole ${i}`);
    const room = await server.rooms.get(doomed.id, 'board');
    await waitFor(() => expect(room.doc.getMap('items').size).toBe(10));
    await waitFor(() => expect(room.hasUnstoredChanges).toBe(false));
    room.compact();
    expect(dataFilesContain(marker)).toBe(true);

    const deleted = await call(server.url, 'DELETE', `/api/workshops/${doomed.id}`, {
      token: doomed.tokens.facilitator,
    });
    expect(deleted.status).toBe(200);
    writer.destroy();
    expect(dataFilesContain(marker)).toBe(false);
    expect(dataFilesContain(doomed.tokens.facilitator)).toBe(false);
    expect(dataFilesContain(doomed.id)).toBe(false);

    const info = await call(server.url, 'GET', `/api/workshops/${keep.id}`, { token: keep.tokens.viewer });
    expect(info.body).toMatchObject({ title: 'Atelier gardé KEEP-MARK-19' });
  });
});
