/**
 * The people of the attack bench: residents with a stock `WebsocketProvider` on a real Y.Doc (their
 * writes go through `shared/ops`, as a tablet's do) and an attacker on a bare socket that sends
 * crafted `sync-update` frames as fast as the socket drains. On Fresco a resident holds a seat's own
 * token (`POST /api/join`); the stock server takes anyone.
 */
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { JoinResponse } from '../../shared/protocol/http';
import type { ProviderTarget, RoomRef, RunningServer } from '../servers/kinds';

export interface Seat {
  seatId: string;
  /** Absent on the stock server. */
  token?: string;
}

/** A seat of its own on Fresco; a made-up seat id on the stock server, which has no seats. */
export async function takeSeat(server: RunningServer, room: RoomRef, fallbackId: string): Promise<Seat> {
  if (!room.joinCode) return { seatId: fallbackId };
  const response = await fetch(`http://127.0.0.1:${server.port}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: room.joinCode }),
  });
  if (response.status !== 200) throw new Error(`join: ${response.status}`);
  const joined = (await response.json()) as JoinResponse & { seatId: string };
  return { seatId: joined.seatId, token: joined.token };
}

export function providerTarget(server: RunningServer, room: RoomRef): ProviderTarget {
  const target = server.address(room).provider;
  if (!target) throw new Error(`${server.id} has no y-websocket endpoint`);
  return target;
}

export interface DocClient {
  doc: Y.Doc;
  provider: WebsocketProvider;
  synced: Promise<void>;
  destroy(): void;
}

export function openDoc(target: ProviderTarget, token?: string): DocClient {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(target.url, target.room, doc, {
    params: token ? { token } : {},
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  const synced = new Promise<void>((resolve) => {
    provider.on('sync', (isSynced: boolean) => {
      if (isSynced) resolve();
    });
  });
  return {
    doc,
    provider,
    synced,
    destroy() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** Resolves true if the promise settles in time, false otherwise (a stalled or dead server). */
export async function within(promise: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([promise.then(() => true), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

export function syncUpdateFrame(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, 0); // messageSync
  encoding.writeVarUint(encoder, 2); // messageYjsUpdate
  encoding.writeVarUint8Array(encoder, update);
  return encoding.toUint8Array(encoder);
}

export interface StreamReport {
  sent: number;
  /** Times the server closed the attacker (it reconnects and carries on, as a determined one would). */
  closes: number;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function openSocket(url: string): Promise<WebSocket | null> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url, { perMessageDeflate: false });
    const timer = setTimeout(() => {
      socket.terminate();
      resolve(null);
    }, 2000);
    socket.once('open', () => {
      clearTimeout(timer);
      resolve(socket);
    });
    socket.once('error', () => {
      clearTimeout(timer);
      resolve(null);
    });
  });
}

/** Sends `next()` frames until `untilMs` (performance.now()), one whenever the socket has drained. */
export async function attackStream(
  url: string,
  next: () => Uint8Array,
  untilMs: number,
  minGapMs = 20,
): Promise<StreamReport> {
  const report: StreamReport = { sent: 0, closes: 0 };
  let socket: WebSocket | null = null;
  while (performance.now() < untilMs) {
    if (!socket || socket.readyState !== WebSocket.OPEN) {
      if (socket) report.closes++;
      socket = await openSocket(url);
      if (!socket) await sleep(200);
      continue;
    }
    if (socket.bufferedAmount > 0) {
      await sleep(5);
      continue;
    }
    socket.send(syncUpdateFrame(next()));
    report.sent++;
    await sleep(minGapMs);
  }
  socket?.terminate();
  return report;
}

export function socketUrl(target: ProviderTarget, token?: string): string {
  const base = `${target.url}/${target.room}`;
  return token ? `${base}?token=${encodeURIComponent(token)}` : base;
}
