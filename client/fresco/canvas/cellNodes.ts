/**
 * The pictograms of the fresco, drawn cell by cell: one Konva shape per cell (and one for the tray),
 * which draws its activities (threads included) into its own offscreen bitmap at the current zoom and
 * then blits it. Panning a full board is ~30 bitmap copies instead of thousands of pictograms; a change
 * redraws only its cell, reusing the same bitmap. Cells off screen are hidden (culling) and redrawn
 * only when they come back. Nothing here listens to pointer events: hits are found from the layout
 * (`itemAt`), which spares Konva its hit canvas entirely.
 */
import Konva from 'konva';
import { intersects, type Rect } from '../../../shared/model/geometry';
import { cellRectOfKey, type WeekGrid, type WeekLayout } from '../../../shared/model/weekLayout';
import { drawUnit, type UnitPicture } from './drawUnit';
import { type PictureSources, samePicture, unitPicture } from './unitPicture';

/** Past this many canvas pixels per world unit, cells are drawn live instead of cached (few are visible). */
const MAX_CACHE_RATIO = 2.5;
/** Cells are cached with a margin, for the count badges that stick out of their slot. */
const CACHE_MARGIN = 12;
/** Faded, while its pictogram is being dragged. */
const HIDDEN_ALPHA = 0.25;

interface Unit {
  id: string;
  x: number;
  y: number;
  picture: UnitPicture;
}

interface Cell {
  key: string;
  rect: Rect;
  shape: Konva.Shape;
  units: Unit[];
  bitmap: HTMLCanvasElement | null;
  /** Pixel ratio the bitmap was drawn at; null when it must be drawn again. */
  drawnAt: number | null;
}

export class CellNodes {
  private readonly cells = new Map<string, Cell>();
  private readonly unitCell = new Map<string, string>();
  private readonly pictures = new Map<string, UnitPicture>();
  private readonly hidden = new Set<string>();
  private ratio: number | null = null;
  /** Unit draws since creation, for tests and benchmarks. */
  unitDraws = 0;

  constructor(
    private readonly layer: Konva.Layer,
    private readonly grid: WeekGrid,
  ) {}

  /** Brings the given cells (all when null) in line with the layout. */
  sync(
    layout: WeekLayout,
    keys: Iterable<string> | null,
    counts: Map<string, number>,
    sources: PictureSources,
  ): void {
    const dirty = keys ? new Set(keys) : new Set([...layout.cells.keys(), ...this.cells.keys()]);
    for (const key of dirty) {
      const cell = this.cellOf(key);
      const old = new Map(cell.units.map((unit) => [unit.id, unit]));
      const units: Unit[] = [];
      let changed = false;
      for (const id of layout.cells.get(key) ?? []) {
        const spot = layout.activities.get(id);
        if (!spot) continue;
        const picture = unitPicture(spot, counts.get(id) ?? 0, sources);
        const before = this.pictures.get(id);
        const previousCell = this.unitCell.get(id);
        if (previousCell !== key) {
          if (previousCell !== undefined) this.invalidate(previousCell);
          this.unitCell.set(id, key);
          changed = true;
        }
        const unit = old.get(id);
        if (!before || !unit || unit.x !== spot.x || unit.y !== spot.y || !samePicture(before, picture))
          changed = true;
        this.pictures.set(id, picture);
        units.push({ id, x: spot.x, y: spot.y, picture });
      }
      const kept = new Set(units.map((unit) => unit.id));
      for (const unit of cell.units) {
        if (kept.has(unit.id)) continue;
        changed = true;
        if (this.unitCell.get(unit.id) === key) {
          this.unitCell.delete(unit.id);
          this.pictures.delete(unit.id);
          this.hidden.delete(unit.id);
        }
      }
      cell.units = units;
      if (changed) cell.drawnAt = null;
    }
    this.layer.batchDraw();
  }

  /** Draws every cell again on the next frame (pictograms finished loading, for instance). */
  invalidateAll(): void {
    for (const cell of this.cells.values()) cell.drawnAt = null;
    this.layer.batchDraw();
  }

  /** Cell keys where a pictogram id is drawn, to redraw only those when its image arrives. */
  cellsShowing(imageIds: Set<string>): string[] {
    const keys: string[] = [];
    for (const cell of this.cells.values()) {
      const shows = cell.units.some(
        (unit) =>
          (unit.picture.activity.imageId !== null && imageIds.has(unit.picture.activity.imageId)) ||
          unit.picture.difficulties.some((tile) => tile.imageId !== null && imageIds.has(tile.imageId)),
      );
      if (shows) keys.push(cell.key);
    }
    return keys;
  }

  invalidate(key: string): void {
    const cell = this.cells.get(key);
    if (cell) cell.drawnAt = null;
    this.layer.batchDraw();
  }

