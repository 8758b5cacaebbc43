/**
 * The grid (rectangles and words) as one bitmap at the current zoom: a pan then copies one image instead
 * of measuring and drawing thirty texts each frame. Zoomed in so far that the bitmap would be huge, the
 * grid is drawn live instead, and then only its parts on screen (see GridCulling).
 */
import type Konva from 'konva';
import type { Rect } from '../../../shared/model/geometry';
import { GridCulling } from './gridCulling';

/** Above this size (about 16 MB), the grid is drawn live rather than kept as a bitmap. */
const MAX_GRID_BITMAP_PIXELS = 4_000_000;
/** A change of zoom smaller than this keeps the bitmap: redrawing is not worth a few percent of sharpness. */
const KEEP_WITHIN = 0.15;

export class GridArtCache {
  private group: Konva.Group | null = null;
  private culling: GridCulling | null = null;
  /** Pixel ratio of the cached bitmap; null while the grid is drawn live. */
  private ratio: number | null = null;

  constructor(
    private readonly layer: Konva.Layer,
    private readonly bounds: Rect,
  ) {}

  set(group: Konva.Group | null): void {
    this.group = group;
    this.culling = group ? new GridCulling(group) : null;
    this.ratio = null;
  }

  /** The words changed (language): measure and draw again at the next `settle`. */
  invalidate(): void {
    this.culling?.measure();
    this.ratio = null;
  }

  /** After the camera settles: a bitmap at this pixel ratio, or live drawing of what is visible. */
  settle(ratio: number, visible: Rect): void {
    const group = this.group;
    if (!group) return;
    const { x, y, width, height } = this.bounds;
    if (width * height * ratio * ratio > MAX_GRID_BITMAP_PIXELS) {
      if (this.ratio !== null) group.clearCache();
      this.ratio = null;
      this.culling?.cull(visible);
      return;
    }
    if (this.ratio !== null && Math.abs(ratio / this.ratio - 1) < KEEP_WITHIN) return;
    this.culling?.showAll();
    group.cache({ x, y, width, height, pixelRatio: ratio });
    this.ratio = ratio;
    this.layer.batchDraw();
  }

  /** On each frame of a gesture: when drawn live, only the parts on screen. */
  follow(visible: Rect): void {
    if (this.ratio === null) this.culling?.cull(visible);
  }
}
