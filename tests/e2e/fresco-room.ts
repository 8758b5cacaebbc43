/**
 * One workshop per e2e test of the residents' fresco, so a failing test leaves the others standing and
 * any test runs alone. Seats are joined through the API and given their picture and colour; the board
 * a test starts from is written through the stock sync client with the shared ops (as the facilitator,
 * who may write any record); then only the screens the test looks at open, each waiting until it shows
 * the seeded board. Joining by the keypad and the avatar steps is join-flow's to test.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';
import type * as Y from 'yjs';
import { addDifficulty, placeActivity } from '../../shared/ops/board/items';
import { addParticipant } from '../../shared/ops/board/participants';
import { addProposal, mergeProposals } from '../../shared/ops/board/proposals';
import { castVote } from '../../shared/ops/board/votes';
import { setPhase } from '../../shared/ops/control/workshop';
import { UserOrigin } from '../../shared/ops/origin';
import { AVATAR_COLORS } from '../../shared/pictograms';
import type { CreateWorkshopResponse } from '../../shared/protocol/http';
import type { Day, Period } from '../../shared/schema/board';
import type { Phase } from '../../shared/schema/control';
import type { DocName } from '../../shared/schema/roles';
import { createWorkshop, joinByCode as joinByApi } from '../helpers/api';
import { type E2eEnvironment, laptopContext, projectorContext, tabletContext, waitFor } from '../helpers/e2e';
import { waitForPhase } from '../helpers/e2ePages';
import { connectSynced } from '../helpers/syncClient';
import { frescoReady, listedItems } from './fresco-pages';

export interface Resident {
  /** Avatar and colour ids (`fox`, `blue`); the seat record stores the colour as its hex. */
  avatar: string;
  color: string;
  name?: string;
}

export const SAMIA: Resident = { avatar: 'fox', color: 'blue', name: 'Samia' };
export const JO: Resident = { avatar: 'turtle', color: 'green', name: 'Jo' };
export const CLEO: Resident = { avatar: 'owl', color: 'purple' };

/** The votes each resident may place: the workshop's default, which the seeds below spend. */
const BUDGET = 3;
const SEED = new UserOrigin('test seed');

/** Chainable writes of the board a test starts from; seat numbers index the room's residents. */
export class BoardSeed {
  private clock = 1_000;
  constructor(
    private readonly doc: Y.Doc,
    private readonly seats: readonly string[],
  ) {}

  place(seat: number, pictogram: string, day: Day | null, period: Period | null, id: string): this {
    const args = { id, pictogram, day, period, author: this.seat(seat), now: this.tick() };
    return this.check(placeActivity(this.doc, args, SEED), `place ${id}`);
  }

  difficulty(seat: number, activityId: string, pictogram: string, id: string, label = ''): this {
    const args = { id, activityId, pictogram, label, author: this.seat(seat), now: this.tick() };
    return this.check(addDifficulty(this.doc, args, SEED), `difficulty ${id}`);
  }

  propose(seat: number, difficultyIds: string[], label: string, id: string): this {
    const args = { id, difficultyIds, pictogram: 'idea', label, author: this.seat(seat), now: this.tick() };
    return this.check(addProposal(this.doc, args, SEED), `proposal ${id}`);
  }

  vote(seat: number, proposalId: string, times = 1): this {
    for (let i = 0; i < times; i++) {
      const args = { proposalId, participantId: this.seat(seat), max: BUDGET };
      this.check(castVote(this.doc, args, SEED), `vote on ${proposalId}`);
    }
    return this;
  }

  merge(sourceId: string, targetId: string): this {
    return this.check(mergeProposals(this.doc, { sourceId, targetId }, SEED), `merge ${sourceId}`);
  }

  private seat(index: number): string {
    const seat = this.seats[index];
    if (seat === undefined) throw new Error(`no resident ${index} in this room`);
    return seat;
  }

  private tick(): number {
    this.clock += 1_000;
    return this.clock;
  }

  private check(result: boolean | string | null, what: string): this {
    if (result === false || result === null) throw new Error(`seed refused: ${what}`);
    return this;
  }
}

export interface FrescoRoomOptions {
  phase: Phase;
  residents: Resident[];
  /** Open the residents' tablets (default); false seats them only, for a test of other screens. */
  tablets?: boolean;
  facilitator?: boolean;
  projector?: boolean;
  seed?: (board: BoardSeed) => void;
}

export interface FrescoRoom {
  workshop: CreateWorkshopResponse;
  /** The residents' seat ids, in the order given. */
  seats: string[];
  tablets: Page[];
  readonly facilitator: Page;
  readonly projector: Page;
  close(): Promise<void>;
}

