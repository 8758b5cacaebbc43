/**
 * Where residents' difficulties fall among the capability axes, for the synthesis radar. The method
 * pulls the thread from an activity of the week to its digital difficulties, so a difficulty counts on
 * the axis of the activity it hangs from: a forgotten password met while doing the CAF paperwork is a
 * matter of access to rights, the same one met while looking for a job a matter of employment.
 *
 * The mapping is data: a default per activity category (the pictogram catalog's families), and
 * exceptions per activity. It targets the default axes (PRODUCT.md §5); an axis the facilitator
 * renamed keeps its id and its difficulties, a difficulty whose axis was removed is counted apart.
 */
import { pictogramById } from '../pictograms/lookup';
import type { ActivityCategory } from '../pictograms/types';
import type { BoardItem } from '../schema/board';
import type { CustomPictogram } from '../schema/control';

/** Ids of DEFAULT_CAPABILITY_AXES. */
export type DefaultAxisId = 'work' | 'rights' | 'knowledge' | 'dignity' | 'participation';

export const AXIS_BY_CATEGORY: Readonly<Record<ActivityCategory, DefaultAxisId>> = {
  work: 'work',
  family: 'knowledge',
  health: 'rights',
  admin: 'rights',
  money: 'rights',
  transport: 'participation',
  communication: 'participation',
  leisure: 'dignity',
  home: 'dignity',
  learning: 'knowledge',
};

/** Activities whose axis is not their family's. */
export const AXIS_BY_ACTIVITY: Readonly<Record<string, DefaultAxisId>> = {
  // Family life that is about being with one's own, not about school.
  'visit-family': 'dignity',
  childcare: 'rights',
  // Keeping in touch with family is well-being; news and searching are access to knowledge.
  'call-family': 'dignity',
  'video-call': 'dignity',
  news: 'knowledge',
  'search-internet': 'knowledge',
  // Leisure that is taking part in the life of the neighbourhood, or learning.
  association: 'participation',
  worship: 'participation',
  'see-friends': 'participation',
  library: 'knowledge',
  reading: 'knowledge',
  // Housing and energy are essential services with their own rights and procedures.
  housing: 'rights',
  energy: 'rights',
  // Public transport tickets, timetables and apps: access to an essential service.
  'bus-tram': 'rights',
  train: 'rights',
};

/** The catalog pictogram an item shows: a custom pictogram of the workshop stands for the one it illustrates. */
function catalogId(pictogram: string, custom: readonly CustomPictogram[]): string {
  return custom.find((entry) => entry.id === pictogram)?.pictogram ?? pictogram;
}

/** The default axis of an activity pictogram (a catalog id or a custom one), or null when unknown. */
export function axisOfActivity(
  pictogram: string,
  custom: readonly CustomPictogram[] = [],
): DefaultAxisId | null {
  const id = catalogId(pictogram, custom);
  const override = AXIS_BY_ACTIVITY[id];
  if (override) return override;
  const entry = pictogramById(id);
  if (entry?.kind !== 'activity') return null;
  return AXIS_BY_CATEGORY[entry.category as ActivityCategory] ?? null;
}

export interface NeedByAxis {
  /** Axis id → difficulties that fall on it. */
  byAxis: Record<string, number>;
  /** Difficulties whose activity maps to no axis of this workshop (unknown pictogram, axis removed). */
  unmapped: number;
  /** Difficulties counted in all (those hanging from an activity still on the board). */
  total: number;
}

/** Counts the board's difficulties per capability axis, through the activity each one hangs from. */
export function needByAxis(
  items: readonly BoardItem[],
  axisIds: readonly string[],
  custom: readonly CustomPictogram[] = [],
): NeedByAxis {
  const byId = new Map(items.map((item) => [item.id, item]));
  const present = new Set(axisIds);
  const byAxis: Record<string, number> = Object.fromEntries(axisIds.map((id) => [id, 0]));
  let unmapped = 0;
  let total = 0;
  for (const item of items) {
    if (item.kind !== 'difficulty' || item.parent === null) continue;
    const activity = byId.get(item.parent);
    if (activity?.kind !== 'activity') continue;
    total++;
    const axis = axisOfActivity(activity.pictogram, custom);
    if (axis && present.has(axis)) byAxis[axis] = (byAxis[axis] ?? 0) + 1;
    else unmapped++;
  }
  return { byAxis, unmapped, total };
}
