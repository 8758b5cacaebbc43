/**
 * The chronological fresco as a picture: the plan's calendar left to right (years and months), one band
 * per lane, each action a bar from its start to its end month, coloured by nature (to continue, to
 * reinforce, new). Bars of a lane that overlap in time go on separate rows. Actions without valid months
 * are listed in a last band. Months outside the plan's span are clamped to its edges.
 */
import { compareLaneKeys } from '../../model/timeline';
import { isYearMonth, monthIndex } from '../../model/yearMonth';
import type { Nature } from '../../schema/plan';
import type { ExportLabels } from '../labels';
import type { ExportTimeline, TimelineEntry } from '../model/types';
import { ellipsize } from '../text/clean';
import { escapeXml } from '../text/escape';
import { el, lines, svgDocument, text, wrap } from './svgKit';

export const NATURE_COLORS: Record<Nature, string> = {
  continue: '#1d6a33',
  reinforce: '#8a4b00',
  new: '#1f4fa8',
};

const WIDTH = 1100;
const LEFT = 170;
const RIGHT = 16;
const TOP = 48;
const BAR = 24;
const GAP = 6;
const FONT = 11;
const LANE_FONT = 12;
const LANE_LINE = 14;

interface Placed {
  entry: TimelineEntry;
  from: number;
  to: number;
  row: number;
}

export function timelineFrescoSvg(timeline: ExportTimeline, labels: ExportLabels, title: string): string {
  const dated = timeline.entries.filter((entry) => isYearMonth(entry.start) || isYearMonth(entry.end));
  const undated = timeline.entries.filter((entry) => !dated.includes(entry));
  const span = calendarSpan(timeline, dated);
  const months = span.to - span.from + 1;
  const x = (month: number) => LEFT + ((month - span.from) / months) * (WIDTH - LEFT - RIGHT);
  const parts: string[] = [axis(span, x, labels)];

  let y = TOP;
  let band = 0;
  for (const [key, entries] of lanes(dated)) {
    // Leads are long names ("Maison de quartier Jas-de-Bouffan"): wrapped on whole words, the band
    // growing to hold them, rather than cut where two leads would then read alike.
    const title = wrap(key || labels.noLaneBy[timeline.laneMode], LEFT - 16, LANE_FONT, 3);
    const placed = pack(entries, span);
    const rows = Math.max(1, ...placed.map((p) => p.row + 1));
    const height = Math.max(rows * (BAR + GAP) + GAP, title.length * LANE_LINE + 10);
    parts.push(el('rect', { x: 0, y, width: WIDTH, height, fill: band++ % 2 ? '#ffffff' : '#f7f5f0' }));
    parts.push(
      lines(8, y + 18, title, LANE_LINE, {
        'font-size': LANE_FONT,
        'font-weight': 'bold',
        fill: '#17202e',
      }),
    );
    for (const p of placed) parts.push(bar(p, x(p.from), x(p.to + 1), y + GAP + p.row * (BAR + GAP)));
    y += height;
  }
  if (undated.length > 0) {
    parts.push(text(8, y + 18, labels.noDates, { 'font-size': 12, 'font-weight': 'bold', fill: '#17202e' }));
    const chip = 180;
    const perRow = Math.max(1, Math.floor((WIDTH - LEFT - RIGHT) / (chip + GAP)));
    undated.forEach((entry, i) => {
      const left = LEFT + (i % perRow) * (chip + GAP);
      const top = y + GAP + Math.floor(i / perRow) * (BAR + GAP);
      parts.push(bar({ entry, from: 0, to: 0, row: 0 }, left, left + chip, top, true));
    });
    y += Math.ceil(undated.length / perRow) * (BAR + GAP) + GAP;
  }
  if (timeline.entries.length === 0) {
    parts.push(
      text(WIDTH / 2, y + 40, labels.nothingYet.actions, {
        'font-size': 18,
        'text-anchor': 'middle',
        fill: '#454d5c',
      }),
    );
    y += 70;
  }
  y += 10;
  parts.push(legend(y, labels));
  const height = y + 30;
  return svgDocument(
    WIDTH,
    height,
    title,
    el('rect', { width: WIDTH, height, fill: '#ffffff' }) + parts.join(''),
  );
}

