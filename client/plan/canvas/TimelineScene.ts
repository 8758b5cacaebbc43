/**
 * The chronological fresco's canvas, imperatively, on the pattern of the residents' FrescoScene: it
 * owns the Konva stage and its layers, the camera, culling, hit testing and the drag / resize /
 * change-lane gestures, is fed the plan's layout and card views, and reports through callbacks (open,
 * move, resize, date, the live drag, the camera). React mounts it once; no pointer move re-renders a
 * component. Every layer is `listening: false`: cards are hit-tested from the layout, so no hit canvas
 * is drawn on any frame.
 */
import Konva from 'konva';
import type { Point } from '../../../shared/model/geometry';
import type { TimelineLayout } from '../../../shared/model/timeline';
import { CardLayer, emptyPlan, samePlan, type TimelinePlan } from './cardLayer';
import { cardAt, DragMachine, type MoveStep } from './dragMachine';
import {
  type Camera,
  cameraAround,
  clampCamera,
  everyLane,
  fitCamera,
  toWorld,
  type Viewport,
  zoomAt,
} from './frame';
import { edgeAt } from './gestures';
import { attachPointer } from './pointerInput';
import { buildArt, frameSignature } from './timelineArt';
import { buildHeaders, type Headers } from './timelineHeaders';
import { TimelineOverlay } from './timelineOverlay';
import type { CanvasLabels, RemoteDrag, TimelineCallbacks } from './types';

export interface TimelineOptions {
  /** Fit the whole plan on screen (the projector) instead of the span's width. */
  whole: boolean;
  /** Whether this screen follows the facilitator's view right now (then it keeps the followed camera). */
  isFollowing(): boolean;
}

/** Screen pixels around the view where cards are still drawn, so a pan never shows one appear late. */
const CULL_MARGIN_PX = 60;

export class TimelineScene {
  readonly stage: Konva.Stage;
  readonly layers: readonly Konva.Layer[];
  private readonly art = new Konva.Layer({ listening: false });
  private readonly cards = new Konva.Layer({ listening: false });
  private readonly overlayLayer = new Konva.Layer({ listening: false });
  private readonly frame = new Konva.Layer({ listening: false });
  private readonly overlay: TimelineOverlay;
  private readonly cardLayer: CardLayer;
  private headers: Headers | null = null;
  private plan: TimelinePlan;
  private labels: CanvasLabels | null = null;
  private drawnFrame = '';
  private remoteDrags: readonly RemoteDrag[] = [];
  private camera: Camera | null = null;
  private viewport: Viewport = { width: 0, height: 0 };
  private editable = false;
  private fittedFor = '';
  private publishFrame = 0;
  private readonly machine = new DragMachine();
  private readonly detach: (() => void)[] = [];

  constructor(
    private readonly element: HTMLElement,
    stageBox: HTMLDivElement,
    private readonly callbacks: TimelineCallbacks,
    private readonly options: TimelineOptions,
  ) {
    this.stage = new Konva.Stage({ container: stageBox, width: 1, height: 1, listening: false });
    this.layers = [this.art, this.cards, this.overlayLayer, this.frame];
    this.stage.add(this.art, this.cards, this.overlayLayer, this.frame);
    this.overlay = new TimelineOverlay(this.overlayLayer);
    this.cardLayer = new CardLayer(this.cards);
    this.plan = emptyPlan();
    this.detach.push(attachPointer(element, this.pointerHandlers()));
    // Fonts arrive after the first draw: draw again with them.
    void document.fonts?.ready.then(() => this.stage.batchDraw());
  }

  destroy(): void {
    cancelAnimationFrame(this.publishFrame);
    for (const detach of this.detach) detach();
    this.stage.destroy();
  }

  setEditable(editable: boolean): void {
    this.editable = editable;
  }

  setLabels(labels: CanvasLabels): void {
    if (labels === this.labels) return;
    this.labels = labels;
    this.drawnFrame = '';
    this.syncFrame();
  }

