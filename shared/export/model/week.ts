/** The exploration fresco as a picture sees it: activities grouped by pictogram in each cell of the week. */
import type { Synthesis } from '../../model/synthesis';
import { type BoardItem, DAYS, PERIODS } from '../../schema/board';
import type { ExportWeek, PictogramRef, WeekGroup } from './types';

export function buildWeek(
  items: BoardItem[],
  synthesis: Synthesis,
  name: (pictogram: string) => PictogramRef,
): ExportWeek {
  const cells = new Map<string, Map<string, WeekGroup>>();
  const unplaced = new Map<string, WeekGroup>();
  for (const item of items) {
    if (item.kind !== 'activity') continue;
    const key = item.day && item.period ? `${item.day}/${item.period}` : null;
    let groups = unplaced;
    if (key) {
      groups = cells.get(key) ?? new Map();
      cells.set(key, groups);
    }
    const group = groups.get(item.pictogram) ?? { ...name(item.pictogram), count: 0, difficulties: 0 };
    group.count++;
    group.difficulties += synthesis.activityDifficultyCounts[item.id] ?? 0;
    groups.set(item.pictogram, group);
  }
  return {
    cells: DAYS.flatMap((day) =>
      PERIODS.map((period) => ({ day, period, groups: ordered(cells.get(`${day}/${period}`)) })),
    ),
    unplaced: ordered(unplaced),
  };
}

/** Most placed first, then most difficulties, then by name, so pictures are the same on every run. */
function ordered(groups: Map<string, WeekGroup> | undefined): WeekGroup[] {
  return [...(groups?.values() ?? [])].sort(
    (a, b) =>
      b.count - a.count ||
      b.difficulties - a.difficulties ||
      (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  );
}
