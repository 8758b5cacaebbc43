/**
 * The chronological fresco on a Konva stage. React renders it when the plan changes; everything that
 * happens per pointer move (pan, drag, resize, the snapped ghost, culling) is done on the Konva nodes
 * directly, so a drag never re-renders React. Four layers: static art and the sticky frame do not
 * listen; cards listen; the overlay draws ghosts and others' live drags.
 */
import type Konva from 'konva';
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { Group, Layer, Rect, Stage, Text } from 'react-konva';
import type { Point } from '../../../shared/model/geometry';
import { TIMELINE_GEOMETRY, type TimelineLayout } from '../../../shared/model/timeline';
import { useCameraStore } from '../../stores/useCameraStore';
import { CardNode } from './CardNode';
import {
  type Camera,
  cameraAround,
  centreOf,
  clampCamera,
  everyLane,
  FONT,
  fitCamera,
  INK,
  zoomAt,
} from './frame';
import { type RemoteDrag, RemoteGhost } from './RemoteGhost';
import { TimelineArt } from './TimelineArt';
import { type HeaderLabels, TimelineHeaders } from './TimelineHeaders';
import { useCanvasProbe } from './useCanvasProbe';
import { usePointer } from './usePointer';

export type { RemoteDrag };

export interface CardView {
  number: number;
  title: string;
  subtitle: string;
  completeness: string;
  complete: boolean;
  warning: boolean;
}

export interface CanvasLabels extends HeaderLabels {
  /** "mars 2028 → août 2028", for the ghost of a dragged card. */
  months(from: number, to: number): string;
  region: string;
}

export interface TimelineCanvasProps {
  layout: TimelineLayout;
  views: ReadonlyMap<string, CardView>;
  selectedId: string | null;
  editors: ReadonlyMap<string, { name: string; color: string }>;
  remoteDrags: readonly RemoteDrag[];
  editable: boolean;
  /** Fit the whole plan on screen (the projector) instead of the span's width. */
  whole: boolean;
  labels: CanvasLabels;
  onOpen(id: string): void;
  onMove(id: string, delta: number, lane: string | null): void;
  onResize(id: string, from: number, to: number): void;
  onDate(id: string, from: number, to: number, lane: string | null): void;
  onDrag(drag: { actionId: string; from: number; to: number } | null): void;
}