  /** The plan as laid out now: cards whose look changed are rebuilt, the others kept as they are. */
  setPlan(plan: TimelinePlan): void {
    // The plan screen renders for many reasons (a peer's cursor, a fiche's text): skip what did not change.
    if (samePlan(plan, this.plan)) return;
    this.plan = plan;
    this.syncFrame();
    this.syncCards();
    this.overlay.setRemoteDrags(plan.layout, this.remoteDrags);
    this.refit();
  }

  setRemoteDrags(drags: readonly RemoteDrag[]): void {
    if (JSON.stringify(drags) === JSON.stringify(this.remoteDrags)) return;
    this.remoteDrags = drags;
    this.overlay.setRemoteDrags(this.plan.layout, drags);
  }

  setViewport(size: Viewport): void {
    if (size.width === this.viewport.width && size.height === this.viewport.height) return;
    this.viewport = size;
    this.stage.size(size);
    this.refit();
  }

  getCamera(): Camera | null {
    return this.camera;
  }

  getLayout(): TimelineLayout {
    return this.plan.layout;
  }

  /** Whether a card is drawn (not culled). */
  isDrawn(id: string): boolean {
    return this.cardLayer.isDrawn(id);
  }

  /** The facilitator's camera, followed; the projector keeps every lane in view. */
  follow(centre: Point, zoom: number): void {
    const followed = cameraAround(centre, zoom, this.viewport);
    const { layout } = this.plan;
    this.apply(this.options.whole ? everyLane(followed, layout, this.viewport) : followed, false);
  }

  /** Moves the view by screen pixels (the arrow keys). */
  panBy(dx: number, dy: number): void {
    const camera = this.camera;
    if (camera) this.apply({ ...camera, x: camera.x + dx, y: camera.y + dy }, true);
  }

  /** Zooms around the centre of the screen (keys and buttons). */
  zoomBy(factor: number): void {
    const camera = this.camera;
    if (!camera) return;
    const centre = { x: this.viewport.width / 2, y: this.viewport.height / 2 };
    this.apply(zoomAt(camera, centre, factor), true);
  }

  /** Back to the first view: the span across the width (or the whole plan on the projector). */
  fit(): void {
    if (this.viewport.width === 0) return;
    this.apply(fitCamera(this.plan.layout, this.viewport, this.options.whole), true);
  }

  /**
   * The first view, and the projector's view whenever the plan or the screen changes size; otherwise
   * the same camera, clamped again to a plan that may have grown or shrunk.
   */
  private refit(): void {
    const { layout } = this.plan;
    const size = this.viewport;
    if (size.width === 0) return;
    const whole = this.options.whole;
    const spanKey = `${layout.span.from}-${layout.span.to}`;
    const key = whole ? `${spanKey}/${layout.height}/${size.width}x${size.height}` : spanKey;
    if (this.fittedFor === key || (whole && this.camera && this.options.isFollowing())) {
      const kept = this.camera ?? fitCamera(layout, size, whole);
      this.apply(whole ? everyLane(kept, layout, size) : kept, false);
      return;
    }
    this.fittedFor = key;
    this.apply(fitCamera(layout, size, whole), !whole);
  }

  private apply(next: Camera, publish: boolean): void {
    const camera = clampCamera(next, this.plan.layout, this.viewport);
    this.camera = camera;
    const scale = { x: camera.zoom, y: camera.zoom };
    for (const layer of [this.art, this.cards, this.overlayLayer]) {
      layer.position({ x: camera.x, y: camera.y });
      layer.scale(scale);
    }
    if (this.headers) {
      this.headers.axis.position({ x: camera.x, y: 0 });
      this.headers.axis.scale(scale);
      this.headers.lanes.position({ x: 0, y: camera.y });
      this.headers.lanes.scale(scale);
      this.headers.corner.scale(scale);
    }
    this.cull();
    this.stage.batchDraw();
    if (publish && !this.publishFrame) {
      // Follow mode reads the camera store: once per frame is plenty.
      this.publishFrame = requestAnimationFrame(() => {
        this.publishFrame = 0;
        if (this.camera) this.callbacks.onCamera(this.camera, this.viewport);
      });
    }
  }

