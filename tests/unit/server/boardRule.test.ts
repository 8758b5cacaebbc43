/**
 * The board's rule at the gate (PRODUCT.md §3): each case is what a participant's token can send, and
 * the expected outcome is written out. Honest residents' ops all pass; every vandalism is refused and
 * leaves the room as it was.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addDifficulty,
  moveItem,
  placeActivity,
  removeItem,
  setItemLabel,
} from '../../../shared/ops/board/items';
import { addParticipant, updateParticipant } from '../../../shared/ops/board/participants';
import { addProposal, linkProposal } from '../../../shared/ops/board/proposals';
import { castVote, withdrawVote } from '../../../shared/ops/board/votes';
import { itemsMap, participantsMap, votesMap } from '../../../shared/ops/roots';
import { splitUpdate } from '../../../shared/protocol/splitUpdate';
import { readBoard } from '../../../shared/read/board';
import { GatedRoom, type GatedWriter } from '../../helpers/gatedRoom';

let room: GatedRoom;
let ana: GatedWriter;
let bob: GatedWriter;
let facilitator: GatedWriter;

function seat(writer: GatedWriter, id: string): void {
  expect(
    writer.write((doc, origin) =>
      addParticipant(doc, { id, name: id, avatar: 'cat', color: '#336699' }, origin),
    ),
  ).toBe('ok');
}

function place(writer: GatedWriter, id: string, author: string): void {
  expect(
    writer.write((doc, origin) =>
      placeActivity(
        doc,
        { id, pictogram: 'shopping', day: 'mon', period: 'morning', author, now: 1 },
        origin,
      ),
    ),
  ).toBe('ok');
}

beforeEach(() => {
  room = new GatedRoom('board');
  ana = room.writer('participant', 'ana');
  bob = room.writer('participant', 'bob');
  facilitator = room.writer('facilitator');
  seat(ana, 'ana');
  seat(bob, 'bob');
  place(bob, 'bob-shop', 'bob');
});

describe('what a resident does with its own seat passes', () => {
  it('places, moves, relabels and removes its own activity', () => {
    place(ana, 'ana-shop', 'ana');
    expect(ana.write((doc, o) => moveItem(doc, { id: 'ana-shop', day: 'tue', period: 'evening' }, o))).toBe(
      'ok',
    );
    expect(ana.write((doc, o) => setItemLabel(doc, { id: 'ana-shop', label: 'le marché' }, o))).toBe('ok');
    expect(ana.write((doc, o) => removeItem(doc, { id: 'ana-shop' }, o))).toBe('ok');
    expect(readBoard(room.doc).items.map((item) => item.id)).toEqual(['bob-shop']);
  });

  it("pulls a thread on another resident's activity, proposes and votes within the budget", () => {
    expect(
      ana.write((doc, o) =>
        addDifficulty(
          doc,
          { id: 'ana-pwd', activityId: 'bob-shop', pictogram: 'password', author: 'ana' },
          o,
        ),
      ),
    ).toBe('ok');
    expect(
      bob.write((doc, o) =>
        addProposal(
          doc,
          {
            id: 'bob-idea',
            difficultyIds: ['ana-pwd'],
            pictogram: 'idea',
            label: 'un atelier',
            author: 'bob',
          },
          o,
        ),
      ),
    ).toBe('ok');
    for (let i = 0; i < 3; i++) {
      expect(
        ana.write((doc, o) => castVote(doc, { proposalId: 'bob-idea', participantId: 'ana', max: 3 }, o)),
      ).toBe('ok');
    }
    expect(
      ana.write((doc, o) => withdrawVote(doc, { proposalId: 'bob-idea', participantId: 'ana' }, o)),
    ).toBe('ok');
    expect(readBoard(room.doc).votes).toEqual({ 'bob-idea': { ana: 2 } });
  });

  it('renames its own seat', () => {
    expect(
      ana.write((doc, o) => updateParticipant(doc, { id: 'ana', name: 'Anaïs', color: '#aa3300' }, o)),
    ).toBe('ok');
    expect(readBoard(room.doc).participants.find((p) => p.id === 'ana')?.name).toBe('Anaïs');
  });

  it('answers the server with a sync step 2 that repeats every deletion of the board', () => {
    for (let i = 0; i < 50; i++) {
      bob.write((doc, o) =>
        moveItem(doc, { id: 'bob-shop', day: i % 2 ? 'tue' : 'wed', period: 'midday' }, o),
      );
    }
    expect(ana.syncStep2()).toBe('ok');
  });
});

describe("what touches another resident's contribution is refused, and nothing of it lands", () => {
  const cases: Array<[string, (doc: Y.Doc, origin: unknown) => unknown, string]> = [
    [
      'moves it',
      (doc, o) => moveItem(doc, { id: 'bob-shop', day: 'sun', period: 'evening' }, o as never),
      "refused: changes another resident's item",
    ],
    [
      'rewrites its label',
      (doc, o) => setItemLabel(doc, { id: 'bob-shop', label: 'vandale' }, o as never),
      "refused: changes another resident's item",
    ],
    [
      'deletes it',
      (doc, o) => removeItem(doc, { id: 'bob-shop' }, o as never),
      "refused: deletes another resident's record",
    ],
    [
      'renames the seat',
      (doc, o) => updateParticipant(doc, { id: 'bob', name: 'vandale' }, o as never),
      "refused: changes another resident's seat",
    ],
    [
      'places an item in its name',
      (doc, o) =>
        placeActivity(
          doc,
          { id: 'fake', pictogram: 'bank', day: 'mon', period: 'morning', author: 'bob' },
          o as never,
        ),
      'refused: an item written in another name',
    ],
    [
      'takes over its author field',
      (doc) => doc.transact(() => (itemsMap(doc).get('bob-shop') as Y.Map<unknown>).set('author', 'ana')),
      "refused: changes another resident's item",
    ],
    [
      'replaces the whole record',
      (doc) => doc.transact(() => itemsMap(doc).set('bob-shop', new Y.Map())),
      "refused: replaces another resident's record",
    ],
  ];
  for (const [what, op, expected] of cases) {
    it(what, () => {
      const before = Y.encodeStateAsUpdate(room.doc);
      expect(ana.write(op as never)).toBe(expected);
      expect(Y.encodeStateAsUpdate(room.doc)).toEqual(before);
      expect(readBoard(room.doc).items.find((item) => item.id === 'bob-shop')).toMatchObject({
        author: 'bob',
        day: 'mon',
        period: 'morning',
      });
    });
  }
});

describe('votes are cast in its own name, within the budget', () => {
  beforeEach(() => {
    expect(
      bob.write((doc, o) =>
        addProposal(doc, { id: 'idea', difficultyIds: [], pictogram: 'idea', label: 'x', author: 'bob' }, o),
      ),
    ).toBe('ok');
  });

  it("refuses a vote in another seat's name", () => {
    expect(
      ana.write((doc, o) => castVote(doc, { proposalId: 'idea', participantId: 'bob', max: 3 }, o)),
    ).toBe('refused: a vote in another name');
  });

  it('refuses 1,000 votes, −7 votes, and one past the budget', () => {
    const setCount = (count: number) => (doc: Y.Doc) =>
      doc.transact(() => (votesMap(doc).get('idea') as Y.Map<number>).set('ana', count));
    expect(ana.write(setCount(1_000))).toBe('refused: vote: a value of the wrong shape');
    expect(ana.write(setCount(-7))).toBe('refused: vote: a value of the wrong shape');
    expect(ana.write(setCount(4))).toBe('refused: more votes than the budget');
    expect(ana.write(setCount(3))).toBe('ok');
  });

  it("refuses deleting another proposal's tally", () => {
    expect(ana.write((doc) => doc.transact(() => votesMap(doc).delete('idea')))).toBe(
      "refused: deletes another resident's record",
    );
  });
});

describe('records keep their shape', () => {
  it('refuses an array, a number or a string where a record belongs', () => {
    for (const value of [[1, 2], 42, 'x']) {
      expect(ana.write((doc) => doc.transact(() => itemsMap(doc).set('junk', value)))).toBe(
        'refused: a value where a record belongs',
      );
    }
  });

  it('refuses a 900 KB label and a kind the schema does not have', () => {
    place(ana, 'mine', 'ana');
    const record = (doc: Y.Doc) => itemsMap(doc).get('mine') as Y.Map<unknown>;
    expect(ana.write((doc) => doc.transact(() => record(doc).set('label', 'a'.repeat(900_000))))).toBe(
      'refused: item: a value of the wrong shape',
    );
    expect(ana.write((doc) => doc.transact(() => record(doc).set('kind', 'graffiti')))).toBe(
      'refused: item: a value of the wrong shape',
    );
    expect(ana.write((doc) => doc.transact(() => record(doc).set('secret', 1)))).toBe(
      'refused: item: a field the schema does not have',
    );
  });

  it('refuses a root the schema does not have, for the facilitator too', () => {
    expect(facilitator.write((doc) => doc.getText('x').insert(0, 'hello'))).toBe(
      'refused: a part of the board the schema does not have',
    );
  });
});

describe('the facilitator moderates anything', () => {
  it("moves, relabels and removes a resident's item", () => {
    expect(
      facilitator.write((doc, o) => moveItem(doc, { id: 'bob-shop', day: 'fri', period: 'evening' }, o)),
    ).toBe('ok');
    expect(facilitator.write((doc, o) => setItemLabel(doc, { id: 'bob-shop', label: 'courses' }, o))).toBe(
      'ok',
    );
    expect(facilitator.write((doc, o) => removeItem(doc, { id: 'bob-shop' }, o))).toBe('ok');
    expect(readBoard(room.doc).items).toEqual([]);
  });
});

describe('a resident writes under its own device ids only', () => {
  it("refuses structs under another tablet's client id", () => {
    const forged = new Y.Doc();
    Y.applyUpdate(forged, Y.encodeStateAsUpdate(room.doc));
    // Set after loading: Yjs would pick a new id on seeing its own among the loaded structs.
    forged.clientID = bob.doc.clientID;
    const updates: Uint8Array[] = [];
    forged.on('update', (update: Uint8Array) => updates.push(update));
    placeActivity(
      forged,
      { id: 'ana-x', pictogram: 'bank', day: 'mon', period: 'morning', author: 'ana' },
      ana.origin,
    );
    expect(room.send(Y.mergeUpdates(updates), { role: 'participant', seatId: 'ana' })).toBe(
      "refused: writes under another device's id",
    );
  });
});

describe('caps', () => {
  it('one seat places at most its share of items, the board at most its total', () => {
    room = new GatedRoom('board', { limits: { maxItemsPerSeat: 3, maxItems: 5 } });
    ana = room.writer('participant', 'ana');
    bob = room.writer('participant', 'bob');
    const placeOne = (writer: GatedWriter, author: string) =>
      writer.write((doc, o) =>
        placeActivity(doc, { pictogram: 'bank', day: 'mon', period: 'morning', author }, o),
      );
    for (let i = 0; i < 3; i++) expect(placeOne(ana, 'ana')).toBe('ok');
    expect(placeOne(ana, 'ana')).toBe('refused: more items than one person places');
    expect(placeOne(bob, 'bob')).toBe('ok');
    expect(placeOne(bob, 'bob')).toBe('ok');
    expect(placeOne(bob, 'bob')).toBe('refused: the board is full');
    expect(itemsMap(room.doc).size).toBe(5);
    expect(participantsMap(room.doc).size).toBe(0);
  });

  it("a seat's bytes are bounded: a flood is refused once its burst is spent", () => {
    room = new GatedRoom('board', { limits: { writerBurstBytes: 20_000, writerBytesPerSecond: 1 } });
    ana = room.writer('participant', 'ana');
    const outcomes = new Set<string>();
    for (let i = 0; i < 200; i++) {
      outcomes.add(
        ana.write((doc, o) =>
          placeActivity(
            doc,
            { pictogram: 'bank', label: 'x'.repeat(100), day: 'mon', period: 'morning', author: 'ana' },
            o,
          ),
        ),
      );
    }
    expect([...outcomes]).toEqual(['ok', 'refused: more written than a person writes']);
  });

  it('a proposal and a link of its own pass; linking is written in its own proposal only', () => {
    expect(
      ana.write((doc, o) =>
        addProposal(doc, { id: 'p', difficultyIds: [], pictogram: 'idea', label: 'x', author: 'ana' }, o),
      ),
    ).toBe('ok');
    expect(
      bob.write((doc, o) =>
        addDifficulty(doc, { id: 'd', activityId: 'bob-shop', pictogram: 'password', author: 'bob' }, o),
      ),
    ).toBe('ok');
    expect(ana.write((doc, o) => linkProposal(doc, { proposalId: 'p', difficultyId: 'd' }, o))).toBe('ok');
  });
});

describe('a backlog sent in parts (Fresco splits frames over 512 KB)', () => {
  it("passes part by part, though a record's author comes in a later part than the record", () => {
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(room.doc));
    const updates: Uint8Array[] = [];
    tablet.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 20; i++) {
      placeActivity(
        tablet,
        { id: `ana-${i}`, pictogram: 'bank', day: 'mon', period: 'morning', author: 'ana' },
        ana.origin,
      );
    }
    const parts = splitUpdate(Y.mergeUpdates(updates), 80);
    expect(parts.length).toBeGreaterThan(20);
    for (const part of parts) expect(room.send(part, { role: 'participant', seatId: 'ana' })).toBe('ok');
    expect(readBoard(room.doc).items.filter((item) => item.author === 'ana')).toHaveLength(20);
  });

  it("keeps a record that has no author yet its creator's: another seat may not write into it", () => {
    const tablet = new Y.Doc();
    Y.applyUpdate(tablet, Y.encodeStateAsUpdate(room.doc));
    const updates: Uint8Array[] = [];
    tablet.on('update', (update: Uint8Array) => updates.push(update));
    tablet.transact(() => itemsMap(tablet).set('half', new Y.Map()));
    expect(room.send(Y.mergeUpdates(updates), { role: 'participant', seatId: 'ana' })).toBe('ok');
    bob.reset();
    expect(
      bob.write((doc) => doc.transact(() => (itemsMap(doc).get('half') as Y.Map<unknown>).set('label', 'x'))),
    ).toBe("refused: changes another resident's item");
  });
});