export function TimelineCanvas(props: TimelineCanvasProps) {
  const { layout, labels } = props;
  const containerRef = useRef<HTMLElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const artRef = useRef<Konva.Layer>(null);
  const cardsRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Layer>(null);
  const headerRef = useRef<Konva.Layer>(null);
  const axisRef = useRef<Konva.Group>(null);
  const lanesRef = useRef<Konva.Group>(null);
  const cornerRef = useRef<Konva.Group>(null);
  const ghostRef = useRef<Konva.Group>(null);
  const ghostRectRef = useRef<Konva.Rect>(null);
  const ghostTextRef = useRef<Konva.Text>(null);
  const ghostLabelRef = useRef<Konva.Rect>(null);
  const laneHighlightRef = useRef<Konva.Rect>(null);
  const nodes = useRef(new Map<string, Konva.Group>());
  const [size, setSize] = useState({ width: 0, height: 0 });
  const sizeRef = useRef(size);
  sizeRef.current = size;
  const layoutRef = useRef(layout);
  layoutRef.current = layout;
  const propsRef = useRef(props);
  propsRef.current = props;
  const cameraRef = useRef<Camera | null>(null);
  const renders = useRef(0);
  renders.current++;
  const publishFrame = useRef(0);
  const ready = size.width > 0;

  const register = useCallback((id: string, node: Konva.Group | null) => {
    if (node) nodes.current.set(id, node);
    else nodes.current.delete(id);
  }, []);

  const cull = useCallback(() => {
    const camera = cameraRef.current;
    if (!camera) return;
    const { width, height } = sizeRef.current;
    const margin = 60 / camera.zoom;
    const left = -camera.x / camera.zoom - margin;
    const top = -camera.y / camera.zoom - margin;
    const right = left + width / camera.zoom + 2 * margin;
    const bottom = top + height / camera.zoom + 2 * margin;
    for (const card of layoutRef.current.cards) {
      const node = nodes.current.get(card.id);
      if (!node) continue;
      const r = card.rect;
      const visible = r.x < right && left < r.x + r.width && r.y - 24 < bottom && top < r.y + r.height;
      if (node.visible() !== visible) node.visible(visible);
    }
  }, []);

  const apply = useCallback(
    (next: Camera, publish: boolean) => {
      const camera = clampCamera(next, layoutRef.current, sizeRef.current);
      cameraRef.current = camera;
      const scale = { x: camera.zoom, y: camera.zoom };
      for (const layer of [artRef.current, cardsRef.current, overlayRef.current]) {
        layer?.position({ x: camera.x, y: camera.y });
        layer?.scale(scale);
      }
      axisRef.current?.position({ x: camera.x, y: 0 });
      axisRef.current?.scale(scale);
      lanesRef.current?.position({ x: 0, y: camera.y });
      lanesRef.current?.scale(scale);
      cornerRef.current?.scale(scale);
      cull();
      stageRef.current?.batchDraw();
      if (publish && !publishFrame.current) {
        // Follow mode reads the camera store: once per frame is plenty.
        publishFrame.current = requestAnimationFrame(() => {
          publishFrame.current = 0;
          const current = cameraRef.current;
          if (!current) return;
          const centre = centreOf(current, sizeRef.current);
          useCameraStore
            .getState()
            .setCamera({ canvas: 'plan', x: centre.x, y: centre.y, zoom: current.zoom });
        });
      }
    },
    [cull],
  );

  // Size of the canvas follows its box.
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      setSize((old) => (old.width === width && old.height === height ? old : { width, height }));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  // First view, and the projector's view whenever the plan or the screen changes size.
  const spanKey = `${layout.span.from}-${layout.span.to}`;
  const fittedFor = useRef('');
  useLayoutEffect(() => {
    if (size.width === 0) return;
    const key = props.whole ? `${spanKey}/${layout.height}/${size.width}x${size.height}` : spanKey;
    const following = useCameraStore.getState().source === 'follow';
    if (fittedFor.current === key || (props.whole && following && cameraRef.current)) {
      const kept = cameraRef.current ?? fitCamera(layout, size, props.whole);
      apply(props.whole ? everyLane(kept, layout, size) : kept, false);
      return;
    }
    fittedFor.current = key;
    apply(fitCamera(layout, size, props.whole), !props.whole);
  });

  // Follow mode: the projector (and tablets brought here) take the facilitator's plan camera.
  useEffect(
    () =>
      useCameraStore.subscribe((state) => {
        if (state.source !== 'follow' || state.canvas !== 'plan') return;
        const followed = cameraAround({ x: state.x, y: state.y }, state.zoom, sizeRef.current);
        apply(
          propsRef.current.whole ? everyLane(followed, layoutRef.current, sizeRef.current) : followed,
          false,
        );
      }),
    [apply],
  );

  // Fonts arrive after the first draw: draw again with them.
  useEffect(() => {
    void document.fonts?.ready.then(() => stageRef.current?.batchDraw());
  }, []);

  useCanvasProbe(ready, {
    stageRef,
    layers: [artRef, cardsRef, overlayRef, headerRef],
    containerRef,
    cameraRef,
    layoutRef,
    nodes,
    renders,
  });

  usePointer(containerRef, {
    stageRef,
    cameraRef,
    layoutRef,
    propsRef,
    nodes,
    apply,
    cardsRef,
    overlayRef,
    ghostRef,
    ghostRectRef,
    ghostTextRef,
    ghostLabelRef,
    laneHighlightRef,
  });

  return (
    <section
      ref={containerRef}
      className={`timeline-canvas${props.editable ? ' is-editable' : ''}`}
      aria-label={labels.region}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the region pans with the arrow keys and zooms with + and -.
      tabIndex={0}
      onKeyDown={(event) => {
        const camera = cameraRef.current;
        if (!camera) return;
        const step = 60;
        const moves: Record<string, Point> = {
          ArrowLeft: { x: step, y: 0 },
          ArrowRight: { x: -step, y: 0 },
          ArrowUp: { x: 0, y: step },
          ArrowDown: { x: 0, y: -step },
        };
        const move = moves[event.key];
        const centre = { x: sizeRef.current.width / 2, y: sizeRef.current.height / 2 };
        if (move) apply({ ...camera, x: camera.x + move.x, y: camera.y + move.y }, true);
        else if (event.key === '+' || event.key === '=') apply(zoomAt(camera, centre, 1.2), true);
        else if (event.key === '-') apply(zoomAt(camera, centre, 1 / 1.2), true);
        else return;
        event.preventDefault();
      }}
    >
      {ready ? (
        <Stage ref={stageRef} width={size.width} height={size.height}>
          <Layer ref={artRef} listening={false}>
            <TimelineArt layout={layout} />
          </Layer>
          <Layer ref={cardsRef}>
            {layout.cards.map((card) => {
              const view = props.views.get(card.id);
              const editor = props.editors.get(card.id);
              return (
                <CardNode
                  key={card.id}
                  id={card.id}
                  x={card.rect.x}
                  y={card.rect.y}
                  width={card.rect.width}
                  height={card.rect.height}
                  nature={card.nature}
                  number={view?.number ?? 0}
                  title={view?.title ?? ''}
                  subtitle={view?.subtitle ?? ''}
                  completeness={view?.completeness ?? ''}
                  complete={view?.complete ?? false}
                  warning={view?.warning ?? false}
                  clippedStart={card.clippedStart}
                  clippedEnd={card.clippedEnd}
                  selected={props.selectedId === card.id}
                  editorColor={editor?.color ?? null}
                  editorName={editor?.name ?? null}
                  register={register}
                />
              );
            })}
          </Layer>
          <Layer ref={overlayRef} listening={false}>
            <Rect ref={laneHighlightRef} visible={false} fill="#f2b300" opacity={0.16} />
            {props.remoteDrags.map((drag) => (
              <RemoteGhost key={drag.actionId} drag={drag} layout={layout} />
            ))}
            <Group ref={ghostRef} visible={false}>
              <Rect
                ref={ghostRectRef}
                height={TIMELINE_GEOMETRY.cardHeight}
                cornerRadius={8}
                stroke={INK}
                strokeWidth={2.5}
                dash={[6, 4]}
                fill="rgba(242, 179, 0, 0.18)"
              />
              <Rect
                ref={ghostLabelRef}
                y={-24}
                fill="#ffffff"
                stroke={INK}
                strokeWidth={1}
                cornerRadius={4}
              />
              <Text
                ref={ghostTextRef}
                y={-24}
                fontFamily={FONT}
                fontSize={14}
                fontStyle="bold"
                fill={INK}
                padding={3}
              />
            </Group>
          </Layer>
          <Layer ref={headerRef} listening={false}>
            <TimelineHeaders
              layout={layout}
              labels={labels}
              axisRef={axisRef}
              lanesRef={lanesRef}
              cornerRef={cornerRef}
            />
          </Layer>
        </Stage>
      ) : null}
    </section>
  );
}
