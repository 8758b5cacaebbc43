/**
 * The fresco's canvas, imperatively: it follows the board through the shared BoardIndex, lays the week
 * out with the pure kernels, keeps Konva nodes in step with that layout, moves the camera, and turns
 * gestures into a few calls (tap an item, tap a cell, drop an item). React mounts it once; no pointer
 * move ever re-renders a component. Live drags are shared through the board's awareness (LiveDrags)
 * and written to the document once, on drop, by the caller; the grid's bitmap is GridArtCache's.
 */
import type Konva from 'konva';
import type { Awareness } from 'y-protocols/awareness';
import { contains, type Point, type Rect } from '../../../shared/model/geometry';
import { threadCounts } from '../../../shared/model/threads';
import {
  type CellRef,
  COMPACT_WEEK,
  cellAt,
  cellKey,
  cellRect,
  cellRectOfKey,
  type DropTarget,
  dayRect,
  type ItemHit,
  itemAt,
  layoutWeek,
  ROOMY_WEEK,
  sameTarget,
  targetOf,
  WEEK_GEOMETRY,
  type WeekLayout,
  weekGrid,
} from '../../../shared/model/weekLayout';
import type { BoardItem, Day } from '../../../shared/schema/board';
import { whenIdle } from '../../hooks/whenIdle';
import type { BoardChange, BoardIndex } from '../boardIndex';
import {
  type Camera,
  fitRect,
  type Insets,
  keepInView,
  NO_INSETS,
  type Size,
  toWorld,
  visibleWorld,
  zoomAt,
} from './cameraMath';
import { CellNodes } from './cellNodes';
import { FrameMeter } from './frameMeter';
import type { GridLabels } from './GridArt';
import { attachGestures } from './gestures';
import { GridArtCache } from './gridArtCache';
import type { HeaderPins } from './headerPinsMath';
import { LiveDrags } from './liveDrags';
import { Overlay } from './overlay';
import { onPictogramReady } from './pictogramImages';
import { PinnedHeaders } from './pinnedHeaders';

export interface SceneCallbacks {
  /** A pictogram was tapped; `target` is the cell it sits in (a tap meant for the cell may land on one). */
  onTapItem(hit: ItemHit, target: DropTarget | null): void;
  onTapCell(target: DropTarget): void;
  onTapDay(day: Day): void;
  onHoldItem(hit: ItemHit): void;
  /** Whether this screen may drag that activity now (its author, the right phase, input open). */
  canDrag(itemId: string): boolean;
  /** A dragged activity was dropped on a target other than its own cell. */
  onDrop(itemId: string, target: DropTarget): void;
  /** The camera moved; `settled` once a gesture ends. */
  onCameraChange(camera: Camera, viewport: Size, settled: boolean): void;
}

export interface SceneLayers {
  stage: Konva.Stage;
  items: Konva.Layer;
  overlay: Konva.Layer;
}

const IMAGE_BATCH_MS = 150;
/** How far (screen pixels) a tap may land from a pictogram and still reach it. */
const TAP_REACH_PX = 16;

export class FrescoScene {
  readonly grid = weekGrid();
  readonly meter = new FrameMeter();
  private layout: WeekLayout = { activities: new Map(), difficulties: new Map(), cells: new Map() };
  private readonly cellNodes: CellNodes;
  private readonly overlay: Overlay;
  private readonly pinnedHeaders: PinnedHeaders;
  private camera: Camera = { x: 0, y: 0, zoom: 1 };
  private viewport: Size = { width: 1, height: 1 };
  private pendingAll = true;
  private readonly pendingKeys = new Set<string>();
  /** Activity id → cell key, as last drawn (to know which cell an item left). */
  private drawnKeys = new Map<string, string>();
  private frame = 0;
  private selection: string[] = [];
  private drag: { id: string; offset: Point; last: Point; target: DropTarget | null } | null = null;
  private revealAfterSync: string | null = null;
  private flashTimer: ReturnType<typeof setTimeout> | null = null;
  private animation = 0;
  private imageOf: (pictogram: string) => string | null = (pictogram) => pictogram;
  private insets: Insets = NO_INSETS;
  private readonly gridArt: GridArtCache;
  private readonly liveDrags: LiveDrags | null;
  /** True while the view is "the whole week": a resize then fits again instead of keeping the centre. */
  private fitted = false;
  private readonly detach: (() => void)[] = [];
  private readonly arrivedImages = new Set<string>();
  private imageTimer: ReturnType<typeof setTimeout> | null = null;
  private cancelPrerender: (() => void) | null = null;

