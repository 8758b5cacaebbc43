/**
 * A small y-websocket server standing in for the update gate: it speaks first with its sync-step-1,
 * answers step 1s, applies writes, and closes the socket with 4422 (CLOSE.refusedUpdate) when a write
 * would set a key named `forbidden` in `items`, storing and relaying nothing of it. Real sockets; the
 * rule is a stand-in for "another resident's record", so the client's side can be tested on its own.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { type AddressInfo, WebSocketServer } from 'ws';
import * as Y from 'yjs';
import { CLOSE } from '../../shared/protocol/closeCodes';

export interface RefusingServer {
  doc: Y.Doc;
  origin: string;
  /** Writes refused so far (each closed its socket). */
  refusals: number;
  /** Sockets opened so far. */
  connections: number;
  close(): Promise<void>;
}

function syncFrame(step: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0);
  encoding.writeVarUint(encoder, step);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export async function startRefusingServer(): Promise<RefusingServer> {
  const wss = new WebSocketServer({ port: 0, host: '127.0.0.1' });
  await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
  const server: RefusingServer = {
    doc: new Y.Doc(),
    origin: `http://127.0.0.1:${(wss.address() as AddressInfo).port}`,
    refusals: 0,
    connections: 0,
    close: () => new Promise((resolve) => wss.close(() => resolve())),
  };
  wss.on('connection', (socket) => {
    server.connections++;
    socket.send(syncFrame(0, Y.encodeStateVector(server.doc)));
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      const step = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      if (step === 0) {
        socket.send(syncFrame(1, Y.encodeStateAsUpdate(server.doc, payload)));
        return;
      }
      const trial = new Y.Doc();
      Y.applyUpdate(trial, Y.encodeStateAsUpdate(server.doc));
      Y.applyUpdate(trial, payload);
      if (trial.getMap('items').has('forbidden')) {
        server.refusals++;
        socket.close(CLOSE.refusedUpdate, 'refused: another resident’s record');
        return;
      }
      Y.applyUpdate(server.doc, payload);
      // Its "stored" notice, as Fresco's server sends one after storing a writer's update.
      socket.send(syncFrame(0, Y.encodeStateVector(server.doc)));
    });
  });
  return server;
}
