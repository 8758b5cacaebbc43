/**
 * A workshop for the browser benches: the generated board pushed into `board` by the facilitator (a
 * workshop's history, every seat's items at once), and the control document moved to the "explore"
 * phase (where every screen shows the fresco) through the app's own op, written by a stock provider with
 * the facilitator's token. The tablet under test is a seat joined with the workshop's code, and writes
 * its own picture and activities with its own token, through Fresco's gate as a tablet would.
 */
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { ACTIVITIES, AVATARS } from '../../shared/pictograms';
import type { BigBoard } from '../fixtures/bigBoard';
import { pushBoard } from '../persistence/persistence';
import type { RoomRef, RunningServer } from '../servers/kinds';
import { waitUntil } from '../sync/waitUntil';

async function exploreWith(server: RunningServer, workshopId: string, token: string): Promise<void> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(`ws://127.0.0.1:${server.port}/sync`, `${workshopId}/control`, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
  try {
    if (!(await waitUntil(() => provider.synced, 10_000))) throw new Error('control document did not sync');
    setPhase(doc, 'explore', new UserOrigin('facilitator'));
    // The server tells a writer what it stored with a sync step 1; an empty diff back means it has it all.
    await new Promise((resolve) => setTimeout(resolve, 300));
  } finally {
    provider.destroy();
    doc.destroy();
  }
}

/** Seat 0 of the room as one tablet, with its picture chosen and a few activities of its own (to drag). */
async function seatedTablet(
  server: RunningServer,
  ref: RoomRef,
): Promise<{ token: string; ownActivityIds: string[] }> {
  const seat = ref.seats[0];
  if (!seat?.token) throw new Error('the workshop has no seat for the tablet');
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  const origin = new UserOrigin(seat.id);
  addParticipant(
    doc,
    { id: seat.id, name: 'Tablette', avatar: AVATARS[0]?.id ?? 'sun', color: '#AB232D' },
    origin,
  );
  const ownActivityIds: string[] = [];
  for (const [index, day] of (['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const).entries()) {
    const id = `mine-${index}`;
    const placed = placeActivity(
      doc,
      {
        id,
        pictogram: ACTIVITIES[index]?.id ?? 'go-to-work',
        day,
        period: 'midday',
        author: seat.id,
        now: 1,
      },
      origin,
    );
    if (placed) ownActivityIds.push(placed);
  }
  doc.destroy();
  await pushBoard(
    server,
    ref,
    { updates, bytes: updates.reduce((sum, u) => sum + u.byteLength, 0), items: 0, activityIds: [] },
    0,
  );
  return { token: seat.token, ownActivityIds };
}

export interface CanvasWorkshop {
  ref: RoomRef;
  /** The tablet's link: `/w/<id>#token=<seat token>`. */
  tabletUrl: string;
  ownActivityIds: string[];
}

export async function workshopWithBoard(server: RunningServer, board: BigBoard): Promise<CanvasWorkshop> {
  const ref = await server.createRoom(`canvas ${board.items}`, 1);
  if (!ref.workshopId || !ref.tokens) throw new Error('a Fresco server is needed');
  await pushBoard(server, ref, board);
  await exploreWith(server, ref.workshopId, ref.tokens.facilitator);
  const tablet = await seatedTablet(server, ref);
  return {
    ref,
    tabletUrl: `http://127.0.0.1:${server.port}/w/${ref.workshopId}#token=${encodeURIComponent(tablet.token)}`,
    ownActivityIds: tablet.ownActivityIds,
  };
}
