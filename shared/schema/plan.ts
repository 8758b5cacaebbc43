/** The `plan` document: the action fresco and its fiches action. */
import type { YearMonth } from './control';

export const NATURES = ['continue', 'reinforce', 'new'] as const;
/** À poursuivre / à renforcer / nouvelle. */
export type Nature = (typeof NATURES)[number];

export const STATUSES = ['draft', 'ready', 'validated'] as const;
export type ActionStatus = (typeof STATUSES)[number];

/** Long fields co-edited live; stored as Y.Text so concurrent typing merges. */
export const ACTION_TEXT_FIELDS = [
  'context',
  'objectives',
  'audience',
  'description',
  'resources',
  'indicators',
] as const;
export type ActionTextField = (typeof ACTION_TEXT_FIELDS)[number];

export interface Action {
  id: string;
  /** Stable number shown on the fiche; assigned at creation. */
  number: number;
  title: string;
  nature: Nature;
  status: ActionStatus;
  /** Free lane name: the lead actor or the theme, depending on how the fresco is laid out. */
  lane: string;
  theme: string;
  /** Capability axis id the action mainly serves. */
  axis: string;
  start: YearMonth;
  end: YearMonth;
  owner: string;
  partners: string;
  /** Kept as text so "environ 5 000 €" is never lost; the editor flags what is not a number. */
  budget: string;
  context: string;
  objectives: string;
  audience: string;
  description: string;
  resources: string;
  indicators: string;
  /** Axis id → score 0…4. */
  capabilities: Record<string, number>;
  /** Board item ids (proposals, difficulties) the action answers. */
  links: string[];
  createdAt: number;
}

export const CAPABILITY_MAX = 4;

/** Action fields that are plain values (not Y.Text, Y.Map or Y.Array), written by `updateAction`. */
export const ACTION_SCALAR_FIELDS = [
  'title',
  'nature',
  'status',
  'lane',
  'theme',
  'axis',
  'start',
  'end',
  'owner',
  'partners',
  'budget',
] as const;
export type ActionScalarField = (typeof ACTION_SCALAR_FIELDS)[number];

/** The whole `plan` document as plain records, as the readers return it. */
export interface Plan {
  actions: Action[];
}
