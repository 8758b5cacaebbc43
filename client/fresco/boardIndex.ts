/**
 * A live, incremental view of the `board` document for the fresco's screens. Yjs tells which records
 * changed; only those are read again (with the tolerant readers), so a remote drop on a board of two
 * thousand items costs one record, not two thousand. Unchanged items keep their object identity, so
 * memoised list rows and canvas cells skip them. One index per document, shared by the canvas and panels.
 */
import type * as Y from 'yjs';
import { standingVotes } from '../../shared/model/votes';
import { itemsMap, participantsMap, votesMap } from '../../shared/ops/roots';
import { NEUTRAL_COLOR } from '../../shared/pictograms/avatarColors';
import { readItem, readParticipants, readVotes } from '../../shared/read/board';
import type { BoardItem, Participant, VoteTally } from '../../shared/schema/board';

export interface BoardChange {
  /** Items written, added or removed in this batch. */
  itemIds: Set<string>;
  /** The item as it was before the batch, for those that existed (to know which cell it left). */
  previous: Map<string, BoardItem>;
  participants: boolean;
  votes: boolean;
}

type Listener = (change: BoardChange) => void;

export class BoardIndex {
  readonly items = new Map<string, BoardItem>();
  participants: Participant[] = [];
  /** Standing votes only (see standingVotes), as readBoard gives them and the vote op counts them. */
  votes: VoteTally = {};
  /** Rises with every batch of changes; snapshots are cached per version. */
  version = 0;
  private readonly listeners = new Set<Listener>();
  private sortedCache: { version: number; items: BoardItem[] } | null = null;
  private readonly colorCache = new Map<string, string>();
  /** Every tally in the document, those of removed items included: an undo may bring an item back. */
  private storedVotes: VoteTally = {};

  constructor(private readonly doc: Y.Doc) {
    for (const id of itemsMap(doc).keys()) this.readOne(id);
    this.readParticipants();
    this.readVotes();
    itemsMap(doc).observeDeep(this.onItems);
    participantsMap(doc).observeDeep(this.onParticipants);
    votesMap(doc).observeDeep(this.onVotes);
  }

  /** Items in creation order (ties by id), as `readItems` gives them: the same order on every peer. */
  sorted(): BoardItem[] {
    if (this.sortedCache?.version !== this.version) {
      const items = [...this.items.values()].sort(
        (a, b) => a.createdAt - b.createdAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
      );
      this.sortedCache = { version: this.version, items };
    }
    return this.sortedCache.items;
  }

  /** The author's avatar colour; a neutral grey for the facilitator and unknown seats. */
  colorOf(author: string): string {
    return this.colorCache.get(author) ?? NEUTRAL_COLOR;
  }

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  destroy(): void {
    itemsMap(this.doc).unobserveDeep(this.onItems);
    participantsMap(this.doc).unobserveDeep(this.onParticipants);
    votesMap(this.doc).unobserveDeep(this.onVotes);
    this.listeners.clear();
  }

  private readonly onItems = (events: Y.YEvent<Y.AbstractType<unknown>>[]) => {
    const ids = new Set<string>();
    for (const event of events) {
      const [first] = event.path;
      if (typeof first === 'string') ids.add(first);
      else for (const key of event.keys.keys()) ids.add(key);
    }
    const previous = new Map<string, BoardItem>();
    for (const id of ids) {
      const before = this.items.get(id);
      if (before) previous.set(id, before);
      this.readOne(id);
    }
    // An item that comes or goes with a tally frees or spends its tokens.
    const votes = [...ids].some((id) => id in this.storedVotes);
    if (votes) this.votes = standingVotes(this.storedVotes, (id) => this.items.has(id));
    this.emit({ itemIds: ids, previous, participants: false, votes });
  };

  private readonly onParticipants = () => {
    this.readParticipants();
    this.emit({ itemIds: new Set(), previous: new Map(), participants: true, votes: false });
  };

  private readonly onVotes = () => {
    this.readVotes();
    this.emit({ itemIds: new Set(), previous: new Map(), participants: false, votes: true });
  };

  private readOne(id: string): void {
    const item = readItem(this.doc, id);
    if (item) this.items.set(id, item);
    else this.items.delete(id);
  }

  private readVotes(): void {
    this.storedVotes = readVotes(this.doc);
    this.votes = standingVotes(this.storedVotes, (id) => this.items.has(id));
  }

  private readParticipants(): void {
    this.participants = readParticipants(this.doc);
    this.colorCache.clear();
    for (const participant of this.participants) this.colorCache.set(participant.id, participant.color);
  }

  private emit(change: BoardChange): void {
    this.version++;
    for (const listener of this.listeners) listener(change);
  }
}

const indexes = new WeakMap<Y.Doc, BoardIndex>();

/** The one index of this document (created on first use, kept as long as the document lives). */
export function boardIndexOf(doc: Y.Doc): BoardIndex {
  let index = indexes.get(doc);
  if (!index) {
    performance.mark('fresco:index-start');
    index = new BoardIndex(doc);
    performance.mark('fresco:index-end');
    indexes.set(doc, index);
  }
  return index;
}
