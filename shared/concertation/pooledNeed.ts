/**
 * The synthesis radar's residents' side for a concertation: every neighbourhood's difficulties, each on
 * the capability axis of the activity it was raised under, as `needByAxis` counts one workshop's board.
 * Read from the pooled activities × difficulties map, so no board needs to leave its workshop.
 */
import { axisOfActivity, type NeedByAxis } from '../model/axisMapping';
import type { FieldReturn } from './fieldReturn';

export function pooledNeedByAxis(field: FieldReturn, axisIds: readonly string[]): NeedByAxis {
  const present = new Set(axisIds);
  const byAxis: Record<string, number> = Object.fromEntries(axisIds.map((id) => [id, 0]));
  let unmapped = 0;
  let total = 0;
  field.activities.forEach((activity, row) => {
    const raised = (field.matrix[row] ?? []).reduce((sum, count) => sum + count, 0);
    if (raised === 0) return;
    total += raised;
    // Pooled pictograms are shipped ids (a workshop's own pictogram pools by its picture).
    const axis = axisOfActivity(activity.pictogram, []);
    if (axis && present.has(axis)) byAxis[axis] = (byAxis[axis] ?? 0) + raised;
    else unmapped += raised;
  });
  return { byAxis, unmapped, total };
}
