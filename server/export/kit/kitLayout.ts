/**
 * Geometry of the paper kit, in PDF points (1 cm = 28.35 pt), pure so the builder and its tests share
 * one definition. The cards are sized from the A3 week fresco's cells, not the other way round:
 * residents often put two or more activities in one cell, so four cards (2 × 2) must fit a cell with a
 * margin around and a gap between them.
 */
import { DAYS, PERIODS, WEEKEND } from '../../../shared/schema/board';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A3 landscape and A4 portrait, as pdfkit sizes them. */
export const A3_LANDSCAPE = { width: 1190.55, height: 841.89 } as const;
export const A4_PORTRAIT = { width: 595.28, height: 841.89 } as const;

const SHEET = { left: 40, top: 40, rowLabel: 110, weekendGap: 14, header: 28, tray: 70, bottom: 76 } as const;
/** Space between a cell's drawn edge and the slot it stands for. */
const CELL_INSET = 3;

export interface WeekGrid {
  gridTop: number;
  /** Height of the days' header above the first row. */
  header: number;
  rowLabel: number;
  weekendGap: number;
  column: number;
  rowHeight: number;
  dayX(index: number): number;
  /** The drawn cells, row by row (periods), each row by day. */
  cells: Box[];
  trayY: number;
  trayHeight: number;
}

export function weekGrid(page: { width: number; height: number } = A3_LANDSCAPE): WeekGrid {
  const width = page.width - 2 * SHEET.left;
  const gridTop = SHEET.top + 60;
  const column = (width - SHEET.rowLabel - SHEET.weekendGap) / DAYS.length;
  const rowHeight = (page.height - gridTop - SHEET.header - SHEET.tray - SHEET.bottom) / PERIODS.length;
  const dayX = (index: number) =>
    SHEET.left +
    SHEET.rowLabel +
    index * column +
    (WEEKEND.includes(DAYS[index] as (typeof DAYS)[number]) ? SHEET.weekendGap : 0);
  const cells: Box[] = [];
  PERIODS.forEach((_, r) => {
    const y = gridTop + SHEET.header + r * rowHeight;
    DAYS.forEach((_, i) => {
      cells.push({
        x: dayX(i) + CELL_INSET,
        y: y + CELL_INSET,
        width: column - 2 * CELL_INSET,
        height: rowHeight - 2 * CELL_INSET,
      });
    });
  });
  const trayY = gridTop + SHEET.header + PERIODS.length * rowHeight + 14;
  return {
    gridTop,
    header: SHEET.header,
    rowLabel: SHEET.rowLabel,
    weekendGap: SHEET.weekendGap,
    column,
    rowHeight,
    dayX,
    cells,
    trayY,
    trayHeight: SHEET.tray,
  };
}

/** Room kept free inside a cell around the four cards, and between two cards. */
export const CELL_MARGIN = 4;
export const CARD_GAP = 3;

/** The side of a (square) card: two cards, a gap and the margins across the cell's shorter side. */
export function cardSide(grid: WeekGrid = weekGrid()): number {
  const cell = Math.min(...grid.cells.map((c) => Math.min(c.width, c.height)));
  return Math.floor((cell - 2 * CELL_MARGIN - CARD_GAP) / 2);
}

const CARD_PAGE = { left: 40, top: 66, bottom: 64 } as const;

/** Card slots of one A4 page: a grid centred across the page, cards touching so one cut serves two. */
export function cardSlots(side: number, page: { width: number; height: number } = A4_PORTRAIT): Box[] {
  const columns = Math.floor((page.width - 2 * CARD_PAGE.left) / side);
  const rows = Math.floor((page.height - CARD_PAGE.top - CARD_PAGE.bottom) / side);
  const left = (page.width - columns * side) / 2;
  const slots: Box[] = [];
  for (let row = 0; row < rows; row++)
    for (let col = 0; col < columns; col++)
      slots.push({ x: left + col * side, y: CARD_PAGE.top + row * side, width: side, height: side });
  return slots;
}
