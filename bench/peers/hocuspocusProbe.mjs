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
    read: (key) => doc.getMap(mapName).get(key),
    stateVector: () => Y.encodeStateVector(doc),
    destroy: () => {
      provider.destroy();
      doc.destroy();
    },
  };
}