export async function openFrescoRoom(e2e: E2eEnvironment, options: FrescoRoomOptions): Promise<FrescoRoom> {
  const url = e2e.server.url;
  const workshop = await createWorkshop(url, { title: 'Atelier fresque', place: 'Centre social' });
  const joined = await seatResidents(url, workshop, options.residents.length);
  const seats = joined.map((seat) => seat.id);
  const seeded = await seedBoard(url, workshop, seats, options);
  const contexts: BrowserContext[] = [];
  const open = async (context: Promise<BrowserContext>) => {
    const created = await context;
    contexts.push(created);
    return created.newPage();
  };
  const screen = async (context: Promise<BrowserContext>, token: string) => {
    const page = await open(context);
    await page.goto(`${url}/w/${workshop.id}#token=${token}`);
    return page;
  };
  const [facilitator, projector, tablets] = await Promise.all([
    options.facilitator ? screen(laptopContext(e2e.browser), workshop.tokens.facilitator) : null,
    options.projector ? screen(projectorContext(e2e.browser), workshop.tokens.viewer) : null,
    options.tablets === false
      ? []
      : Promise.all(joined.map((seat) => screen(tabletContext(e2e.browser), seat.token))),
  ]);
  const pages = [facilitator, projector, ...tablets].filter((page): page is Page => page !== null);
  for (const page of pages) await waitForPhase(page, options.phase);
  if (['explore', 'thread', 'propose'].includes(options.phase)) {
    for (const page of pages) await frescoReady(page);
  }
  if (seeded.length > 0) {
    for (const page of pages) {
      await waitFor(async () => {
        const listed = new Set((await listedItems(page)).map((item) => item.id));
        expect(seeded.filter((id) => !listed.has(id))).toEqual([]);
      });
    }
  }
  const required = (page: Page | null, what: string): Page => {
    if (!page) throw new Error(`this room has no ${what} screen (pass ${what}: true)`);
    return page;
  };
  return {
    workshop,
    seats,
    tablets,
    get facilitator() {
      return required(facilitator, 'facilitator');
    },
    get projector() {
      return required(projector, 'projector');
    },
    async close() {
      await Promise.all(contexts.map((context) => context.close()));
    },
  };
}

/** Seats and their own tokens, as tablets get them from the join code (each a device of its own). */
function seatResidents(
  url: string,
  workshop: CreateWorkshopResponse,
  count: number,
): Promise<{ id: string; token: string }[]> {
  const join = async (index: number) => {
    const joined = await joinByApi(url, workshop.joinCode, `device-${index}`);
    if (joined.status !== 200) throw new Error(`join failed: ${joined.status}`);
    return { id: joined.body.seatId, token: joined.body.token };
  };
  return Promise.all(Array.from({ length: count }, (_, index) => join(index)));
}

/**
 * Sets the phase, writes each seat's record (picture, colour and name, as the avatar steps write them,
 * so the tablets skip those steps) and the seed; returns the ids of the seeded items.
 */
async function seedBoard(
  url: string,
  workshop: CreateWorkshopResponse,
  seats: string[],
  options: FrescoRoomOptions,
): Promise<string[]> {
  const [control, board] = await Promise.all([
    connectSynced(url, workshop.id, 'control', workshop.tokens.facilitator),
    connectSynced(url, workshop.id, 'board', workshop.tokens.facilitator),
  ]);
  setPhase(control.doc, options.phase, SEED);
  for (const [index, id] of seats.entries()) {
    const { name = '', avatar, color } = options.residents[index] as Resident;
    if (!addParticipant(board.doc, { id, name, avatar, color: colorHex(color) }, SEED)) {
      throw new Error('seat record refused');
    }
  }
  options.seed?.(new BoardSeed(board.doc, seats));
  const ids = [...board.doc.getMap('items').keys()];
  await Promise.all([
    storedOnServer(url, workshop, 'board', (doc) => {
      const [items, participants] = [doc.getMap('items'), doc.getMap('participants')];
      return ids.every((id) => items.has(id)) && seats.every((id) => participants.has(id));
    }),
    storedOnServer(url, workshop, 'control', (doc) => doc.getMap('workshop').get('phase') === options.phase),
  ]);
  control.destroy();
  board.destroy();
  return ids;
}

/** Waits until a fresh reader gets it from the server, which relays only what it has stored. */
async function storedOnServer(
  url: string,
  workshop: CreateWorkshopResponse,
  docName: DocName,
  holds: (doc: Y.Doc) => boolean,
): Promise<void> {
  const reader = await connectSynced(url, workshop.id, docName, workshop.tokens.viewer);
  try {
    await waitFor(() => expect(holds(reader.doc)).toBe(true));
  } finally {
    reader.destroy();
  }
}

function colorHex(id: string): string {
  const color = AVATAR_COLORS.find((entry) => entry.id === id);
  if (!color) throw new Error(`no colour ${id}`);
  return color.hex;
}
