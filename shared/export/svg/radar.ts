/**
 * The *toile des capabilités* of one action: a radar with one spoke per capability axis, rings for the
 * levels 1…4 and the action's scores as a filled polygon. With fewer than three axes a radar is a line
 * or a dot, so bars are drawn instead.
 */
import { CAPABILITY_MAX } from '../../schema/plan';
import type { CapabilityScore } from '../model/types';
import { el, lines, num, svgDocument, text, wrap } from './svgKit';

export interface Point {
  x: number;
  y: number;
}

export interface RadarGeometry {
  spokes: Point[];
  /** One polygon per level, 1…max. */
  rings: Point[][];
  shape: Point[];
  labels: { at: Point; anchor: 'start' | 'middle' | 'end' }[];
}

/** Spoke i points at angle -90° + i·360°/n, clockwise from the top, as radars are read. */
export function radarGeometry(
  scores: number[],
  { cx, cy, radius, max = CAPABILITY_MAX }: { cx: number; cy: number; radius: number; max?: number },
): RadarGeometry {
  const n = scores.length;
  const at = (i: number, r: number): Point => {
    const angle = -Math.PI / 2 + (i * 2 * Math.PI) / n;
    return { x: cx + r * Math.cos(angle), y: cy + r * Math.sin(angle) };
  };
  const clamp = (score: number) => Math.min(max, Math.max(0, Number.isFinite(score) ? score : 0));
  return {
    spokes: scores.map((_, i) => at(i, radius)),
    rings: Array.from({ length: max }, (_, level) =>
      scores.map((_, i) => at(i, (radius * (level + 1)) / max)),
    ),
    shape: scores.map((score, i) => at(i, (radius * clamp(score)) / max)),
    labels: scores.map((_, i) => {
      const point = at(i, radius + 14);
      const dx = point.x - cx;
      const anchor = Math.abs(dx) < radius * 0.2 ? 'middle' : dx > 0 ? 'start' : 'end';
      return { at: point, anchor };
    }),
  };
}

const WIDTH = 560;
const HEIGHT = 400;
const FONT = 13;

const CENTER = { cx: WIDTH / 2, cy: HEIGHT / 2 + 6, radius: 130 };

function pointList(list: Point[]): string {
  return list.map((p) => `${num(p.x)},${num(p.y)}`).join(' ');
}

/**
 * The radar without any action's scores: rings, spokes, level numbers and axis labels. It depends only on
 * the axes, so the server lays its text out once per export and reuses it for every action's radar.
 */
export function radarFrameSvg(labels: string[], title: string): string {
  const { cx, cy } = CENTER;
  const geometry = radarGeometry(
    labels.map(() => 0),
    CENTER,
  );
  const parts: string[] = [el('rect', { width: WIDTH, height: HEIGHT, fill: '#ffffff' })];
  geometry.rings.forEach((ring, level) => {
    parts.push(
      el('polygon', { points: pointList(ring), fill: 'none', stroke: '#c9ccd3', 'stroke-width': 1 }),
    );
    const label = ring[0] as Point;
    parts.push(text(label.x + 4, label.y + 4, String(level + 1), { 'font-size': 10, fill: '#6b7280' }));
  });
  for (const spoke of geometry.spokes) {
    parts.push(
      el('line', { x1: cx, y1: cy, x2: spoke.x, y2: spoke.y, stroke: '#c9ccd3', 'stroke-width': 1 }),
    );
  }
  geometry.labels.forEach((label, i) => {
    const wrapped = wrap(labels[i] ?? '', 130, FONT, 3);
    const top = label.at.y < cy - 4;
    const y = top
      ? label.at.y - (wrapped.length - 1) * (FONT + 2)
      : label.at.y + (label.anchor === 'middle' ? FONT : 4);
    parts.push(
      lines(label.at.x, y, wrapped, FONT + 2, {
        'font-size': FONT,
        'text-anchor': label.anchor,
        fill: '#17202e',
      }),
    );
  });
  return svgDocument(WIDTH, HEIGHT, title, parts.join(''));
}

/** One action's scores, in the frame's coordinates: a filled polygon and a dot per axis. No text. */
export function radarShapeSvg(scores: number[]): string {
  const geometry = radarGeometry(scores, CENTER);
  const dots = geometry.shape.map((point) =>
    el('circle', { cx: point.x, cy: point.y, r: 4, fill: '#1f4fa8' }),
  );
  return (
    el('polygon', {
      points: pointList(geometry.shape),
      fill: '#1f4fa8',
      'fill-opacity': 0.28,
      stroke: '#1f4fa8',
      'stroke-width': 2.5,
      'stroke-linejoin': 'round',
    }) + dots.join('')
  );
}

/** Draws a shape over a frame (any SVG document whose user space is the frame's). */
export function withRadarShape(frame: string, shape: string): string {
  const end = frame.lastIndexOf('</svg>');
  return `${frame.slice(0, end)}${shape}${frame.slice(end)}`;
}

/** A whole radar; axis labels carry the scores. Fewer than three axes are drawn as bars. */
export function radarSvg(scores: CapabilityScore[], title: string): string {
  if (scores.length < 3) return barsSvg(scores, title);
  const frame = radarFrameSvg(
    scores.map((score) => `${score.label} (${score.score}/${CAPABILITY_MAX})`),
    title,
  );
  return withRadarShape(frame, radarShapeSvg(scores.map((score) => score.score)));
}

function barsSvg(scores: CapabilityScore[], title: string): string {
  const rowHeight = 44;
  const height = Math.max(1, scores.length) * rowHeight + 24;
  const parts: string[] = [el('rect', { width: WIDTH, height, fill: '#ffffff' })];
  scores.forEach((score, i) => {
    const y = 16 + i * rowHeight;
    parts.push(
      text(12, y + 12, `${score.label} (${score.score}/${CAPABILITY_MAX})`, {
        'font-size': FONT,
        fill: '#17202e',
      }),
    );
    parts.push(el('rect', { x: 12, y: y + 18, width: WIDTH - 24, height: 14, fill: '#e5e7eb', rx: 3 }));
    const width = ((WIDTH - 24) * Math.min(CAPABILITY_MAX, Math.max(0, score.score))) / CAPABILITY_MAX;
    if (width > 0) parts.push(el('rect', { x: 12, y: y + 18, width, height: 14, fill: '#1f4fa8', rx: 3 }));
  });
  return svgDocument(WIDTH, height, title, parts.join(''));
}
