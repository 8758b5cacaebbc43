/** Publishes the fresco's test API on `window.__planCanvas` (see probe.ts) while the stage exists. */
import type Konva from 'konva';
import { type RefObject, useEffect, useRef } from 'react';
import type { TimelineLayout } from '../../../shared/model/timeline';
import { type Camera, toScreen } from './frame';
import { DrawTimer, type PlanCanvasProbe } from './probe';

export interface ProbeRefs {
  stageRef: RefObject<Konva.Stage | null>;
  layers: RefObject<Konva.Layer | null>[];
  containerRef: RefObject<HTMLElement | null>;
  cameraRef: RefObject<Camera | null>;
  layoutRef: RefObject<TimelineLayout>;
  nodes: RefObject<Map<string, Konva.Group>>;
  renders: RefObject<number>;
}

export function useCanvasProbe(ready: boolean, refs: ProbeRefs): void {
  const timer = useRef(new DrawTimer());
  const refsRef = useRef(refs);
  refsRef.current = refs;
  useEffect(() => {
    if (!ready) return;
    const r = refsRef.current;
    const stops = r.layers
      .map((layer) => layer.current)
      .filter((layer): layer is Konva.Layer => layer !== null)
      .map((layer) => timer.current.watch(layer));
    const frame = () => ({
      camera: r.cameraRef.current,
      box: r.containerRef.current?.getBoundingClientRect(),
    });
    const probe: PlanCanvasProbe = {
      stage: r.stageRef.current,
      cardRects: () => {
        const { camera, box } = frame();
        const rects: ReturnType<PlanCanvasProbe['cardRects']> = {};
        if (!camera || !box) return rects;
        for (const card of r.layoutRef.current.cards) {
          const topLeft = toScreen(camera, card.rect);
          rects[card.id] = {
            x: box.left + topLeft.x,
            y: box.top + topLeft.y,
            width: card.rect.width * camera.zoom,
            height: card.rect.height * camera.zoom,
            visible: r.nodes.current.get(card.id)?.visible() ?? false,
          };
        }
        return rects;
      },
      laneRects: () => {
        const { camera, box } = frame();
        const rects: ReturnType<PlanCanvasProbe['laneRects']> = {};
        if (!camera || !box) return rects;
        for (const lane of r.layoutRef.current.lanes) {
          const topLeft = toScreen(camera, { x: 0, y: lane.y });
          rects[lane.key] = {
            x: box.left + topLeft.x,
            y: box.top + topLeft.y,
            width: r.layoutRef.current.width * camera.zoom,
            height: lane.height * camera.zoom,
          };
        }
        return rects;
      },
      camera: () => ({ ...(r.cameraRef.current ?? { x: 0, y: 0, zoom: 1 }) }),
      frameStats: () => timer.current.stats(),
      resetFrameStats: () => timer.current.reset(),
      renders: () => r.renders.current,
    };
    window.__planCanvas = probe;
    return () => {
      for (const stop of stops) stop();
      if (window.__planCanvas === probe) delete window.__planCanvas;
    };
  }, [ready]);
}
