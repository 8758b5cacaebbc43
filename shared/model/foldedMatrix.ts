/**
 * The activities × difficulties table for a screen that has room for only so many columns. The most
 * frequent difficulties keep a column each; the rest fold into one visible "others" column that still
 * counts them per activity and says which difficulties it holds, so no activity ever looks as if
 * nobody met a difficulty there. Pure: the synthesis in, the table to draw out.
 */
import type { ActivityRow, DifficultyColumn, Synthesis } from './synthesis';

export interface FoldedCount {
  pictogram: string;
  count: number;
}

export interface FoldedOthers {
  /** Difficulty pictograms folded into the column, most frequent first. */
  pictograms: string[];
  /** Difficulties folded in, all activities together. */
  count: number;
  /** Per row (same order as `rows`): how many folded difficulties, and which, most frequent first. */
  perRow: { count: number; difficulties: FoldedCount[] }[];
}

export interface FoldedMatrix {
  /** Every activity row that has at least one difficulty (or every row with `keepEmptyRows`). */
  rows: ActivityRow[];
  /** The difficulties that keep a column, most frequent first. */
  columns: DifficultyColumn[];
  /** `cells[row][column]` for the kept columns. */
  cells: number[][];
  /** Null when every difficulty has its own column. */
  others: FoldedOthers | null;
}

export interface FoldOptions {
  /** Columns a screen can show, the "others" column included. */
  maxColumns: number;
  keepEmptyRows?: boolean;
}

export function foldMatrix(synthesis: Synthesis, options: FoldOptions): FoldedMatrix {
  const max = Math.max(1, Math.floor(options.maxColumns));
  const all = synthesis.difficulties;
  // Folding a single difficulty would spend the "others" column on it: give it its own column instead.
  const kept = all.length <= max ? all.length : max - 1;
  const columns = all.slice(0, kept);
  const folded = all.slice(kept);
  const rowIndexes = synthesis.activities
    .map((row, index) => ({ row, index }))
    .filter(({ row }) => options.keepEmptyRows || row.difficulties > 0);
  const cells = rowIndexes.map(({ index }) => columns.map((_, c) => synthesis.matrix[index]?.[c] ?? 0));
  const others =
    folded.length === 0
      ? null
      : {
          pictograms: folded.map((column) => column.pictogram),
          count: folded.reduce((sum, column) => sum + column.count, 0),
          perRow: rowIndexes.map(({ index }) => {
            const difficulties = folded
              .map((column, f) => ({
                pictogram: column.pictogram,
                count: synthesis.matrix[index]?.[kept + f] ?? 0,
              }))
              .filter((entry) => entry.count > 0)
              .sort((a, b) => b.count - a.count);
            return { count: difficulties.reduce((sum, entry) => sum + entry.count, 0), difficulties };
          }),
        };
  return { rows: rowIndexes.map(({ row }) => row), columns, cells, others };
}
