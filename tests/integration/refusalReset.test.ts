/**
 * After the server refuses one of its updates (close 4422), Fresco's DocConnection drops its copy of the
 * document, syncs a fresh Y.Doc from the server and hands it to the screens; it never reconnects with
 * the refused state, and a screen refused again soon after resets again (after a growing pause).
 * DocConnection runs in Node with the browser globals it reads (location, window, WebSocket) given.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import type * as Y from 'yjs';
import { DocConnection } from '../../client/sync/docConnection';
import { type RefusingServer, startRefusingServer } from '../helpers/refusingServer';
import { waitFor } from '../helpers/waitFor';

let server: RefusingServer;
const open: DocConnection[] = [];

beforeAll(async () => {
  server = await startRefusingServer();
  server.doc.getMap('items').set('a', 'from the server');
  vi.stubGlobal('location', { origin: server.origin });
  vi.stubGlobal('window', new EventTarget());
  vi.stubGlobal('WebSocket', WebSocket);
});
afterEach(() => {
  for (const connection of open.splice(0)) connection.destroy();
});
afterAll(async () => {
  vi.unstubAllGlobals();
  await server.close();
});

function connection(prepare?: (doc: Y.Doc) => void): { doc: DocConnection; resets: () => number } {
  let resets = 0;
  const doc = new DocConnection('w1', 'board', true, {
    onChange: () => {},
    onFinalClose: () => {},
    onRefused: () => {},
    onReset: () => {
      resets++;
    },
  });
  open.push(doc);
  prepare?.(doc.doc);
  doc.connect('token');
  return { doc, resets: () => resets };
}

describe('a refused update', () => {
  it('resets the document to the server’s state, and again (later) when refused again soon after', async () => {
    const refusedBefore = server.refusals;
    const { doc, resets } = connection();
    await waitFor(() => expect(doc.state).toBe('saved'));
    const first = doc.doc;
    expect(first.getMap('items').get('a')).toBe('from the server');

    first.getMap('items').set('forbidden', 'another resident’s record');
    await waitFor(() => expect(resets()).toBe(1), { timeoutMs: 10_000 });
    const second = doc.doc;
    expect(second).not.toBe(first);
    expect(second.getMap('items').toJSON()).toEqual({ a: 'from the server' });
    expect(server.refusals - refusedBefore).toBe(1);

    // A fine write after the reset is stored.
    second.getMap('items').set('b', 'mine');
    await waitFor(() => expect(server.doc.getMap('items').get('b')).toBe('mine'));

    // Refused again within seconds: reset again, after a pause, never a loop of the same state.
    const started = Date.now();
    second.getMap('items').set('forbidden', 'again');
    await waitFor(() => expect(resets()).toBe(2), { timeoutMs: 15_000 });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1_000);
    expect(doc.doc.getMap('items').toJSON()).toEqual({ a: 'from the server', b: 'mine' });
    await waitFor(() => expect(doc.state).toBe('saved'));
    expect(server.refusals - refusedBefore).toBe(2);
  }, 30_000);

  it('refused in the answer to the server’s step 1 (an offline edit): the fresh document does not send it again', async () => {
    const refusedBefore = server.refusals;
    const connectionsBefore = server.connections;
    const { doc, resets } = connection((local) => local.getMap('items').set('forbidden', 'kept offline'));
    await waitFor(() => expect(resets()).toBe(1), { timeoutMs: 10_000 });
    await waitFor(() => expect(doc.state).toBe('saved'));
    expect(doc.doc.getMap('items').has('forbidden')).toBe(false);
    expect(doc.doc.getMap('items').get('a')).toBe('from the server');
    expect(server.refusals - refusedBefore).toBe(1);
    expect(server.connections - connectionsBefore).toBe(2);
  }, 30_000);
});