  constructor(
    private readonly layers: SceneLayers,
    private readonly index: BoardIndex,
    private readonly callbacks: SceneCallbacks,
    awareness: Awareness | null,
    private readonly options: {
      gestures: boolean;
      myColor: () => string;
      /** Names under the pictograms, and pictograms as large as their cells allow (the projector). */
      captionOf?: (item: BoardItem) => string;
    },
  ) {
    performance.mark('fresco:scene-created');
    this.cellNodes = new CellNodes(layers.items, this.grid);
    this.overlay = new Overlay(layers.overlay);
    this.pinnedHeaders = new PinnedHeaders(layers.overlay, this.grid);
    this.gridArt = new GridArtCache(layers.items, this.grid.bounds);
    this.liveDrags = awareness
      ? new LiveDrags(awareness, this.overlay, (id) => this.cellNodes.pictureOf(id))
      : null;
    this.detach.push(index.subscribe((change) => this.onBoardChange(change)));
    this.detach.push(onPictogramReady((id) => this.imageArrived(id)));
    if (options.gestures) this.detach.push(attachGestures(layers.stage.container(), this.gestureHandlers()));
    for (const layer of [layers.items, layers.overlay]) {
      let started = 0;
      layer.on('beforeDraw', () => {
        started = performance.now();
      });
      layer.on('draw', () => this.meter.noteDraw(performance.now() - started));
    }
    this.relayout(null);
  }

  destroy(): void {
    cancelAnimationFrame(this.frame);
    cancelAnimationFrame(this.animation);
    if (this.flashTimer) clearTimeout(this.flashTimer);
    if (this.imageTimer) clearTimeout(this.imageTimer);
    this.cancelPrerender?.();
    this.meter.stop();
    this.liveDrags?.destroy();
    for (const detach of this.detach) detach();
  }

  /**
   * Lays out and draws right now instead of at the next animation frame: called once the canvas has its
   * size and camera, so the first picture of a full board does not wait behind the rest of the page.
   */
  drawNow(): void {
    cancelAnimationFrame(this.frame);
    this.flush();
  }

  /** How pictogram ids become images on this workshop (custom pictograms change it). */
  setImageResolver(imageOf: (pictogram: string) => string | null): void {
    this.imageOf = imageOf;
    this.relayout(null);
  }

  /** The day and period names, for the headers pinned to the screen's edges when the grid's scroll away. */
  setHeaderLabels(labels: GridLabels): void {
    this.pinnedHeaders.setLabels(labels);
    this.pinnedHeaders.update(this.camera, this.viewport);
    this.layers.overlay.batchDraw();
  }

  /** The headers pinned right now (tests read them through the test API). */
  headerPins(): HeaderPins {
    return this.pinnedHeaders.current();
  }

  setViewport(size: Size): void {
    // A hidden canvas measures 0: keep the last real size rather than fit the week into nothing.
    if (size.width < 2 || size.height < 2) return;
    if (size.width === this.viewport.width && size.height === this.viewport.height) return;
    this.viewport = size;
    this.layers.stage.size(size);
    // Not published: the caller sets the camera for the new size right after.
    this.applyCamera(this.camera, false);
  }

  /** The static art of the grid, cached as one bitmap at the current zoom (redrawn after `refreshGridArt`). */
  setGridArt(group: Konva.Group | null): void {
    this.gridArt.set(group);
    this.settleGridArt();
  }

  /** The grid's words changed (language): draw its bitmap again. */
  refreshGridArt(): void {
    this.gridArt.invalidate();
    this.settleGridArt();
  }

  /** Room taken by overlays (the toolbar): fitted views keep clear of it. */
  setInsets(insets: Insets): void {
    this.insets = insets;
  }

  getCamera(): Camera {
    return this.camera;
  }

  isFitted(): boolean {
    return this.fitted;
  }

  getViewport(): Size {
    return this.viewport;
  }

  /** Moves the camera; `fitted` marks the view as "the whole week" (see `fitted`). */
  setCamera(camera: Camera, { animate = false, notify = true, fitted = false } = {}): void {
    cancelAnimationFrame(this.animation);
    this.fitted = fitted;
    if (!animate) {
      this.applyCamera(camera, notify);
      return;
    }
    const from = this.camera;
    const started = performance.now();
    const step = (time: number) => {
      const t = Math.min(1, (time - started) / 280);
      const ease = 1 - (1 - t) ** 3;
      const zoom = from.zoom * (camera.zoom / from.zoom) ** ease;
      this.applyCamera(
        { zoom, x: from.x + (camera.x - from.x) * ease, y: from.y + (camera.y - from.y) * ease },
        notify && t === 1,
      );
      if (t < 1) this.animation = requestAnimationFrame(step);
    };
    this.animation = requestAnimationFrame(step);
  }

