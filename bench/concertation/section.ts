/**
 * The concertation's pooled field return at the size of a city (PRODUCT.md §4, issue 15 item 6): ten
 * residents' workshops of 500 items each on one real Fresco server. Measured in the same run:
 *   - full: pooling the ten boards from scratch (what every request cost before the contribution cache);
 *   - after a placement: GET field-return.json once one workshop changed (one contribution recomputed);
 *   - unchanged: the same GET with its ETag (a 304, what a stakeholders' screen pays every second);
 *   - placement → return: a resident's placement by the stock client until the return counts it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import WebSocket from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { startFrescoServer } from '../../server/app';
import { poolFieldReturn } from '../../shared/concertation/fieldReturn';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { UserOrigin } from '../../shared/ops/origin';
import { ACTIVITIES, DIFFICULTIES } from '../../shared/pictograms';
import { pictogramLabel } from '../../shared/pictograms/lookup';
import { readBoard } from '../../shared/read/board';
import { readWorkshop } from '../../shared/read/workshop';
import { DAYS, PERIODS } from '../../shared/schema/board';
import type { BenchContext } from '../context';
import { type Spread, spread } from '../stats/percentiles';
import { waitUntil } from '../sync/waitUntil';

export interface ConcertationResults {
  workshops: number;
  itemsPerWorkshop: number;
  fullMs: Spread;
  afterPlacementMs: Spread;
  unchangedMs: Spread;
  placementToReturnMs: Spread;
}

const WORKSHOPS = 10;
const ITEMS = 500;

interface Created {
  id: string;
  tokens: { facilitator: string };
}

async function post<T>(base: string, path: string, token: string | null, body: unknown): Promise<T> {
  const response = await fetch(base + path, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return (await response.json()) as T;
}

/** About `ITEMS` items: activities with two difficulties each, in residents' words (a full cell refuses more). */
function fillBoard(doc: Y.Doc, workshop: number): void {
  const origin = new UserOrigin('facilitator');
  for (let seat = 0; seat < 12; seat++) {
    addParticipant(
      doc,
      { id: `r${seat}`, name: `Habitant ${seat}`, avatar: 'fox', color: '#1f4fa8' },
      origin,
    );
  }
  let items = 0;
  for (let n = 0; items < ITEMS; n++) {
    const author = `r${n % 12}`;
    const activity = placeActivity(
      doc,
      {
        pictogram: ACTIVITIES[(n + workshop) % ACTIVITIES.length]?.id ?? 'caf',
        day: DAYS[n % 7] ?? 'mon',
        period: PERIODS[n % 4] ?? 'morning',
        author,
      },
      origin,
    );
    items++;
    for (let d = 0; d < 2 && activity && items < ITEMS; d++, items++) {
      addDifficulty(
        doc,
        {
          activityId: activity,
          pictogram: DIFFICULTIES[(n * 2 + d) % DIFFICULTIES.length]?.id ?? 'forgot-password',
          label: d === 0 ? `mots ${n}` : '',
          author,
        },
        origin,
      );
    }
  }
}