  private cull(): void {
    const camera = this.camera;
    if (!camera) return;
    const margin = CULL_MARGIN_PX / camera.zoom;
    const view = {
      x: -camera.x / camera.zoom - margin,
      y: -camera.y / camera.zoom - margin,
      width: this.viewport.width / camera.zoom + 2 * margin,
      height: this.viewport.height / camera.zoom + 2 * margin,
    };
    this.cardLayer.cull(this.plan.layout, view);
  }

  /** Art and sticky frame: rebuilt only when lanes, span or words change (not on every edit). */
  private syncFrame(): void {
    const labels = this.labels;
    if (!labels) return;
    const signature = frameSignature(this.plan.layout);
    if (signature === this.drawnFrame) return;
    this.drawnFrame = signature;
    this.art.destroyChildren();
    this.art.add(buildArt(this.plan.layout));
    this.frame.destroyChildren();
    this.headers = buildHeaders(this.plan.layout, labels);
    this.frame.add(this.headers.lanes, this.headers.axis, this.headers.corner);
    if (this.camera) this.apply(this.camera, false);
  }

  private syncCards(): void {
    if (!this.cardLayer.sync(this.plan)) return;
    this.cull();
    this.cards.batchDraw();
  }

  private pointerHandlers() {
    return {
      down: (screen: Point) => {
        const camera = this.camera;
        if (!camera) return;
        this.machine.press(cardAt(this.plan.layout, camera, screen), screen, camera, this.editable);
      },
      move: (screen: Point) => {
        const camera = this.camera;
        if (camera) this.step(this.machine.move(screen, camera, this.plan.layout, this.editable));
      },
      hover: (screen: Point) => {
        const camera = this.camera;
        if (!camera || !this.editable) return;
        const card = cardAt(this.plan.layout, camera, screen);
        const edge = card ? edgeAt(card, toWorld(camera, screen), camera.zoom) : null;
        this.element.style.cursor = edge ? 'ew-resize' : card ? 'grab' : '';
      },
      up: () => {
        const dragged = this.machine.dragged;
        const outcome = this.machine.release();
        this.endDrag(dragged?.id ?? null);
        const c = this.callbacks;
        if (outcome.kind === 'open') c.onOpen(outcome.id);
        else if (outcome.kind === 'move') c.onMove(outcome.id, outcome.delta, outcome.lane);
        else if (outcome.kind === 'date') c.onDate(outcome.id, outcome.from, outcome.to, outcome.lane);
        else if (outcome.kind === 'resize') c.onResize(outcome.id, outcome.from, outcome.to);
      },
      cancel: () => {
        const dragged = this.machine.dragged;
        this.machine.cancel();
        this.endDrag(dragged?.id ?? null);
      },
      zoom: (screen: Point, factor: number) => {
        if (this.camera) this.apply(zoomAt(this.camera, screen, factor), true);
      },
      pan: (dx: number, dy: number) => this.panBy(-dx, -dy),
    };
  }

  private step(step: MoveStep): void {
    if (step.kind === 'pan') this.apply(step.camera, true);
    if (step.kind !== 'drag') return;
    const { ghost } = step;
    if (step.lifted) {
      this.cardLayer.lift(ghost.id);
      this.element.style.cursor = step.resizing ? 'ew-resize' : 'grabbing';
    }
    this.overlay.highlightLane(this.plan.layout, ghost.lane);
    const text = this.labels?.months(ghost.from, ghost.to) ?? '';
    this.overlay.showGhost({ x: ghost.x, y: ghost.y, width: ghost.width, text });
    this.callbacks.onDrag({ actionId: ghost.id, from: ghost.from, to: ghost.to });
  }

  private endDrag(draggedId: string | null): void {
    this.element.style.cursor = '';
    if (draggedId === null) return;
    this.cardLayer.lift(null);
    this.overlay.showGhost(null);
    this.overlay.highlightLane(this.plan.layout, null);
    this.callbacks.onDrag(null);
  }
}
