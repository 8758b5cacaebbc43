/**
 * The servers of every comparison: Fresco (durable: fsync per group commit; and with synchronous=NORMAL),
 * the stock y-websocket server 0.1.1 with its LevelDB persistence, Hocuspocus 3.4.4 with its SQLite
 * extension, and a bare relay as the floor. Each is started the same way and addressed per room.
 */
import { join } from 'node:path';
import { newSeatId } from '../../server/auth/tokens';
import type { CreateWorkshopResponse, JoinResponse, WorkshopTokens } from '../../shared/protocol/http';
import { BENCH_DIR, PEERS_DIR } from '../paths';
import { type Framing, hocuspocusFraming, PLAIN_FRAMING } from '../wire/frames';
import { freePort } from './freePort';
import { type ChildHandle, launch } from './launch';
import { openHocuspocusProbe, openWebsocketProbe, type Probe } from './probe';

export type ServerId = 'fresco' | 'fresco-normal' | 'yws' | 'hocuspocus' | 'relay';

export const SERVER_LABELS: Record<ServerId, string> = {
  fresco: 'Fresco (fsync per commit)',
  'fresco-normal': 'Fresco (synchronous=NORMAL)',
  yws: '@y/websocket-server 0.1.1 + LevelDB',
  hocuspocus: '@hocuspocus/server 3.4.4 + SQLite',
  relay: 'raw relay (floor)',
};

/** One light client's seat: its id is the author of the client's items. */
export interface Seat {
  id: string;
  /** Fresco: the seat's own token (POST /api/join); the peers take no token. */
  token: string | null;
}

/** A room, as created once; addressable again after a restart on another port. */
export interface RoomRef {
  name: string;
  workshopId?: string;
  /** Fresco: every role's token. The shared participant link reads and trades for a seat; it writes nothing. */
  tokens?: WorkshopTokens;
  /** Fresco: the code `POST /api/join` trades for a seat's own token (the attack bench's residents). */
  joinCode?: string;
  /**
   * One seat per light client, in client order. The peers ignore tokens, so theirs are made by Fresco's
   * own seat-id generator: every server gets payloads of the same size.
   */
  seats: Seat[];
}

/** How the stock `WebsocketProvider` reaches a room: `new WebsocketProvider(url, room, doc, { params })`. */
export interface ProviderTarget {
  url: string;
  room: string;
}

/**
 * Who a light client connects as: seat `index` of the room, the facilitator (who writes fixtures: a
 * board's history, any author), or a viewer (who only reads). Everyone is the same on the peers.
 */
export type Who = number | 'facilitator' | 'viewer';

export interface RoomAddress {
  lightUrl(who: Who): string;
  framing: Framing;
  readyOnOpen: boolean;
  openProbe(): Promise<Probe>;
  /** Absent for Hocuspocus, which speaks its own framing. */
  provider?: ProviderTarget;
}

export interface RunningServer extends ChildHandle {
  readonly id: ServerId;
  readonly dataDir: string | null;
  /** A room with `seats` seats (none by default), one per light client that will write or read in it. */
  createRoom(name: string, seats?: number): Promise<RoomRef>;
  address(room: RoomRef): RoomAddress;
}

export interface StartOptions {
  /** Where the server keeps its data; null runs a peer without persistence. */
  dataDir: string | null;
  /** Fresco only: unload idle rooms this soon (the leak check waits for it). */
  roomIdleMs?: number;
  /** Fresco only: the built client to serve (browser benches). */
  clientDir?: string;
}

const READY = /READY (\d+)/;

export async function startServer(id: ServerId, options: StartOptions): Promise<RunningServer> {
  switch (id) {
    case 'fresco':
    case 'fresco-normal':
      return startFresco(id, options);
    case 'yws':
      return startYws(options);
    case 'hocuspocus':
      return startHocuspocus(options);
    case 'relay':
      return startRelay();
  }
}