  fitAll(animate = true, notify = true): void {
    this.setCamera(fitRect(this.grid.bounds, this.viewport, 12, this.insets), {
      animate,
      notify,
      fitted: true,
    });
  }

  zoomToDay(day: Day): void {
    this.setCamera(fitRect(dayRect(this.grid, day), this.viewport, 12, this.insets), { animate: true });
  }

  zoomToCell(cell: CellRef): void {
    const rect = cellRect(this.grid, cell.day, cell.period);
    this.setCamera(fitRect(rect, this.viewport, 16, this.insets), { animate: true });
  }

  /** Zoom in or out around the centre of the screen (buttons, keyboard). */
  zoomBy(factor: number): void {
    const centre = { x: this.viewport.width / 2, y: this.viewport.height / 2 };
    this.setCamera(zoomAt(this.camera, centre, factor), { animate: true });
  }

  /** Rings these items (the open thread, the selected pictogram). */
  setSelection(ids: string[]): void {
    this.selection = ids;
    this.overlay.setSelection(this.selectionRects());
  }

  /** Briefly highlights a cell: a placement landed there, or (refused) could not. */
  flash(target: DropTarget, refused = false): void {
    if (this.flashTimer) clearTimeout(this.flashTimer);
    this.overlay.setTarget(this.targetRect(target), refused);
    this.flashTimer = setTimeout(() => this.overlay.setTarget(null), refused ? 900 : 450);
  }

  /** Where a point of the page would drop (for drags from the palette), or null outside the cells. */
  targetAtClient(clientX: number, clientY: number): DropTarget | null {
    const box = this.layers.stage.container().getBoundingClientRect();
    const screen = { x: clientX - box.left, y: clientY - box.top };
    if (screen.x < 0 || screen.y < 0 || screen.x > box.width || screen.y > box.height) return null;
    return this.targetAt(toWorld(this.camera, screen));
  }

  /** Highlights the cell a palette drag hovers (null clears). */
  hoverTarget(target: DropTarget | null, refused = false): void {
    this.overlay.setTarget(target ? this.targetRect(target) : null, refused);
  }

  /** The week as last laid out (for tests and benchmarks: where each pictogram is drawn). */
  getLayout(): WeekLayout {
    return this.layout;
  }

  /** Where the stage sits on the page. */
  pageBox(): DOMRect {
    return this.layers.stage.container().getBoundingClientRect();
  }

  /** Other screens' live drags as drawn here, for tests. */
  remoteDrags(): { x: number; y: number; color: string }[] {
    return this.overlay.remoteGhosts();
  }

  /** The page point at the centre of a cell (or of the tray), for tests. */
  clientPointOf(target: DropTarget): Point {
    const box = this.pageBox();
    const rect = this.targetRect(target);
    return {
      x: box.left + (rect.x + rect.width / 2) * this.camera.zoom + this.camera.x,
      y: box.top + (rect.y + rect.height / 2) * this.camera.zoom + this.camera.y,
    };
  }

  /** Nothing waiting to be laid out or redrawn (a layout frame, a batch of loaded pictograms). */
  idle(): boolean {
    return this.frame === 0 && this.imageTimer === null;
  }

  /** Pictograms drawn since the scene started (into cell bitmaps or live). */
  unitDraws(): number {
    return this.cellNodes.unitDraws;
  }

  visibleCount(): number {
    return this.cellNodes.cull(visibleWorld(this.camera, this.viewport));
  }

  private applyCamera(camera: Camera, notify: boolean, settled = true): void {
    this.camera = keepInView(camera, this.grid.bounds, this.viewport);
    const stage = this.layers.stage;
    stage.position({ x: this.camera.x, y: this.camera.y });
    stage.scale({ x: this.camera.zoom, y: this.camera.zoom });
    const visible = visibleWorld(this.camera, this.viewport);
    this.cellNodes.cull(visible);
    if (settled) {
      this.cellNodes.setResolution(this.camera.zoom * window.devicePixelRatio);
      this.settleGridArt();
      this.prerenderAround();
    }
    this.gridArt.follow(visible);
    this.pinnedHeaders.update(this.camera, this.viewport);
    stage.batchDraw();
    if (notify) this.callbacks.onCameraChange(this.camera, this.viewport, settled);
  }