  /** Fades an activity while it is dragged: the ghost on the drag layer stands for it. */
  setHidden(id: string, hidden: boolean): void {
    if (hidden === this.hidden.has(id)) return;
    if (hidden) this.hidden.add(id);
    else this.hidden.delete(id);
    const key = this.unitCell.get(id);
    if (key !== undefined) this.invalidate(key);
  }

  pictureOf(id: string): UnitPicture | undefined {
    return this.pictures.get(id);
  }

  /** Shows only the cells that intersect the visible world rectangle; returns the pictograms shown. */
  cull(visible: Rect): number {
    let shown = 0;
    for (const cell of this.cells.values()) {
      const show = intersects(cell.rect, visible);
      if (cell.shape.visible() !== show) cell.shape.visible(show);
      if (show) shown += cell.units.length;
    }
    return shown;
  }

  /**
   * Draws the bitmaps of cells in `near` that are not drawn at this zoom yet, while `hasTime()` allows;
   * true once none is left. Run in idle time after the camera settles, so a pan finds them ready
   * instead of drawing them mid-gesture.
   */
  prerender(near: Rect, hasTime: () => boolean): boolean {
    const ratio = this.ratio;
    if (ratio === null) return true;
    for (const cell of this.cells.values()) {
      if (cell.units.length === 0 || (cell.drawnAt === ratio && cell.bitmap) || !intersects(cell.rect, near))
        continue;
      if (!hasTime()) return false;
      this.renderBitmap(cell, ratio);
    }
    return true;
  }

  /** Sets the bitmap resolution for a zoom (canvas pixels per world unit); visible cells redraw lazily. */
  setResolution(pixelsPerUnit: number): void {
    const ratio = pixelsPerUnit > MAX_CACHE_RATIO ? null : Math.max(0.25, pixelsPerUnit);
    if (ratio === this.ratio) return;
    // A small change of zoom keeps the bitmaps: redrawing every cell is not worth a few percent of sharpness.
    if (ratio !== null && this.ratio !== null && Math.abs(ratio / this.ratio - 1) < 0.15) return;
    this.ratio = ratio;
    this.invalidateAll();
  }

  private cellOf(key: string): Cell {
    let cell = this.cells.get(key);
    if (!cell) {
      const rect = cellRectOfKey(this.grid, key);
      const created: Cell = { key, rect, units: [], bitmap: null, drawnAt: null, shape: new Konva.Shape() };
      created.shape = new Konva.Shape({
        listening: false,
        perfectDrawEnabled: false,
        name: key,
        sceneFunc: (context) => this.drawCell(context._context, created),
      });
      this.layer.add(created.shape);
      this.cells.set(key, created);
      cell = created;
    }
    return cell;
  }

  private drawCell(ctx: CanvasRenderingContext2D, cell: Cell): void {
    if (cell.units.length === 0) return;
    const ratio = this.ratio;
    if (ratio === null) {
      this.drawUnits(ctx, cell);
      return;
    }
    const bitmap = cell.drawnAt === ratio && cell.bitmap ? cell.bitmap : this.renderBitmap(cell, ratio);
    if (!bitmap) return;
    const box = outerBox(cell.rect);
    ctx.drawImage(bitmap, box.x, box.y, box.width, box.height);
  }

  private renderBitmap(cell: Cell, ratio: number): HTMLCanvasElement | null {
    const box = outerBox(cell.rect);
    const bitmap = cell.bitmap ?? document.createElement('canvas');
    const pixelWidth = Math.ceil(box.width * ratio);
    const pixelHeight = Math.ceil(box.height * ratio);
    if (bitmap.width !== pixelWidth || bitmap.height !== pixelHeight) {
      bitmap.width = pixelWidth;
      bitmap.height = pixelHeight;
    }
    const offscreen = bitmap.getContext('2d');
    if (!offscreen) return null;
    offscreen.setTransform(1, 0, 0, 1, 0, 0);
    offscreen.clearRect(0, 0, pixelWidth, pixelHeight);
    offscreen.setTransform(ratio, 0, 0, ratio, -box.x * ratio, -box.y * ratio);
    this.drawUnits(offscreen, cell);
    cell.bitmap = bitmap;
    cell.drawnAt = ratio;
    return bitmap;
  }

  private drawUnits(ctx: CanvasRenderingContext2D, cell: Cell): void {
    for (const unit of cell.units) {
      const faded = this.hidden.has(unit.id);
      ctx.save();
      if (faded) ctx.globalAlpha = HIDDEN_ALPHA;
      ctx.translate(unit.x, unit.y);
      drawUnit(ctx, unit.picture);
      ctx.restore();
      this.unitDraws++;
    }
  }
}

/** A cell's rectangle with the margin its bitmap keeps for badges that stick out. */
function outerBox(rect: Rect): Rect {
  return {
    x: rect.x - CACHE_MARGIN,
    y: rect.y - CACHE_MARGIN,
    width: rect.width + 2 * CACHE_MARGIN,
    height: rect.height + 2 * CACHE_MARGIN,
  };
}