/** The plan's span; when it is unset or inverted, the months the actions use. */
function calendarSpan(timeline: ExportTimeline, dated: TimelineEntry[]): { from: number; to: number } {
  const start = monthIndex(timeline.start);
  const end = monthIndex(timeline.end);
  if (start !== null && end !== null && end >= start) return { from: start, to: end };
  const used = dated
    .flatMap((entry) => [monthIndex(entry.start), monthIndex(entry.end)])
    .filter((m) => m !== null);
  if (used.length === 0) {
    const now = monthIndex('2027-01') as number;
    return { from: now, to: now + 11 };
  }
  return { from: Math.min(...used), to: Math.max(...used) };
}

/** Entries by lane key, in the plan screen's lane order (by name, the empty lane last). */
function lanes(entries: TimelineEntry[]): [string, TimelineEntry[]][] {
  const byLane = new Map<string, TimelineEntry[]>();
  for (const entry of entries) byLane.set(entry.lane, [...(byLane.get(entry.lane) ?? []), entry]);
  return [...byLane.entries()].sort(([a], [b]) => compareLaneKeys(a, b));
}

/** Greedy interval packing: each bar takes the first row where it overlaps nothing. */
export function pack(entries: TimelineEntry[], span: { from: number; to: number }): Placed[] {
  const clamp = (m: number) => Math.min(span.to, Math.max(span.from, m));
  const bars = entries.map((entry) => {
    const a = monthIndex(entry.start) ?? (monthIndex(entry.end) as number);
    const b = monthIndex(entry.end) ?? a;
    return { entry, from: clamp(Math.min(a, b)), to: clamp(Math.max(a, b)), row: 0 };
  });
  bars.sort((p, q) => p.from - q.from || q.to - p.to);
  const rowEnds: number[] = [];
  for (const placed of bars) {
    let row = rowEnds.findIndex((end) => end < placed.from);
    if (row < 0) row = rowEnds.length;
    rowEnds[row] = placed.to;
    placed.row = row;
  }
  return bars;
}

function bar(p: Placed, left: number, right: number, top: number, dashed = false): string {
  const width = Math.max(6, right - left - 2);
  const fill = NATURE_COLORS[p.entry.nature];
  const label = `${p.entry.number}. ${p.entry.title}`;
  const room = Math.floor((width - 10) / (FONT * 0.6));
  const shown = room >= 6 ? ellipsize(label, room) : room >= 2 ? String(p.entry.number) : '';
  return el(
    'g',
    {},
    el('title', {}, escapeXml(label)) +
      el('rect', {
        x: left + 1,
        y: top,
        width,
        height: BAR,
        rx: 5,
        fill,
        'stroke-dasharray': dashed ? '4 3' : undefined,
        stroke: dashed ? '#17202e' : undefined,
      }) +
      (shown
        ? text(left + 6, top + 16, shown, { 'font-size': FONT, fill: '#ffffff', 'font-weight': 'bold' })
        : ''),
  );
}

function axis(
  span: { from: number; to: number },
  x: (month: number) => number,
  labels: ExportLabels,
): string {
  const parts: string[] = [];
  const months = span.to - span.from + 1;
  for (let month = span.from; month <= span.to + 1; month++) {
    const isYear = month % 12 === 0;
    if (!isYear && months > 48) continue;
    parts.push(
      el('line', {
        x1: x(month),
        y1: isYear ? 8 : 30,
        x2: x(month),
        y2: 40,
        stroke: isYear ? '#454d5c' : '#c9ccd3',
      }),
    );
    if (isYear && month <= span.to)
      parts.push(
        text(x(month) + 4, 22, String(Math.floor(month / 12)), {
          'font-size': 13,
          'font-weight': 'bold',
          fill: '#17202e',
        }),
      );
    else if (!isYear && months <= 24 && month <= span.to) {
      const name = labels.months[month % 12] as string;
      parts.push(text(x(month) + 2, 38, name.slice(0, 3), { 'font-size': 9, fill: '#454d5c' }));
    }
  }
  if (span.from % 12 !== 0)
    parts.push(
      text(LEFT + 4, 22, String(Math.floor(span.from / 12)), {
        'font-size': 13,
        'font-weight': 'bold',
        fill: '#17202e',
      }),
    );
  return parts.join('');
}

function legend(y: number, labels: ExportLabels): string {
  let x = LEFT;
  return (Object.keys(NATURE_COLORS) as Nature[])
    .map((nature) => {
      const part =
        el('rect', { x, y, width: 16, height: 16, rx: 3, fill: NATURE_COLORS[nature] }) +
        text(x + 22, y + 13, labels.natures[nature], { 'font-size': 12, fill: '#17202e' });
      x += 40 + labels.natures[nature].length * 8;
      return part;
    })
    .join('');
}
