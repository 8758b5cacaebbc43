/**
 * A protocol-level client: a raw `ws` socket that sends pre-encoded frames and reads markers out of what
 * it receives, with no Y.Doc. Forty of these cost the generator a fraction of what forty providers would,
 * so the numbers measure the server, not the load generator.
 */
import { performance } from 'node:perf_hooks';
import * as decoding from 'lib0/decoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import {
  type Framing,
  KIND_AWARENESS,
  KIND_SYNC,
  KIND_SYNC_REPLY,
  STEP_1,
  STEP_2,
  STEP_UPDATE,
  syncFrame,
} from '../wire/frames';
import { CURSOR, EDIT, scanMarkers } from '../wire/markers';
import type { DeliveryTracker } from './tracker';

export interface LightClientOptions {
  url: string;
  framing: Framing;
  /** This client's index in its room (receiver index for the tracker). */
  index: number;
  tracker: DeliveryTracker | null;
  /** The relay has no document: a client is ready as soon as the socket opens. */
  readyOnOpen: boolean;
  /**
   * Apply everything received to a real Y.Doc (reload and crash checks). The stock server answers a
   * step 1 before its persisted state is loaded and sends that state later as an update, so "synced" is
   * only known from the document's content.
   */
  keepDoc?: boolean;
}

const EMPTY_STATE_VECTOR = new Uint8Array([0]);

export class LightClient {
  readonly socket: WebSocket;
  readonly ready: Promise<void>;
  bytesIn = 0;
  bytesOut = 0;
  framesIn = 0;
  /** The document state of the first sync step 2 received (the server's answer to our step 1). */
  firstState: Uint8Array | null = null;
  readonly doc: Y.Doc | null;
  /** The close code when the server closed this socket (Fresco's gate: 4422 for a refused update). */
  closedByServer: number | null = null;
  private closedByUs = false;
  private readonly offset: number;

  constructor(private readonly options: LightClientOptions) {
    this.offset = options.framing.prefix.byteLength;
    this.doc = options.keepDoc ? new Y.Doc() : null;
    this.socket = new WebSocket(options.url, { perMessageDeflate: false });
    this.ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`client ${options.index}: not synced in 20 s`)),
        20_000,
      );
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      this.socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
      this.socket.once('close', (code) => {
        if (!this.closedByUs) reject(new Error(`client ${options.index}: closed ${code} before ready`));
      });
      this.socket.once('open', () => {
        if (options.framing.hello) this.send(options.framing.hello);
        this.send(syncFrame(options.framing, STEP_1, EMPTY_STATE_VECTOR));
        if (options.readyOnOpen) done();
      });
      this.socket.on('message', (data: Buffer) => {
        if (this.onFrame(data)) done();
      });
    });
    this.socket.on('close', (code) => {
      if (!this.closedByUs) this.closedByServer = code;
    });
    // A rejection nobody awaits yet must not crash the run; callers await `ready`.
    this.ready.catch(() => undefined);
  }

  send(frame: Uint8Array): void {
    this.bytesOut += frame.byteLength;
    this.socket.send(frame);
  }

  close(): void {
    this.doc?.destroy();
    this.closedByUs = true;
    this.socket.close();
  }

  terminate(): void {
    this.doc?.destroy();
    this.closedByUs = true;
    this.socket.terminate();
  }

  private applyPayload(data: Buffer): void {
    const decoder = decoding.createDecoder(data);
    decoder.pos = this.offset + 2;
    Y.applyUpdate(this.doc as Y.Doc, decoding.readVarUint8Array(decoder));
  }

  /** Returns true when the frame completes the initial sync. */
  private onFrame(data: Buffer): boolean {
    const now = performance.now();
    this.bytesIn += data.byteLength;
    this.framesIn++;
    const kind = data[this.offset];
    const tracker = this.options.tracker;
    if (kind === KIND_SYNC || kind === KIND_SYNC_REPLY) {
      const step = data[this.offset + 1];
      if (this.doc && (step === STEP_2 || step === STEP_UPDATE)) this.applyPayload(data);
      if (step === STEP_2) {
        if (!this.firstState) {
          const decoder = decoding.createDecoder(data);
          decoder.pos = this.offset + 2;
          this.firstState = decoding.readVarUint8Array(decoder);
        }
        return true;
      }
      if (step === STEP_UPDATE && tracker) {
        scanMarkers(data, this.offset + 2, EDIT, (client, seq) =>
          tracker.receivedEdit(this.options.index, client, seq, now),
        );
      }
      return false;
    }
    if (kind === KIND_AWARENESS && tracker) {
      scanMarkers(data, this.offset + 1, CURSOR, (client, seq) =>
        tracker.receivedCursor(this.options.index, client, seq, now),
      );
    }
    return false;
  }
}
