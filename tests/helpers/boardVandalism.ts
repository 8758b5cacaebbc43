/**
 * Board vandalism: updates a participant with seat `attacker` can send that change what another
 * resident (seat `victim`) owns, or that break the shapes of PRODUCT.md §4. Each is made against the
 * board's current state (the bytes a tablet has after syncing), by writing the Yjs types directly as a
 * hostile client would, not through `shared/ops`. Deterministic: the attacker's client id comes from
 * the seed, and every timestamp is fixed.
 */
import * as Y from 'yjs';
import { MAX_PAYLOAD_BYTES, seededClientId, seededRandom } from './attacks';

export interface VandalismTarget {
  /** The board as the attacker's tablet holds it (`Y.encodeStateAsUpdate` of its copy). */
  board: Uint8Array;
  attacker: string;
  victim: string;
  /** One of the victim's items, and a proposal whose votes are forged in the victim's name. */
  victimItem: string;
  proposal: string;
  seed?: number;
}

export type VandalismName =
  | 'deleteVictimItem'
  | 'rewriteVictimLabel'
  | 'renameVictim'
  | 'voteThousandAsVictim'
  | 'voteNegativeAsVictim'
  | 'arrayForRecord'
  | 'numberForRecord'
  | 'stringForRecord'
  | 'hugeLabel';

const FIXED_TIME = Date.UTC(2026, 0, 5, 9, 30);

/** The change made on a copy of the board, as the update the attacker would send. */
function craft(target: VandalismTarget, change: (doc: Y.Doc) => void, salt = 0): Uint8Array {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom((target.seed ?? 5) + salt));
  Y.applyUpdate(doc, target.board);
  const before = Y.encodeStateVector(doc);
  doc.transact(() => change(doc));
  const update = Y.encodeStateAsUpdate(doc, before);
  doc.destroy();
  return update;
}

function recordOf(map: Y.Map<unknown>, id: string): Y.Map<unknown> {
  const record = map.get(id);
  if (!(record instanceof Y.Map)) throw new Error(`no record ${id} in the board`);
  return record;
}

function votesFor(doc: Y.Doc, proposal: string): Y.Map<unknown> {
  const votes = doc.getMap('votes');
  const existing = votes.get(proposal);
  if (existing instanceof Y.Map) return existing;
  const created = new Y.Map<unknown>();
  votes.set(proposal, created);
  return created;
}

/** A well-shaped item of the attacker's own (the vehicle for the size attacks). */
function ownItem(author: string, label: string): Y.Map<unknown> {
  const item = new Y.Map<unknown>();
  for (const [key, value] of Object.entries({
    kind: 'activity',
    pictogram: 'shopping',
    label,
    day: 'mon',
    period: 'morning',
    parent: null,
    mergedInto: null,
    author,
    createdAt: FIXED_TIME,
  })) {
    item.set(key, value);
  }
  item.set('links', new Y.Array<string>());
  return item;
}

/** Every single-update attack, by name. */
export function vandalism(target: VandalismTarget): Record<VandalismName, Uint8Array> {
  const items = (doc: Y.Doc) => doc.getMap('items');
  const participants = (doc: Y.Doc) => doc.getMap('participants');
  return {
    deleteVictimItem: craft(target, (doc) => items(doc).delete(target.victimItem)),
    rewriteVictimLabel: craft(target, (doc) =>
      recordOf(items(doc), target.victimItem).set('label', 'vandalised'),
    ),
    renameVictim: craft(target, (doc) => recordOf(participants(doc), target.victim).set('name', 'Pirate')),
    voteThousandAsVictim: craft(target, (doc) => votesFor(doc, target.proposal).set(target.victim, 1000)),
    voteNegativeAsVictim: craft(target, (doc) => votesFor(doc, target.proposal).set(target.victim, -7)),
    arrayForRecord: craft(target, (doc) => items(doc).set('vandal-array', [1, 2, 3])),
    numberForRecord: craft(target, (doc) => items(doc).set('vandal-number', 42)),
    stringForRecord: craft(target, (doc) => participants(doc).set(target.attacker, 'not a record')),
    hugeLabel: craft(target, (doc) =>
      items(doc).set('vandal-huge', ownItem(target.attacker, 'x'.repeat(900 * 1024))),
    ),
  };
}

/**
 * `count` well-shaped items of the attacker's own in one go, split into as many updates as the frame
 * cap needs (`perFrame` items each: about 240 bytes an item, so 3,500 make ~850 KB), each a follow-up of the previous one.
 */
export function manyItems(target: VandalismTarget, count = 100_000, perFrame = 3_500): Uint8Array[] {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom((target.seed ?? 5) + 100));
  Y.applyUpdate(doc, target.board);
  const items = doc.getMap('items');
  const frames: Uint8Array[] = [];
  for (let start = 0; start < count; start += perFrame) {
    const before = Y.encodeStateVector(doc);
    doc.transact(() => {
      for (let i = start; i < Math.min(count, start + perFrame); i++) {
        items.set(`flood-${i}`, ownItem(target.attacker, ''));
      }
    });
    const frame = Y.encodeStateAsUpdate(doc, before);
    if (frame.byteLength > MAX_PAYLOAD_BYTES) throw new Error('perFrame too large for the frame cap');
    frames.push(frame);
  }
  doc.destroy();
  return frames;
}

/**
 * A small board to attack: the victim's seat and one item of theirs, the attacker's seat, and a
 * proposal. Built the way tablets write it; for tests and the bench's room A.
 */
export function sampleBoard(ids: { attacker: string; victim: string }, seed = 9): VandalismTarget {
  const doc = new Y.Doc();
  doc.clientID = seededClientId(seededRandom(seed));
  doc.transact(() => {
    for (const [seat, name, avatar, color] of [
      [ids.victim, 'Ana', 'cat', '#135492'],
      [ids.attacker, 'Bob', 'owl', '#AB232D'],
    ] as const) {
      const record = new Y.Map<unknown>();
      doc.getMap('participants').set(seat, record);
      for (const [key, value] of Object.entries({ name, avatar, color, freed: false }))
        record.set(key, value);
    }
    const item = ownItem(ids.victim, 'Je fais mes courses');
    doc.getMap('items').set('victim-item', item);
    const proposal = ownItem(ids.victim, 'Un atelier le samedi');
    proposal.set('kind', 'proposal');
    doc.getMap('items').set('victim-proposal', proposal);
  });
  const board = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { board, ...ids, victimItem: 'victim-item', proposal: 'victim-proposal' };
}
