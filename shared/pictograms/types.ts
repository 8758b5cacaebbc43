import type { Language } from '../schema/control';

export const PICTOGRAM_KINDS = ['activity', 'difficulty', 'avatar'] as const;
export type PictogramKind = (typeof PICTOGRAM_KINDS)[number];

/** Families of the week: the picker groups activities by these, in this order. */
export const ACTIVITY_CATEGORIES = [
  'work',
  'family',
  'health',
  'admin',
  'money',
  'transport',
  'communication',
  'leisure',
  'home',
  'learning',
] as const;
export type ActivityCategory = (typeof ACTIVITY_CATEGORIES)[number];

/** Where a digital difficulty comes from, so proposals can answer the cause and not only the symptom. */
export const DIFFICULTY_CATEGORIES = ['access', 'skills', 'trust', 'design', 'help'] as const;
export type DifficultyCategory = (typeof DIFFICULTY_CATEGORIES)[number];

export const AVATAR_CATEGORIES = ['animal', 'fruit', 'thing'] as const;
export type AvatarCategory = (typeof AVATAR_CATEGORIES)[number];

export type PictogramCategory = ActivityCategory | DifficultyCategory | AvatarCategory;

/** The same words in every language the app speaks. */
export type Words = Record<Language, string>;

export interface Pictogram {
  /** Stable kebab-case id: stored in workshop documents, so never renamed once shipped. */
  id: string;
  kind: PictogramKind;
  category: PictogramCategory;
  /** Path under `/pictograms/`, e.g. `openmoji/1F3E6.svg`. */
  file: string;
  /** Short easy-to-read words (FALC in French), also read aloud. */
  label: Words;
}
