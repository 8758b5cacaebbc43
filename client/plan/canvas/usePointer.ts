/**
 * Pointer and wheel handling of the fresco, on the DOM element around the stage (pointer capture keeps
 * a drag going outside it). It only moves Konva nodes and calls back on drop: no React state per move.
 */
import type Konva from 'konva';
import { type RefObject, useEffect, useRef } from 'react';
import type { Point } from '../../../shared/model/geometry';
import { TIMELINE_GEOMETRY, type TimelineLayout } from '../../../shared/model/timeline';
import { AXIS_HEIGHT, type Camera, LANE_LABEL_WIDTH, toWorld, zoomAt } from './frame';
import { edgeAt, type Gesture, movedBeyondSlop, movePreview, resizePreview } from './gestures';
import type { TimelineCanvasProps } from './TimelineCanvas';

export interface PointerRefs {
  stageRef: RefObject<Konva.Stage | null>;
  cameraRef: RefObject<Camera | null>;
  layoutRef: RefObject<TimelineLayout>;
  propsRef: RefObject<TimelineCanvasProps>;
  nodes: RefObject<Map<string, Konva.Group>>;
  apply(camera: Camera, publish: boolean): void;
  cardsRef: RefObject<Konva.Layer | null>;
  overlayRef: RefObject<Konva.Layer | null>;
  ghostRef: RefObject<Konva.Group | null>;
  ghostRectRef: RefObject<Konva.Rect | null>;
  ghostTextRef: RefObject<Konva.Text | null>;
  ghostLabelRef: RefObject<Konva.Rect | null>;
  laneHighlightRef: RefObject<Konva.Rect | null>;
}

