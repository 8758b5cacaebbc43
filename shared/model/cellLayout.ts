/**
 * How pictograms arrange themselves in a cell of the week fresco: a grid of equal slots, as large as the
 * cell allows (up to a maximum), filled in creation order, never overlapping. When threads have been
 * pulled in a cell, every slot grows a row underneath for the difficulties hanging off its activity, so
 * the whole cell keeps one rhythm. Pure: the same items give the same picture on every screen.
 */
import type { Point, Rect } from './geometry';

/** Space between slots, as a share of the pictogram size. */
export const SLOT_GAP_RATIO = 0.14;
/** Difficulties are drawn this much smaller than their activity. */
export const THREAD_SIZE_RATIO = 0.46;
/** Space between an activity and its row of difficulties, as a share of the pictogram size. */
export const THREAD_GAP_RATIO = 0.12;
/** More difficulties than this under one activity show as the first ones and a "+N" counter. */
export const MAX_SHOWN_DIFFICULTIES = 4;

export interface CellUnit {
  activityId: string;
  difficultyIds: string[];
}

export interface DifficultySpot {
  id: string;
  activityId: string;
  x: number;
  y: number;
  size: number;
}

export interface ActivitySpot {
  id: string;
  /** Top-left corner of the pictogram's square. */
  x: number;
  y: number;
  size: number;
  /** The whole slot (pictogram, threads and the gap around them): what a tap on it hits. */
  slot: Rect;
  difficulties: DifficultySpot[];
  /** Difficulties not drawn for lack of room, shown as "+N" at `moreAt`. */
  hiddenDifficulties: number;
  moreAt: Point | null;
  /** Where the pictogram's name goes under it, on layouts roomy enough for words (the projector). */
  caption: Rect | null;
}

export interface Packing {
  columns: number;
  rows: number;
  size: number;
  gap: number;
}

/**
 * The largest square size for `count` slots of height `size × aspect` in `width × height`, trying every
 * column count; ties keep more columns, so a cell fills row by row.
 */
export function packSlots(
  count: number,
  width: number,
  height: number,
  aspect: number,
  maxSize: number,
): Packing {
  if (count <= 0) return { columns: 0, rows: 0, size: Math.min(maxSize, width, height / aspect), gap: 0 };
  let best: Packing = { columns: 1, rows: count, size: 0, gap: 0 };
  for (let columns = 1; columns <= count; columns++) {
    const rows = Math.ceil(count / columns);
    const byWidth = width / (columns + (columns - 1) * SLOT_GAP_RATIO);
    const byHeight = height / (rows * aspect + (rows - 1) * SLOT_GAP_RATIO);
    const size = Math.min(maxSize, byWidth, byHeight);
    if (size >= best.size) best = { columns, rows, size, gap: size * SLOT_GAP_RATIO };
    // Past this point more columns only make each slot narrower.
    if (byWidth < best.size) break;
  }
  return best;
}

/** The slot height for a pictogram size, with or without a row of difficulties. */
export function slotAspect(withThreads: boolean): number {
  return withThreads ? 1 + THREAD_GAP_RATIO + THREAD_SIZE_RATIO : 1;
}

/**
 * `captionRatio` (a share of the pictogram size, 0 for none) adds a row under each slot for the
 * pictogram's name: every slot gets it, so the cell keeps one rhythm.
 */
export function layoutCell(
  rect: Rect,
  units: CellUnit[],
  padding: number,
  maxSize: number,
  captionRatio = 0,
): ActivitySpot[] {
  const withThreads = units.some((unit) => unit.difficultyIds.length > 0);
  const pictureAspect = slotAspect(withThreads);
  const aspect = pictureAspect + captionRatio;
  const inner = { width: rect.width - 2 * padding, height: rect.height - 2 * padding };
  const { columns, size, gap } = packSlots(units.length, inner.width, inner.height, aspect, maxSize);
  return units.map((unit, index) => {
    const column = index % columns;
    const row = Math.floor(index / columns);
    const x = rect.x + padding + column * (size + gap);
    const y = rect.y + padding + row * (size * aspect + gap);
    const slot = { x: x - gap / 2, y: y - gap / 2, width: size + gap, height: size * aspect + gap };
    const caption =
      captionRatio > 0
        ? { x: x - gap / 2, y: y + size * pictureAspect, width: size + gap, height: size * captionRatio }
        : null;
    return { id: unit.activityId, x, y, size, slot, ...threadRow(unit, x, y, size), caption };
  });
}

function threadRow(
  unit: CellUnit,
  x: number,
  y: number,
  size: number,
): Pick<ActivitySpot, 'difficulties' | 'hiddenDifficulties' | 'moreAt'> {
  const total = unit.difficultyIds.length;
  if (total === 0) return { difficulties: [], hiddenDifficulties: 0, moreAt: null };
  const overflow = total > MAX_SHOWN_DIFFICULTIES;
  const shown = overflow ? MAX_SHOWN_DIFFICULTIES - 1 : total;
  const places = overflow ? MAX_SHOWN_DIFFICULTIES : shown;
  const spacing = size * 0.04;
  const small = Math.min(size * THREAD_SIZE_RATIO, (size - (places - 1) * spacing) / places);
  const rowWidth = places * small + (places - 1) * spacing;
  const left = x + (size - rowWidth) / 2;
  const top = y + size * (1 + THREAD_GAP_RATIO);
  const difficulties = unit.difficultyIds.slice(0, shown).map((id, index) => ({
    id,
    activityId: unit.activityId,
    x: left + index * (small + spacing),
    y: top,
    size: small,
  }));
  const moreAt = overflow ? { x: left + shown * (small + spacing) + small / 2, y: top + small / 2 } : null;
  return { difficulties, hiddenDifficulties: total - shown, moreAt };
}
