/** The `board` document: what residents say, as pictograms on the week fresco. */

export const DAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Day = (typeof DAYS)[number];
/** The weekend is drawn apart from the week on the fresco. */
export const WEEKEND: readonly Day[] = ['sat', 'sun'];

export const PERIODS = ['morning', 'midday', 'afternoon', 'evening'] as const;
export type Period = (typeof PERIODS)[number];

export const ITEM_KINDS = ['activity', 'difficulty', 'proposal', 'note'] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/** A seat: one tablet's identity in the workshop. No real name is required. */
export interface Participant {
  id: string;
  name: string;
  /** A pictogram id from the avatar set. */
  avatar: string;
  /** A colour from the avatar palette, as `#rrggbb`. */
  color: string;
  /** Freed seats stay so their items keep an author, but are hidden from the roster. */
  freed: boolean;
}

export interface BoardItem {
  id: string;
  kind: ItemKind;
  pictogram: string;
  /** Optional words; capped by LABEL_MAX. */
  label: string;
  day: Day | null;
  period: Period | null;
  /** A difficulty's parent is an activity; a proposal's parent is its first difficulty. */
  parent: string | null;
  /** Every difficulty a proposal answers (the first is also `parent`). */
  links: string[];
  /** A proposal merged into another by the facilitator points at it; hidden from votes. */
  mergedInto: string | null;
  /** Participant id, or `facilitator`. */
  author: string;
  createdAt: number;
}

export const LABEL_MAX = 140;
export const NAME_MAX = 24;
export const FACILITATOR_AUTHOR = 'facilitator';

/** Dot votes: proposal id → participant id → tokens that participant put on it. */
export type VoteTally = Record<string, Record<string, number>>;

/** The whole `board` document as plain records, as the readers return it. */
export interface Board {
  participants: Participant[];
  items: BoardItem[];
  /** Only votes on items that still exist. */
  votes: VoteTally;
}