/** Pointer and wheel handling, on the DOM element around the stage (pointer capture keeps drags going). */
export function usePointer(containerRef: RefObject<HTMLElement | null>, refs: PointerRefs) {
  const refsRef = useRef(refs);
  refsRef.current = refs;
  useEffect(() => {
    const element = containerRef.current;
    if (!element) return;
    let gesture: Gesture | null = null;
    let pointerId: number | null = null;
    const r = () => refsRef.current;
    const local = (event: PointerEvent | WheelEvent): Point => {
      const box = element.getBoundingClientRect();
      return { x: event.clientX - box.left, y: event.clientY - box.top };
    };
    const cardAt = (screen: Point) => {
      // The sticky time axis and lane names cover the cards scrolled under them, but do not listen:
      // a press there is on the frame, never on a hidden card.
      const camera = r().cameraRef.current;
      if (camera && (screen.x < LANE_LABEL_WIDTH * camera.zoom || screen.y < AXIS_HEIGHT * camera.zoom))
        return null;
      const node = r().stageRef.current?.getIntersection(screen);
      const group = node?.findAncestor('.card', true) as Konva.Group | undefined;
      const id = group?.getAttr('actionId') as string | undefined;
      return id ? (r().layoutRef.current.byId.get(id) ?? null) : null;
    };
    const setCardOpacity = (id: string, opacity: number) => {
      r().nodes.current.get(id)?.opacity(opacity);
      r().cardsRef.current?.batchDraw();
    };
    const showGhost = (x: number, y: number, width: number, text: string) => {
      const { ghostRef, ghostRectRef, ghostTextRef } = r();
      ghostRef.current?.visible(true);
      ghostRef.current?.position({ x, y });
      ghostRectRef.current?.width(width);
      ghostTextRef.current?.text(text);
      // The months sit on a white label so they stay readable over other cards.
      r().ghostLabelRef.current?.size({
        width: ghostTextRef.current?.width() ?? 0,
        height: ghostTextRef.current?.height() ?? 0,
      });
      r().overlayRef.current?.batchDraw();
    };
    const highlightLane = (lane: string | null) => {
      const rect = r().laneHighlightRef.current;
      const band = lane === null ? null : r().layoutRef.current.lanes.find((l) => l.key === lane);
      if (!rect) return;
      rect.visible(band !== null && band !== undefined);
      if (band) rect.setAttrs({ x: 0, y: band.y, width: r().layoutRef.current.width, height: band.height });
    };
    const endGesture = () => {
      if (gesture && (gesture.kind === 'move' || gesture.kind === 'resize' || gesture.kind === 'press')) {
        setCardOpacity(gesture.card.id, 1);
      }
      r().ghostRef.current?.visible(false);
      highlightLane(null);
      r().overlayRef.current?.batchDraw();
      if (gesture?.kind === 'move' || gesture?.kind === 'resize') r().propsRef.current.onDrag(null);
      gesture = null;
      pointerId = null;
      element.style.cursor = '';
    };

    const onDown = (event: PointerEvent) => {
      if (gesture || event.button > 0) return;
      const camera = r().cameraRef.current;
      if (!camera) return;
      const screen = local(event);
      const card = cardAt(screen);
      if (card) {
        const edge = r().propsRef.current.editable
          ? edgeAt(card, toWorld(camera, screen), camera.zoom)
          : null;
        gesture = { kind: 'press', card, from: screen, edge };
      } else {
        gesture = { kind: 'pan', from: screen, camera };
      }
      pointerId = event.pointerId;
      element.setPointerCapture?.(event.pointerId);
    };

    const onMove = (event: PointerEvent) => {
      const camera = r().cameraRef.current;
      if (!camera) return;
      const screen = local(event);
      if (!gesture) {
        if (event.pointerType === 'mouse' && r().propsRef.current.editable) {
          const card = cardAt(screen);
          const edge = card ? edgeAt(card, toWorld(camera, screen), camera.zoom) : null;
          element.style.cursor = edge ? 'ew-resize' : card ? 'grab' : '';
        }
        return;
      }
      if (event.pointerId !== pointerId) return;
      if (gesture.kind === 'pan') {
        r().apply(
          {
            ...gesture.camera,
            x: gesture.camera.x + screen.x - gesture.from.x,
            y: gesture.camera.y + screen.y - gesture.from.y,
          },
          true,
        );
        return;
      }
      if (gesture.kind === 'press') {
        if (!movedBeyondSlop(gesture.from, screen)) return;
        if (!r().propsRef.current.editable) {
          // Viewers may still look around: a drag that starts on a card pans.
          gesture = { kind: 'pan', from: gesture.from, camera };
          return;
        }
        setCardOpacity(gesture.card.id, 0.35);
        element.style.cursor = gesture.edge ? 'ew-resize' : 'grabbing';
        if (gesture.edge) {
          gesture = {
            kind: 'resize',
            card: gesture.card,
            edge: gesture.edge,
            preview: { from: gesture.card.from as number, to: gesture.card.to as number },
          };
        } else {
          gesture = {
            kind: 'move',
            card: gesture.card,
            from: gesture.from,
            preview: movePreview(r().layoutRef.current, gesture.card, 0, 0, toWorld(camera, screen)),
          };
        }
      }
      const layout = r().layoutRef.current;
      const labels = r().propsRef.current.labels;
      const world = toWorld(camera, screen);
      if (gesture.kind === 'move') {
        const dx = (screen.x - gesture.from.x) / camera.zoom;
        const dy = (screen.y - gesture.from.y) / camera.zoom;
        const preview = movePreview(layout, gesture.card, dx, dy, world);
        gesture.preview = preview;
        highlightLane(preview.lane);
        showGhost(preview.x, preview.y, preview.width, labels.months(preview.from, preview.to));
        r().propsRef.current.onDrag({ actionId: gesture.card.id, from: preview.from, to: preview.to });
      } else if (gesture.kind === 'resize') {
        const preview = resizePreview(gesture.card, gesture.edge, world.x, layout.span);
        gesture.preview = preview;
        const x = (preview.from - layout.span.from) * TIMELINE_GEOMETRY.monthWidth;
        const width = (preview.to - preview.from + 1) * TIMELINE_GEOMETRY.monthWidth;
        showGhost(x, gesture.card.rect.y, width, labels.months(preview.from, preview.to));
        r().propsRef.current.onDrag({ actionId: gesture.card.id, from: preview.from, to: preview.to });
      }
    };

    const onUp = (event: PointerEvent) => {
      if (!gesture || event.pointerId !== pointerId) return;
      const done = gesture;
      const props = r().propsRef.current;
      endGesture();
      if (done.kind === 'press') props.onOpen(done.card.id);
      else if (done.kind === 'move') {
        const { card, preview } = done;
        const lane = preview.lane !== null && preview.lane !== card.lane ? preview.lane : null;
        if (card.from === null) {
          if (preview.lane !== null) props.onDate(card.id, preview.from, preview.to, preview.lane);
        } else if (preview.delta !== 0 || lane !== null) props.onMove(card.id, preview.delta, lane);
      } else if (done.kind === 'resize') {
        const { card, preview } = done;
        if (preview.from !== card.from || preview.to !== card.to)
          props.onResize(card.id, preview.from, preview.to);
      }
    };

    const onCancel = (event: PointerEvent) => {
      if (event.pointerId === pointerId) endGesture();
    };

    const onWheel = (event: WheelEvent) => {
      const camera = r().cameraRef.current;
      if (!camera) return;
      event.preventDefault();
      if (event.ctrlKey || event.metaKey) {
        r().apply(zoomAt(camera, local(event), Math.exp(-event.deltaY * 0.0025)), true);
      } else {
        const dx = event.shiftKey ? event.deltaY : event.deltaX;
        const dy = event.shiftKey ? 0 : event.deltaY;
        r().apply({ ...camera, x: camera.x - dx, y: camera.y - dy }, true);
      }
    };

    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && gesture) {
        // Escape drops the drag where it started.
        endGesture();
      }
    };

    element.addEventListener('pointerdown', onDown);
    element.addEventListener('pointermove', onMove);
    element.addEventListener('pointerup', onUp);
    element.addEventListener('pointercancel', onCancel);
    element.addEventListener('wheel', onWheel, { passive: false });
    window.addEventListener('keydown', onKey);
    return () => {
      element.removeEventListener('pointerdown', onDown);
      element.removeEventListener('pointermove', onMove);
      element.removeEventListener('pointerup', onUp);
      element.removeEventListener('pointercancel', onCancel);
      element.removeEventListener('wheel', onWheel);
      window.removeEventListener('keydown', onKey);
    };
  }, [containerRef]);
}
