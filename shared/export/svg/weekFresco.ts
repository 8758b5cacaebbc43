/**
 * The exploration fresco as a picture: the week (weekend set apart) by time of day, each cell listing the
 * activities placed there (pictogram, name, how many times) and how many difficulties were found under
 * them. Activities not placed in a cell are listed in a last row.
 */
import { DAYS, type Day, PERIODS, WEEKEND } from '../../schema/board';
import type { ExportLabels } from '../labels';
import type { ExportWeek, WeekGroup } from '../model/types';
import { escapeXml } from '../text/escape';
import { el, lines, type PictogramArtSource, pictogramSymbols, svgDocument, text, wrap } from './svgKit';

const LEFT = 112;
const TOP = 40;
const COLUMN = 168;
const WEEKEND_GAP = 16;
const ROW = 36;
const PAD = 6;
const MAX_ROWS_IN_CELL = 6;
const WIDTH = LEFT + DAYS.length * COLUMN + WEEKEND_GAP + 12;

export interface WeekSvgOptions {
  labels: ExportLabels;
  title: string;
  /** Drawings of the shipped pictograms; without them, lettered badges. */
  pictogramArt?: PictogramArtSource;
}

function dayX(day: Day): number {
  const index = DAYS.indexOf(day);
  return LEFT + index * COLUMN + (WEEKEND.includes(day) ? WEEKEND_GAP : 0);
}

export function weekFrescoSvg(week: ExportWeek, options: WeekSvgOptions): string {
  const { labels } = options;
  const shown = [
    ...week.cells.flatMap((cell) => cell.groups.slice(0, MAX_ROWS_IN_CELL + 1)),
    ...week.unplaced,
  ];
  const symbols = pictogramSymbols(
    shown.map((group) => group.image),
    options.pictogramArt,
  );
  const parts: string[] = [symbols.defs];
  let y = TOP;
  for (const day of DAYS) {
    parts.push(text(dayX(day) + COLUMN / 2, 26, labels.days[day], cellTitle()));
  }
  for (const period of PERIODS) {
    const cells = week.cells.filter((cell) => cell.period === period);
    const rows = Math.max(1, ...cells.map((cell) => Math.min(cell.groups.length, MAX_ROWS_IN_CELL + 1)));
    const height = rows * ROW + PAD * 2;
    parts.push(
      text(LEFT - 8, y + height / 2 + 5, labels.periods[period], { ...cellTitle(), 'text-anchor': 'end' }),
    );
    for (const cell of cells) {
      const x = dayX(cell.day);
      parts.push(
        el('rect', {
          x: x + 2,
          y,
          width: COLUMN - 4,
          height,
          rx: 8,
          fill: WEEKEND.includes(cell.day) ? '#f1ede4' : '#f7f5f0',
          stroke: '#d9d6ce',
        }),
      );
      parts.push(
        groupRows(cell.groups, x + 2 + PAD, y + PAD, COLUMN - 4 - PAD * 2, labels, symbols.symbolOf),
      );
    }
    y += height + 6;
  }
  if (week.unplaced.length > 0) {
    const perRow = DAYS.length;
    const rows = Math.ceil(week.unplaced.length / perRow);
    const title = wrap(labels.unplaced, LEFT - 12, 12, 3);
    parts.push(lines(LEFT - 8, y + 18, title, 14, { ...cellTitle(), 'text-anchor': 'end', 'font-size': 12 }));
    week.unplaced.forEach((group, i) => {
      const day = DAYS[i % perRow] as Day;
      parts.push(
        groupRows(
          [group],
          dayX(day) + 2 + PAD,
          y + Math.floor(i / perRow) * ROW + PAD,
          COLUMN - 4 - PAD * 2,
          labels,
          symbols.symbolOf,
        ),
      );
    });
    y += rows * ROW + PAD * 2;
  }
  const empty = week.cells.every((cell) => cell.groups.length === 0) && week.unplaced.length === 0;
  if (empty) {
    parts.push(
      text(WIDTH / 2, TOP + (y - TOP) / 2, labels.nothingYet.fresco, {
        'font-size': 20,
        'text-anchor': 'middle',
        fill: '#454d5c',
      }),
    );
  }
  y += 8;
  parts.push(legend(y, labels));
  const height = y + 28;
  return svgDocument(
    WIDTH,
    height,
    options.title,
    el('rect', { width: WIDTH, height, fill: '#ffffff' }) + parts.join(''),
  );
}

type SymbolOf = (pictogram: string) => string | null;

function cellTitle() {
  return { 'font-size': 14, 'font-weight': 'bold', 'text-anchor': 'middle', fill: '#17202e' };
}

function groupRows(
  groups: WeekGroup[],
  x: number,
  y: number,
  width: number,
  labels: ExportLabels,
  href: SymbolOf,
): string {
  const shown = groups.length > MAX_ROWS_IN_CELL + 1 ? groups.slice(0, MAX_ROWS_IN_CELL) : groups;
  const parts = shown.map((group, i) => groupRow(group, x, y + i * ROW, width, href));
  if (shown.length < groups.length) {
    const rest = groups.slice(shown.length).reduce((sum, group) => sum + group.count, 0);
    parts.push(
      text(x + 4, y + shown.length * ROW + 19, labels.moreItems(rest), { 'font-size': 11, fill: '#454d5c' }),
    );
  }
  return parts.join('');
}

function groupRow(group: WeekGroup, x: number, y: number, width: number, href: SymbolOf): string {
  const icon = 26;
  const symbol = href(group.image);
  const parts: string[] = [el('title', {}, escapeXml(group.name))];
  parts.push(
    symbol
      ? el('use', { href: `#${symbol}`, x, y: y + 1, width: icon, height: icon })
      : el('circle', {
          cx: x + icon / 2,
          cy: y + 1 + icon / 2,
          r: icon / 2 - 1,
          fill: '#e5edfb',
          stroke: '#1f4fa8',
        }) +
          text(x + icon / 2, y + 19, Array.from(group.name)[0]?.toUpperCase() ?? '?', {
            'font-size': 13,
            'text-anchor': 'middle',
            fill: '#1f4fa8',
            'font-weight': 'bold',
          }),
  );
  const badge = group.difficulties > 0 ? 22 : 0;
  const countText = group.count > 1 ? ` ×${group.count}` : '';
  const words = wrap(`${group.name}${countText}`, width - icon - 8 - badge, 11, 2);
  const top = words.length > 1 ? y + 12 : y + 18;
  parts.push(lines(x + icon + 5, top, words, 13, { 'font-size': 11, fill: '#17202e' }));
  if (badge) {
    const cx = x + width - 10;
    parts.push(el('circle', { cx, cy: y + 14, r: 10, fill: '#a3161a' }));
    parts.push(
      text(cx, y + 18, String(group.difficulties), {
        'font-size': 11,
        'text-anchor': 'middle',
        fill: '#ffffff',
        'font-weight': 'bold',
      }),
    );
  }
  return el('g', {}, parts.join(''));
}

function legend(y: number, labels: ExportLabels): string {
  return (
    el('circle', { cx: LEFT + 10, cy: y + 6, r: 9, fill: '#a3161a' }) +
    text(LEFT + 10, y + 10, 'n', {
      'font-size': 11,
      'text-anchor': 'middle',
      fill: '#ffffff',
      'font-weight': 'bold',
    }) +
    text(LEFT + 26, y + 10, `${labels.legend.difficulties}   ×n : ${labels.legend.placed}`, {
      'font-size': 11,
      fill: '#454d5c',
    })
  );
}
