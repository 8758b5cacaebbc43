/** The stock y-websocket client in Node, exactly as PRODUCT.md §4 tells other tools to use it. */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { SyncedDocName } from '../../shared/schema/roles';
import { waitFor } from './waitFor';

export interface SyncClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  destroy(): void;
}

export function connect(
  baseUrl: string,
  workshopId: string,
  docName: SyncedDocName,
  token: string,
  doc = new Y.Doc(),
): SyncClient {
  const provider = new WebsocketProvider(
    `${baseUrl.replace(/^http/, 'ws')}/sync`,
    `${workshopId}/${docName}`,
    doc,
    {
      params: { token },
      // The Node global WebSocket lacks what y-websocket needs before Node 22; ws is the reference client.
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    },
  );
  return {
    doc,
    provider,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

export async function connectSynced(
  baseUrl: string,
  workshopId: string,
  docName: SyncedDocName,
  token: string,
): Promise<SyncClient> {
  const client = connect(baseUrl, workshopId, docName, token);
  await waitFor(() => {
    if (!client.provider.synced) throw new Error('not synced yet');
  });
  return client;
}
