/**
 * Geometry of the *toile des capabilités*: one spoke per capability axis, clockwise from the top as
 * radars are read, rings for the levels 1…max, scores as a polygon; and the inverse (a tap on the radar
 * gives an axis and a level), so the radar can be scored by pointing at it. Plus the synthesis radar's
 * data: how much residents' difficulties weigh on each axis against what the plan strengthens.
 */
import { type Action, CAPABILITY_MAX } from '../schema/plan';
import type { Point } from './geometry';

export interface RadarFrame {
  cx: number;
  cy: number;
  radius: number;
  /** Highest level (the outer ring). */
  max?: number;
}

/** Angle of spoke `i` of `n`, in radians: -90° (top) then clockwise. */
export function spokeAngle(i: number, n: number): number {
  return -Math.PI / 2 + (i * 2 * Math.PI) / Math.max(1, n);
}

function clampScore(score: number, max: number): number {
  return Math.min(max, Math.max(0, Number.isFinite(score) ? score : 0));
}

/** The point of level `score` on spoke `i` of `n`. */
export function radarPoint(i: number, n: number, score: number, frame: RadarFrame): Point {
  const max = frame.max ?? CAPABILITY_MAX;
  const r = (frame.radius * clampScore(score, max)) / max;
  const angle = spokeAngle(i, n);
  return { x: frame.cx + r * Math.cos(angle), y: frame.cy + r * Math.sin(angle) };
}

/** The scores as polygon points, one per axis, in axis order. */
export function radarPolygon(scores: readonly number[], frame: RadarFrame): Point[] {
  return scores.map((score, i) => radarPoint(i, scores.length, score, frame));
}

/** One ring per level 1…max, each a polygon through every spoke. */
export function radarRings(n: number, frame: RadarFrame): Point[][] {
  const max = frame.max ?? CAPABILITY_MAX;
  return Array.from({ length: max }, (_, level) =>
    Array.from({ length: n }, (_, i) => radarPoint(i, n, level + 1, frame)),
  );
}

/** The outer end of each spoke. */
export function radarSpokes(n: number, frame: RadarFrame): Point[] {
  const max = frame.max ?? CAPABILITY_MAX;
  return Array.from({ length: n }, (_, i) => radarPoint(i, n, max, frame));
}

export type LabelAnchor = 'start' | 'middle' | 'end';

/** Where an axis label goes (just outside the spoke) and how it is aligned, so labels never cross the radar. */
export function radarLabel(
  i: number,
  n: number,
  frame: RadarFrame,
  gap = 12,
): { at: Point; anchor: LabelAnchor } {
  const angle = spokeAngle(i, n);
  const r = frame.radius + gap;
  const at = { x: frame.cx + r * Math.cos(angle), y: frame.cy + r * Math.sin(angle) };
  const dx = Math.cos(angle);
  const anchor: LabelAnchor = Math.abs(dx) < 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
  return { at, anchor };
}

/**
 * The axis and level a point designates: the nearest spoke by angle, and the level nearest to the
 * point's distance from the centre (a tap near the centre is 0). Null when there are no axes or the point
 * is far outside the radar.
 */
export function scoreAtPoint(
  point: Point,
  n: number,
  frame: RadarFrame,
): { axis: number; score: number } | null {
  if (n < 1) return null;
  const max = frame.max ?? CAPABILITY_MAX;
  const dx = point.x - frame.cx;
  const dy = point.y - frame.cy;
  const distance = Math.hypot(dx, dy);
  if (distance > frame.radius * 1.25) return null;
  const step = (2 * Math.PI) / n;
  // Angle measured clockwise from the top, in [0, 2π).
  const fromTop = (Math.atan2(dy, dx) + Math.PI / 2 + 2 * Math.PI) % (2 * Math.PI);
  const axis = Math.round(fromTop / step) % n;
  const score = Math.min(max, Math.max(0, Math.round((distance / frame.radius) * max)));
  return { axis, score };
}

/** Scales values so the largest becomes `max` (all zero stays zero): puts counts and sums on the radar's scale. */
export function scaleToMax(values: readonly number[], max = CAPABILITY_MAX): number[] {
  const highest = Math.max(0, ...values.map((v) => (Number.isFinite(v) ? v : 0)));
  if (highest === 0) return values.map(() => 0);
  return values.map((v) => (Math.max(0, Number.isFinite(v) ? v : 0) / highest) * max);
}

export interface AxisBalance {
  axisId: string;
  /** Residents' difficulties that fall on this axis. */
  need: number;
  /** Sum of the plan's scores on this axis. */
  strength: number;
  /** Actions that score this axis 1 or more. */
  actions: number;
  /** need and strength on the radar's 0…max scale, each relative to its own largest axis. */
  needLevel: number;
  strengthLevel: number;
  /** Residents put weight here and the plan answers clearly less: the gap the synthesis radar shows. */
  gap: boolean;
}

/** A gap is an axis where the need is at least this level and the plan is this many levels below it. */
export const GAP_MIN_NEED_LEVEL = 1.5;
export const GAP_MARGIN = 1;

/**
 * Need against strength, per axis of the workshop. Scores on axes the workshop no longer has are left
 * out (the radar draws current axes only).
 */
export function axisBalance(
  axisIds: readonly string[],
  needByAxis: Readonly<Record<string, number>>,
  actions: readonly Pick<Action, 'capabilities'>[],
): AxisBalance[] {
  const need = axisIds.map((id) => needByAxis[id] ?? 0);
  const strength = axisIds.map((id) =>
    actions.reduce((sum, action) => sum + clampScore(action.capabilities[id] ?? 0, CAPABILITY_MAX), 0),
  );
  const counts = axisIds.map((id) => actions.filter((action) => (action.capabilities[id] ?? 0) >= 1).length);
  const needLevels = scaleToMax(need);
  const strengthLevels = scaleToMax(strength);
  return axisIds.map((axisId, i) => {
    const needLevel = needLevels[i] as number;
    const strengthLevel = strengthLevels[i] as number;
    return {
      axisId,
      need: need[i] as number,
      strength: strength[i] as number,
      actions: counts[i] as number,
      needLevel,
      strengthLevel,
      gap: needLevel >= GAP_MIN_NEED_LEVEL && strengthLevel <= needLevel - GAP_MARGIN,
    };
  });
}