function connect(port: number, room: string, token: string, doc: Y.Doc): WebsocketProvider {
  return new WebsocketProvider(`ws://127.0.0.1:${port}/sync`, room, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  return true;
}

export async function runConcertationSection(context: BenchContext): Promise<ConcertationResults> {
  const dataDir = mkdtempSync(join(tmpdir(), 'fresco-bench-concertation-'));
  const server = await startFrescoServer({
    port: 0,
    host: '127.0.0.1',
    dataDir,
    adminToken: null,
    allowedOrigins: [],
    logLevel: 'silent',
    syncMode: 'normal',
    clientDir: dataDir,
  });
  const base = server.url;
  try {
    const concertation = await post<{ id: string; token: string }>(base, '/api/concertations', null, {
      title: 'Bench',
    });
    const lead = concertation.token;
    const workshops: Created[] = [];
    for (let w = 0; w < WORKSHOPS; w++) {
      workshops.push(
        await post<Created>(base, `/api/concertations/${concertation.id}/workshops`, lead, {
          title: `Quartier ${w}`,
          place: `Quartier ${w}`,
          kind: 'residents',
        }),
      );
    }
    const providers: { doc: Y.Doc; provider: WebsocketProvider }[] = [];
    for (const [w, workshop] of workshops.entries()) {
      // Filled before connecting: the board reaches the server as one sync step, a workshop's history.
      const doc = new Y.Doc();
      fillBoard(doc, w);
      const provider = connect(server.port, `${workshop.id}/board`, workshop.tokens.facilitator, doc);
      if (!(await waitUntil(() => provider.synced, 15_000))) throw new Error('board did not sync');
      providers.push({ doc, provider });
    }
    const path = `/api/concertations/${concertation.id}/field-return.json`;
    const ask = async (etag?: string) =>
      fetch(base + path, {
        headers: { authorization: `Bearer ${lead}`, ...(etag ? { 'if-none-match': etag } : {}) },
      });
    const total = async () => {
      const body = (await (await ask()).json()) as { activities: { count: number }[] };
      return body.activities.reduce((sum, a) => sum + a.count, 0);
    };
    // Every item stored and pooled before anything is timed.
    const expected = providers.reduce(
      (sum, { doc }) => sum + readBoard(doc).items.filter((item) => item.kind === 'activity').length,
      0,
    );
    if (!(await until(async () => (await total()) >= expected, 60_000)))
      throw new Error(
        `the seeded boards never reached the field return (${await total()} of ${expected} activities)`,
      );

    const reps = context.quick ? 5 : 20;
    const full: number[] = [];
    for (let i = 0; i < reps; i++) {
      const started = performance.now();
      const sources = await Promise.all(
        workshops.map(async ({ id }) => {
          const control = await server.rooms.use(id, 'control', (room) => readWorkshop(room.doc));
          const board = await server.rooms.use(id, 'board', (room) => readBoard(room.doc));
          return {
            workshopId: id,
            place: control.place,
            date: control.date,
            board,
            custom: control.customPictograms,
          };
        }),
      );
      poolFieldReturn(sources, 'fr', pictogramLabel);
      full.push(performance.now() - started);
    }

    const afterPlacement: number[] = [];
    const unchanged: number[] = [];
    const latency: number[] = [];
    for (let i = 0; i < reps; i++) {
      const { doc } = providers[i % providers.length] as { doc: Y.Doc };
      const before = await total();
      const placedAt = performance.now();
      placeActivity(
        doc,
        { pictogram: 'caf', day: 'mon', period: 'morning', author: 'r0' },
        new UserOrigin('facilitator'),
      );
      if (!(await until(async () => (await total()) > before, 10_000)))
        throw new Error('placement never pooled');
      latency.push(performance.now() - placedAt);
      // One more placement, then the first GET that sees it: one contribution recomputed.
      placeActivity(
        doc,
        { pictogram: 'bank', day: 'tue', period: 'evening', author: 'r1' },
        new UserOrigin('facilitator'),
      );
      // Stored and applied on the server before the timed request (a placement is relayed in milliseconds).
      await new Promise((resolve) => setTimeout(resolve, 100));
      let started = performance.now();
      const response = await ask();
      const etag = response.headers.get('etag') ?? '';
      await response.arrayBuffer();
      afterPlacement.push(performance.now() - started);
      started = performance.now();
      const again = await ask(etag);
      await again.arrayBuffer();
      if (again.status !== 304) throw new Error(`an unchanged field return answered ${again.status}`);
      unchanged.push(performance.now() - started);
    }
    for (const { provider, doc } of providers) {
      provider.destroy();
      doc.destroy();
    }
    const results: ConcertationResults = {
      workshops: WORKSHOPS,
      itemsPerWorkshop: ITEMS,
      fullMs: spread(full),
      afterPlacementMs: spread(afterPlacement),
      unchangedMs: spread(unchanged),
      placementToReturnMs: spread(latency),
    };
    context.log(
      `concertation ${WORKSHOPS}×${ITEMS}: full ${results.fullMs.median.toFixed(1)} ms, after a placement ` +
        `${results.afterPlacementMs.median.toFixed(1)} ms, unchanged ${results.unchangedMs.median.toFixed(1)} ms, ` +
        `placement → return ${results.placementToReturnMs.median.toFixed(0)} ms`,
    );
    return results;
  } finally {
    await server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}