  private onBoardChange(change: BoardChange): void {
    if (change.participants) {
      this.relayout(null);
      return;
    }
    if (change.itemIds.size === 0) return;
    const keys = new Set<string>();
    const keyOfActivity = (id: string | null): string | null => {
      if (id === null) return null;
      const activity = this.index.items.get(id);
      return activity?.kind === 'activity' ? cellKey(activity.day, activity.period) : null;
    };
    const touch = (item: BoardItem | undefined) => {
      if (!item) return;
      if (item.kind === 'activity') keys.add(cellKey(item.day, item.period));
      if (item.kind === 'difficulty') {
        const now = keyOfActivity(item.parent);
        if (now) keys.add(now);
        const before = item.parent === null ? undefined : this.drawnKeys.get(item.parent);
        if (before) keys.add(before);
      }
    };
    for (const id of change.itemIds) {
      touch(change.previous.get(id));
      touch(this.index.items.get(id));
      const before = this.drawnKeys.get(id);
      if (before) keys.add(before);
    }
    this.relayout(keys);
  }

  /** Lays the whole week out again (cheap, pure) and updates the nodes of the given cells on the next frame. */
  private relayout(keys: Set<string> | null): void {
    if (keys === null) this.pendingAll = true;
    else for (const key of keys) this.pendingKeys.add(key);
    if (!this.frame) this.frame = requestAnimationFrame(() => this.flush());
  }

  private flush(): void {
    this.frame = 0;
    performance.mark('fresco:flush-start');
    const items = this.index.sorted();
    this.layout = layoutWeek(this.grid, items, this.options.captionOf ? ROOMY_WEEK : COMPACT_WEEK);
    this.drawnKeys = new Map();
    for (const [key, ids] of this.layout.cells) for (const id of ids) this.drawnKeys.set(id, key);
    const sources = {
      item: (id: string) => this.index.items.get(id),
      colorOf: (author: string) => this.index.colorOf(author),
      imageOf: (pictogram: string) => this.imageOf(pictogram),
      captionOf: (item: BoardItem) => this.options.captionOf?.(item) ?? '',
    };
    this.cellNodes.sync(this.layout, this.pendingAll ? null : this.pendingKeys, threadCounts(items), sources);
    this.pendingAll = false;
    this.pendingKeys.clear();
    if (this.revealAfterSync) {
      this.cellNodes.setHidden(this.revealAfterSync, false);
      this.revealAfterSync = null;
    }
    this.cellNodes.cull(visibleWorld(this.camera, this.viewport));
    this.overlay.setSelection(this.selectionRects());
    this.liveDrags?.showRemote();
    // Drawn within this frame (flush already runs in one), not scheduled for the next.
    this.layers.items.draw();
    this.prerenderAround();
    performance.mark('fresco:flush-end');
    if (this.firstDrawnAt === null && items.length > 0) this.firstDrawnAt = performance.now();
  }

  /** When the first frame showing the board's pictograms was drawn (ms since the page started), or null. */
  firstDrawnAt: number | null = null;

  private settleGridArt(): void {
    this.gridArt.settle(this.camera.zoom * window.devicePixelRatio, visibleWorld(this.camera, this.viewport));
  }

  /**
   * Pictograms load one by one as a board opens: the cells showing them are redrawn in batches (at most
   * every IMAGE_BATCH_MS), not once per image, which on a full board would redraw everything ~100 times.
   */
  private imageArrived(id: string): void {
    this.arrivedImages.add(id);
    if (this.imageTimer) return;
    this.imageTimer = setTimeout(() => {
      this.imageTimer = null;
      for (const key of this.cellNodes.cellsShowing(this.arrivedImages)) this.cellNodes.invalidate(key);
      this.arrivedImages.clear();
      this.prerenderAround();
    }, IMAGE_BATCH_MS);
  }

  /**
   * In idle time, draws the cells a viewport's width and height around the view, so the next pan
   * finds their bitmaps ready.
   */
  private prerenderAround(): void {
    this.cancelPrerender?.();
    const view = visibleWorld(this.camera, this.viewport);
    const near = {
      x: view.x - view.width,
      y: view.y - view.height,
      width: view.width * 3,
      height: view.height * 3,
    };
    const run = () => {
      this.cancelPrerender = whenIdle((hasTime) => {
        this.cancelPrerender = null;
        if (!this.cellNodes.prerender(near, hasTime)) run();
      });
    };
    run();
  }

