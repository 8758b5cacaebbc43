// A full Y.Doc probe on the stock @hocuspocus/provider, for the convergence check of the sync bench.
// Lives here because it needs the peers' own yjs (the provider and its document must share one copy).
import { HocuspocusProvider } from '@hocuspocus/provider';
import WebSocket from 'ws';
import * as Y from 'yjs';

export function openProbe(url, name, mapName) {
  const doc = new Y.Doc();
  let resolveSynced;
  const whenSynced = new Promise((resolve) => {
    resolveSynced = resolve;
  });
  const provider = new HocuspocusProvider({
    url,
    name,
    document: doc,
    token: 'bench',
    WebSocketPolyfill: WebSocket,
    onSynced: () => resolveSynced(),
  });
  return {
    whenSynced,
    // The item record is a Y.Map of this folder's yjs, not the bench's: read it by duck typing.
    readMarker: (key) => doc.getMap(mapName).get(key)?.get?.('label'),
    stateVector: () => Y.encodeStateVector(doc),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
