/**
 * A board whose delete set passed 1 MB: every tablet holding it answers the server's sync-step-1 with
 * the whole delete set. Sent whole, that frame is over the server's 1 MB cap (close 1009, on every
 * reconnect, forever); Fresco's sending path (installSplitSending) cuts it into frames under 512 KB.
 * Real server, real y-websocket provider, real sockets.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { installSplitSending } from '../../client/sync/splitSending';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import { createWorkshop } from '../helpers/api';
import { hasPending, sameState, scatterDeletions } from '../helpers/bigUpdates';
import { startServer, type TestServer } from '../helpers/server';
import { connect } from '../helpers/syncClient';
import { waitFor } from '../helpers/waitFor';

const MB = 1024 * 1024;

let server: TestServer;
let workshop: CreateWorkshopResponse;
/** The tablet's board: about 1.1 MB of scattered deletions, about 8 MB in all. */
let tablet: Y.Doc;

beforeAll(async () => {
  server = await startServer();
  workshop = await createWorkshop(server.url, { title: 'Grand tableau' });
  tablet = new Y.Doc();
  // Votes written as the facilitator: cheap to build, and shaped as the server's gate wants them.
  scatterDeletions(tablet, 0, 280_000);
}, 60_000);
afterAll(async () => {
  await server.dispose();
});

interface Watched {
  provider: WebsocketProvider;
  closes: number[];
  sentBytes: number[];
}

function open(doc: Y.Doc, split: boolean): Watched {
  const provider = new WebsocketProvider(
    `${server.url.replace(/^http/, 'ws')}/sync`,
    `${workshop.id}/board`,
    doc,
    {
      params: { token: workshop.tokens.facilitator },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
      connect: false,
      maxBackoffTime: 500,
    },
  );
  const watched: Watched = { provider, closes: [], sentBytes: [] };
  provider.on('connection-close', (event) => {
    if (event) watched.closes.push(event.code);
  });
  provider.on('status', ({ status }) => {
    const socket = provider.ws;
    if (status !== 'connecting' || !socket) return;
    const send = socket.send.bind(socket);
    socket.send = (data: Parameters<typeof send>[0]) => {
      watched.sentBytes.push((data as Uint8Array).byteLength);
      send(data);
    };
  });
  if (split) installSplitSending(provider);
  provider.connect();
  return watched;
}

describe('a board with over 1 MB of deletions', () => {
  it('reaches the server in frames under 512 KB, and every reconnect syncs again without a 1009', async () => {
    const deleteSetBytes = Y.encodeStateAsUpdate(tablet, Y.encodeStateVector(tablet)).byteLength;
    expect(deleteSetBytes).toBeGreaterThan(MB);

    const first = open(tablet, true);
    const reader = await waitFor(
      async () => {
        const client = connect(server.url, workshop.id, 'board', workshop.tokens.viewer);
        await waitFor(() => expect(client.provider.synced).toBe(true), { timeoutMs: 30_000 });
        if (!sameState(client.doc, tablet)) {
          client.destroy();
          throw new Error('server does not have the board yet');
        }
        return client;
      },
      { timeoutMs: 90_000, intervalMs: 500 },
    );
    expect(hasPending(reader.doc)).toBe(false);
    reader.destroy();
    expect(first.closes).toEqual([]);
    expect(Math.max(...first.sentBytes)).toBeLessThanOrEqual(512 * 1024);
    // 560,000 structs at most 20,000 a part (the gate's counts), then the delete set: about 31 frames.
    const big = first.sentBytes.filter((bytes) => bytes > 100 * 1024).length;
    expect(big).toBeGreaterThan(25);
    // The server's "stored" notices (step 1s) on the same socket were not answered with the board again.
    expect(big).toBeLessThan(40);

    // Reconnect: the answer to the server's step 1 is now the delete set alone, over 1 MB.
    first.sentBytes.length = 0;
    first.provider.disconnect();
    first.provider.connect();
    await waitFor(() => expect(first.provider.synced).toBe(true), { timeoutMs: 40_000 });
    const deletesSent = first.sentBytes.filter((bytes) => bytes > 1024);
    expect(deletesSent.length).toBeGreaterThanOrEqual(2);
    expect(deletesSent.reduce((sum, bytes) => sum + bytes, 0)).toBeGreaterThan(MB);
    for (const bytes of deletesSent) expect(bytes).toBeLessThanOrEqual(512 * 1024);
    // One more round trip on the same socket: the server handled every part without closing it.
    first.provider.awareness.setLocalStateField('ping', 1);
    await waitFor(() => expect(first.provider.wsconnected && first.provider.synced).toBe(true));
    expect(first.closes).toEqual([]);
    first.provider.destroy();
  }, 120_000);

  it('(the stock provider, for contrast) is closed with 1009 by the same answer', async () => {
    const stock = open(tablet, false);
    await waitFor(() => expect(stock.closes).toContain(1009), { timeoutMs: 40_000 });
    stock.provider.destroy();
  }, 60_000);
});