  private selectionRects(): Rect[] {
    return this.selection.flatMap((id) => {
      const spot = this.layout.activities.get(id) ?? this.layout.difficulties.get(id);
      return spot ? [{ x: spot.x, y: spot.y, width: spot.size, height: spot.size }] : [];
    });
  }

  private targetAt(world: Point): DropTarget | null {
    const cell = cellAt(this.grid, world);
    if (cell) return cell;
    return contains(this.grid.tray, world) ? 'tray' : null;
  }

  private targetRect(target: DropTarget): Rect {
    return target === 'tray' ? this.grid.tray : cellRectOfKey(this.grid, cellKey(target.day, target.period));
  }

  private dayHeaderAt(world: Point): Day | null {
    if (world.y < 0 || world.y >= WEEK_GEOMETRY.dayHeaderHeight) return null;
    return (
      this.grid.days.find((column) => world.x >= column.x && world.x < column.x + column.width)?.day ?? null
    );
  }

  private gestureHandlers() {
    return {
      onTap: (screen: Point) => {
        const world = toWorld(this.camera, screen);
        const hit = itemAt(this.grid, this.layout, world, TAP_REACH_PX / this.camera.zoom);
        if (hit) return this.callbacks.onTapItem(hit, this.targetAt(world));
        const target = this.targetAt(world);
        if (target) return this.callbacks.onTapCell(target);
        const day = this.dayHeaderAt(world);
        if (day) this.callbacks.onTapDay(day);
      },
      onHold: (screen: Point) => {
        const hit = itemAt(
          this.grid,
          this.layout,
          toWorld(this.camera, screen),
          TAP_REACH_PX / this.camera.zoom,
        );
        if (hit) this.callbacks.onHoldItem(hit);
      },
      onDragStart: (screen: Point) => {
        const world = toWorld(this.camera, screen);
        const hit = itemAt(this.grid, this.layout, world);
        const spot = hit?.kind === 'activity' ? this.layout.activities.get(hit.id) : undefined;
        if (!hit || !spot || !this.callbacks.canDrag(hit.id)) return false;
        this.drag = {
          id: hit.id,
          offset: { x: world.x - spot.x, y: world.y - spot.y },
          last: world,
          target: null,
        };
        this.cellNodes.setHidden(hit.id, true);
        return true;
      },
      onDragMove: (screen: Point) => this.moveDrag(toWorld(this.camera, screen)),
      onDragEnd: (screen: Point) => this.endDrag(toWorld(this.camera, screen)),
      onDragCancel: () => this.endDrag(null),
      onPan: (dx: number, dy: number) => {
        this.fitted = false;
        this.applyCamera({ ...this.camera, x: this.camera.x + dx, y: this.camera.y + dy }, true, false);
      },
      onPinch: (centre: Point, factor: number, dx: number, dy: number) => {
        this.fitted = false;
        const zoomed = zoomAt(this.camera, centre, factor);
        this.applyCamera({ ...zoomed, x: zoomed.x + dx, y: zoomed.y + dy }, true, false);
      },
      onSettle: () => this.applyCamera(this.camera, true, true),
    };
  }

  private moveDrag(world: Point): void {
    const drag = this.drag;
    if (!drag) return;
    drag.last = world;
    const picture = this.cellNodes.pictureOf(drag.id);
    const position = { x: world.x - drag.offset.x, y: world.y - drag.offset.y };
    if (picture) this.overlay.setGhost({ picture, ...position, color: this.options.myColor() });
    const target = this.targetAt(world);
    if (!sameTarget(target, drag.target)) {
      drag.target = target;
      this.overlay.setTarget(target ? this.targetRect(target) : null);
    }
    this.liveDrags?.publish({ itemId: drag.id, ...position });
  }

  private endDrag(world: Point | null): void {
    const drag = this.drag;
    if (!drag) return;
    this.drag = null;
    this.overlay.setGhost(null);
    this.overlay.setTarget(null);
    this.liveDrags?.publish(null, true);
    const target = world ? this.targetAt(world) : null;
    const item = this.index.items.get(drag.id);
    const from = item ? targetOf(item.day, item.period) : null;
    if (target && item && !sameTarget(target, from)) {
      // Stays faded until the new layout is drawn, so it does not flash back to where it came from.
      this.revealAfterSync = drag.id;
      this.callbacks.onDrop(drag.id, target);
      this.relayout(new Set());
    } else {
      this.cellNodes.setHidden(drag.id, false);
    }
  }
}
