/**
 * A simulated network between peers that each hold the three documents of a workshop, in the manner of
 * yjs's tests/testHelper.js. Every local update is queued to every connected peer; the test delivers
 * queued messages in random order, duplicates some, and disconnects peers (messages to or from an
 * offline peer are lost). Reconnecting syncs by state vectors, as y-protocols' sync step 1/2 does.
 */
import * as Y from 'yjs';
import { DOC_NAMES, type DocName } from '../../shared/schema/roles';
import type { Prng } from './prng';

/** Origin of updates applied from the network: they are never re-broadcast, like a provider's. */
export const REMOTE = Symbol('remote');

export interface Peer {
  index: number;
  docs: Record<DocName, Y.Doc>;
  online: boolean;
}

interface Message {
  to: number;
  docName: DocName;
  update: Uint8Array;
}

export class SimNetwork {
  readonly peers: Peer[];
  private queue: Message[] = [];

  constructor(
    private readonly rng: Prng,
    peerCount: number,
  ) {
    this.peers = Array.from({ length: peerCount }, (_, index) => this.createPeer(index));
  }

  private createPeer(index: number): Peer {
    const docs = {} as Record<DocName, Y.Doc>;
    const peer: Peer = { index, docs, online: true };
    for (const docName of DOC_NAMES) {
      const doc = new Y.Doc();
      // Fixed client ids: conflict resolution depends on them, and the run must replay from its seed.
      doc.clientID = 10 + index;
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === REMOTE || !peer.online) return;
        for (const other of this.peers) {
          if (other !== peer && other.online) this.queue.push({ to: other.index, docName, update });
        }
      });
      docs[docName] = doc;
    }
    return peer;
  }

  get pending(): number {
    return this.queue.length;
  }

  /** Delivers up to `count` random queued messages; some are delivered twice later. */
  deliver(count: number, duplicateChance = 0.1): void {
    for (let i = 0; i < count && this.queue.length > 0; i++) {
      const [message] = this.queue.splice(this.rng.int(this.queue.length), 1) as [Message];
      const receiver = this.peers[message.to] as Peer;
      if (!receiver.online) continue;
      Y.applyUpdate(receiver.docs[message.docName], message.update, REMOTE);
      if (this.rng.chance(duplicateChance)) this.queue.push(message);
    }
  }

  disconnect(index: number): void {
    (this.peers[index] as Peer).online = false;
  }

  /** Back online: exchanges what each side lacks with every online peer, by state vectors. */
  reconnect(index: number): void {
    const peer = this.peers[index] as Peer;
    peer.online = true;
    for (const other of this.peers) if (other !== peer && other.online) syncPair(peer, other);
  }

  /** Heals the network: everyone online, every message delivered, every pair synced. */
  settle(): void {
    for (const peer of this.peers) peer.online = true;
    while (this.queue.length > 0) this.deliver(this.queue.length, 0);
    for (const a of this.peers) for (const b of this.peers) if (a.index < b.index) syncPair(a, b);
  }
}

function syncPair(a: Peer, b: Peer): void {
  for (const docName of DOC_NAMES) {
    const left = a.docs[docName];
    const right = b.docs[docName];
    Y.applyUpdate(right, Y.encodeStateAsUpdate(left, Y.encodeStateVector(right)), REMOTE);
    Y.applyUpdate(left, Y.encodeStateAsUpdate(right, Y.encodeStateVector(left)), REMOTE);
  }
}
