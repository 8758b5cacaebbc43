/**
 * `window.__frescoCanvas`: a small window onto the canvas for e2e tests and benchmarks (the canvas itself
 * is pixels), installed only in test builds (see TEST_BUILD). Read-only views plus camera moves; every
 * write to the board still goes through the UI. The scene also leaves `performance.mark`s
 * (`fresco:scene-created`, `fresco:flush-start`/`-end`, and `fresco:index-start`/`-end` when the board
 * index is built) for traces.
 */
import type { Point } from '../../../shared/model/geometry';
import type { DropTarget } from '../../../shared/model/weekLayout';
import type { Camera, Size } from './cameraMath';
import { type SharedView, toSharedView } from './cameraSync';
import type { FrescoScene } from './FrescoScene';
import type { FrameStats } from './frameMeter';
import { pictogramImageStats } from './pictogramImages';

export interface FrescoCanvasTestApi {
  /** Every drawn pictogram by item id: world box, page point at its centre, and its cell key. */
  itemPositions(): Record<string, ItemPosition>;
  /** The page point at the centre of a cell, or of the tray. */
  cellPoint(cell: DropTarget): Point;
  camera(): Camera & Size;
  /** The view as follow mode shares it: world centre, zoom relative to "the whole week". */
  sharedView(): SharedView;
  setCamera(camera: Camera): void;
  panBy(dx: number, dy: number): void;
  fitAll(): void;
  /** Pictograms in cells currently on screen. */
  visibleItems(): number;
  startFrames(): void;
  frameStats(): FrameStats;
  images(): ReturnType<typeof pictogramImageStats>;
  /** Pictograms drawn so far (each cell bitmap redraw counts its pictograms). */
  unitDraws(): number;
  /** ms from the page's start to the first frame with the board's pictograms drawn; null before. */
  firstDrawnAt(): number | null;
  /** True when no layout or redraw is pending (the next frame shows the board as it is). */
  idle(): boolean;
  /** Other screens' pictograms being dragged right now, as ghosts: world position and the dragger's colour. */
  remoteDrags(): { x: number; y: number; color: string }[];
  /** The day and period names pinned to the screen's edges (the grid's own headers are off screen). */
  headerPins(): { days: string[]; periods: string[] };
}

export interface ItemPosition {
  x: number;
  y: number;
  size: number;
  clientX: number;
  clientY: number;
  cell: string;
}

declare global {
  interface Window {
    __frescoCanvas?: FrescoCanvasTestApi;
  }
}

export function installTestApi(scene: FrescoScene): () => void {
  const api: FrescoCanvasTestApi = {
    itemPositions: () => itemPositions(scene),
    cellPoint: (cell) => scene.clientPointOf(cell),
    camera: () => ({ ...scene.getCamera(), ...scene.getViewport() }),
    headerPins: () => {
      const pins = scene.headerPins();
      return { days: pins.days.map((pin) => pin.day), periods: pins.periods.map((pin) => pin.period) };
    },
    sharedView: () => toSharedView(scene.getCamera(), scene.getViewport(), scene.grid.bounds),
    setCamera: (camera) => scene.setCamera(camera),
    panBy: (dx, dy) => {
      const camera = scene.getCamera();
      scene.setCamera({ ...camera, x: camera.x + dx, y: camera.y + dy });
    },
    fitAll: () => scene.fitAll(false),
    visibleItems: () => scene.visibleCount(),
    startFrames: () => scene.meter.start(),
    frameStats: () => scene.meter.stats(),
    images: () => pictogramImageStats(),
    unitDraws: () => scene.unitDraws(),
    firstDrawnAt: () => scene.firstDrawnAt,
    idle: () => scene.idle(),
    remoteDrags: () => scene.remoteDrags(),
  };
  window.__frescoCanvas = api;
  return () => {
    if (window.__frescoCanvas === api) window.__frescoCanvas = undefined;
  };
}

function itemPositions(scene: FrescoScene): Record<string, ItemPosition> {
  const box = scene.pageBox();
  const camera = scene.getCamera();
  const layout = scene.getLayout();
  const out: Record<string, ItemPosition> = {};
  const add = (id: string, spot: { x: number; y: number; size: number }, cell: string) => {
    out[id] = {
      x: spot.x,
      y: spot.y,
      size: spot.size,
      clientX: box.left + (spot.x + spot.size / 2) * camera.zoom + camera.x,
      clientY: box.top + (spot.y + spot.size / 2) * camera.zoom + camera.y,
      cell,
    };
  };
  for (const [key, ids] of layout.cells) {
    for (const id of ids) {
      const spot = layout.activities.get(id);
      if (!spot) continue;
      add(id, spot, key);
      for (const difficulty of spot.difficulties) add(difficulty.id, difficulty, key);
    }
  }
  return out;
}
