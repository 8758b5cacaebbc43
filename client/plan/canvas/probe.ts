/**
 * A test API on `window.__planCanvas`, for e2e tests and benchmarks: the stage, where each card is on
 * the page, and how long the fresco's layers take to draw. Tests drive the real pointer from these
 * rectangles; nothing here changes the plan.
 */
import type Konva from 'konva';
import { toScreen } from './frame';
import type { TimelineScene } from './TimelineScene';

export interface FrameStats {
  draws: number;
  p50: number;
  p95: number;
  max: number;
}

export interface PlanCanvasProbe {
  stage: Konva.Stage | null;
  /** Card rectangles in page (client) coordinates, by action id; only cards drawn on the canvas. */
  cardRects(): Record<string, { x: number; y: number; width: number; height: number; visible: boolean }>;
  /** Lane bands in page coordinates, by lane key. */
  laneRects(): Record<string, { x: number; y: number; width: number; height: number }>;
  camera(): { x: number; y: number; zoom: number };
  frameStats(): FrameStats;
  resetFrameStats(): void;
  /** How many times the canvas component rendered (pointer moves must not add to it). */
  renders(): number;
}

declare global {
  interface Window {
    __planCanvas?: PlanCanvasProbe;
  }
}

/** Layer draw durations, measured from Konva's beforeDraw/draw events. */
export class DrawTimer {
  private samples: number[] = [];
  private startedAt = new Map<Konva.Layer, number>();

  watch(layer: Konva.Layer): () => void {
    const before = () => this.startedAt.set(layer, performance.now());
    const after = () => {
      const start = this.startedAt.get(layer);
      if (start !== undefined) this.samples.push(performance.now() - start);
      if (this.samples.length > 5000) this.samples.splice(0, 2500);
    };
    layer.on('beforeDraw', before);
    layer.on('draw', after);
    return () => {
      layer.off('beforeDraw', before);
      layer.off('draw', after);
    };
  }

  stats(): FrameStats {
    const sorted = [...this.samples].sort((a, b) => a - b);
    const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
    return { draws: sorted.length, p50: at(0.5), p95: at(0.95), max: sorted.at(-1) ?? 0 };
  }

  reset(): void {
    this.samples = [];
  }
}

/**
 * Publishes the probe of this scene while it lives; `renders` counts the renders of the component that
 * mounts it. Returns the uninstaller.
 */
export function installPlanProbe(
  scene: TimelineScene,
  element: HTMLElement,
  renders: () => number,
): () => void {
  const timer = new DrawTimer();
  const stops = scene.layers.map((layer) => timer.watch(layer));
  const camera = () => scene.getCamera();
  const probe: PlanCanvasProbe = {
    stage: scene.stage,
    cardRects: () => {
      const rects: ReturnType<PlanCanvasProbe['cardRects']> = {};
      const view = camera();
      if (!view) return rects;
      const box = element.getBoundingClientRect();
      for (const card of scene.getLayout().cards) {
        const topLeft = toScreen(view, card.rect);
        rects[card.id] = {
          x: box.left + topLeft.x,
          y: box.top + topLeft.y,
          width: card.rect.width * view.zoom,
          height: card.rect.height * view.zoom,
          visible: scene.isDrawn(card.id),
        };
      }
      return rects;
    },
    laneRects: () => {
      const rects: ReturnType<PlanCanvasProbe['laneRects']> = {};
      const view = camera();
      if (!view) return rects;
      const box = element.getBoundingClientRect();
      const layout = scene.getLayout();
      for (const lane of layout.lanes) {
        const topLeft = toScreen(view, { x: 0, y: lane.y });
        rects[lane.key] = {
          x: box.left + topLeft.x,
          y: box.top + topLeft.y,
          width: layout.width * view.zoom,
          height: lane.height * view.zoom,
        };
      }
      return rects;
    },
    camera: () => ({ ...(camera() ?? { x: 0, y: 0, zoom: 1 }) }),
    frameStats: () => timer.stats(),
    resetFrameStats: () => timer.reset(),
    renders,
  };
  window.__planCanvas = probe;
  return () => {
    for (const stop of stops) stop();
    if (window.__planCanvas === probe) delete window.__planCanvas;
  };
}
