/**
 * Full Y.Doc probes: real providers on real documents, used only to check that every client converged
 * to the same state (the lightweight clients cannot, having no document).
 */

import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PEERS_DIR } from '../paths';
import { EDIT_ROOT, markerOf } from '../wire/payloads';

export interface Probe {
  whenSynced: Promise<void>;
  /** The marker the item record at `key` holds (its label), or undefined. */
  readMarker(key: string): unknown;
  stateVector(): Uint8Array;
  destroy(): void;
}

/** The stock y-websocket client, as a tablet runs it (Fresco, the stock server and the relay). */
export function openWebsocketProbe(
  serverUrl: string,
  room: string,
  params: Record<string, string> = {},
): Probe {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(serverUrl, room, doc, {
    params,
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const whenSynced = new Promise<void>((resolve) => {
    provider.on('sync', (synced: boolean) => {
      if (synced) resolve();
    });
  });
  return {
    whenSynced,
    readMarker: (key) => markerOf(doc.getMap(EDIT_ROOT).get(key)),
    stateVector: () => Y.encodeStateVector(doc),
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

interface HocuspocusProbeModule {
  openProbe(url: string, name: string, mapName: string): Probe;
}

let hocuspocusProbes: Promise<HocuspocusProbeModule> | null = null;

/** The stock @hocuspocus/provider, loaded from bench/peers where it shares that folder's yjs. */
export async function openHocuspocusProbe(url: string, name: string): Promise<Probe> {
  hocuspocusProbes ??= import(
    pathToFileURL(join(PEERS_DIR, 'hocuspocusProbe.mjs')).href
  ) as Promise<HocuspocusProbeModule>;
  return (await hocuspocusProbes).openProbe(url, name, EDIT_ROOT);
}