async function startFresco(id: 'fresco' | 'fresco-normal', options: StartOptions): Promise<RunningServer> {
  if (!options.dataDir) throw new Error('Fresco always runs with its storage');
  const handle = await launch({
    script: join(BENCH_DIR, 'servers', 'frescoServer.ts'),
    typescript: true,
    readyPattern: READY,
    env: {
      FRESCO_BENCH: JSON.stringify({
        dataDir: options.dataDir,
        syncMode: id === 'fresco' ? 'full' : 'normal',
        clientDir: options.clientDir ?? join(BENCH_DIR, 'no-client'),
        roomIdleMs: options.roomIdleMs,
      }),
    },
  });
  const base = `127.0.0.1:${handle.port}`;
  return Object.assign(handle, {
    id,
    dataDir: options.dataDir,
    async createRoom(name: string, seats = 0): Promise<RoomRef> {
      const response = await fetch(`http://${base}/api/workshops`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ title: name.slice(0, 60) }),
      });
      if (response.status !== 201) throw new Error(`create workshop: ${response.status}`);
      const workshop = (await response.json()) as CreateWorkshopResponse;
      // Joins in parallel, as a room of tablets does when the code goes up on the projector.
      const joined = await Promise.all(
        Array.from({ length: seats }, () => joinSeat(base, workshop.joinCode)),
      );
      return {
        name,
        workshopId: workshop.id,
        tokens: workshop.tokens,
        joinCode: workshop.joinCode,
        seats: joined,
      };
    },
    address(room: RoomRef): RoomAddress {
      const tokens = room.tokens as WorkshopTokens;
      const path = `${room.workshopId}/board`;
      const tokenOf = (who: Who): string =>
        typeof who === 'number' ? (seatOf(room, who).token as string) : tokens[who];
      return {
        lightUrl: (who) => `ws://${base}/sync/${path}?token=${encodeURIComponent(tokenOf(who))}`,
        framing: PLAIN_FRAMING,
        readyOnOpen: false,
        openProbe: async () => openWebsocketProbe(`ws://${base}/sync`, path, { token: tokens.viewer }),
        provider: { url: `ws://${base}/sync`, room: path },
      };
    },
  });
}

/** POST /api/join with the workshop's code: a seat of its own, as a tablet gets one. */
async function joinSeat(base: string, joinCode: string): Promise<Seat> {
  const response = await fetch(`http://${base}/api/join`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code: joinCode }),
  });
  if (response.status !== 200) throw new Error(`join: ${response.status} ${await response.text()}`);
  const seat = (await response.json()) as JoinResponse & { seatId: string };
  return { id: seat.seatId, token: seat.token };
}

/** The author of light client `index`'s items. */
export function seatId(room: RoomRef, index: number): string {
  return seatOf(room, index).id;
}

function seatOf(room: RoomRef, index: number): Seat {
  const seat = room.seats[index];
  if (!seat) throw new Error(`room ${room.name} has ${room.seats.length} seats, not a seat ${index}`);
  return seat;
}

/** Rooms of the peers: seats of the same shape as Fresco's, with no token. */
function plainRoom(name: string, seats: number): RoomRef {
  return { name, seats: Array.from({ length: seats }, () => ({ id: newSeatId(), token: null })) };
}

/** The stock server's own entry point, untouched: `y-websocket-server` with YPERSISTENCE for LevelDB. */
async function startYws(options: StartOptions): Promise<RunningServer> {
  const port = await freePort();
  const env: Record<string, string> = { HOST: '127.0.0.1', PORT: String(port) };
  if (options.dataDir) env.YPERSISTENCE = options.dataDir;
  const handle = await launch({
    script: join(PEERS_DIR, 'node_modules', '@y', 'websocket-server', 'src', 'server.js'),
    typescript: false,
    readyPattern: /running at/,
    fixedPort: port,
    env,
  });
  return withPlainRooms(handle, 'yws', options.dataDir, false);
}

async function startRelay(): Promise<RunningServer> {
  const handle = await launch({
    script: join(PEERS_DIR, 'relay.mjs'),
    typescript: false,
    readyPattern: READY,
    env: { PORT: '0' },
  });
  return withPlainRooms(handle, 'relay', null, true);
}

function withPlainRooms(
  handle: ChildHandle,
  id: ServerId,
  dataDir: string | null,
  readyOnOpen: boolean,
): RunningServer {
  const base = `ws://127.0.0.1:${handle.port}`;
  return Object.assign(handle, {
    id,
    dataDir,
    createRoom: async (name: string, seats = 0): Promise<RoomRef> => plainRoom(name, seats),
    address: (room: RoomRef): RoomAddress => ({
      lightUrl: () => `${base}/${room.name}`,
      framing: PLAIN_FRAMING,
      readyOnOpen,
      openProbe: async () => openWebsocketProbe(base, room.name),
      provider: { url: base, room: room.name },
    }),
  });
}

async function startHocuspocus(options: StartOptions): Promise<RunningServer> {
  const env: Record<string, string> = { PORT: '0' };
  if (options.dataDir) env.DATA_DIR = options.dataDir;
  const handle = await launch({
    script: join(PEERS_DIR, 'hocuspocus.mjs'),
    typescript: false,
    readyPattern: READY,
    env,
  });
  const base = `ws://127.0.0.1:${handle.port}`;
  return Object.assign(handle, {
    id: 'hocuspocus' as const,
    dataDir: options.dataDir,
    createRoom: async (name: string, seats = 0): Promise<RoomRef> => plainRoom(name, seats),
    address: (room: RoomRef): RoomAddress => ({
      lightUrl: () => base,
      framing: hocuspocusFraming(room.name, 'bench'),
      readyOnOpen: false,
      openProbe: () => openHocuspocusProbe(base, room.name),
    }),
  });
}
