/**
 * The chronological fresco, mounted: a focusable region around the stage of a TimelineScene, which does
 * all the drawing and the gestures (see TimelineScene.ts). React renders this when the plan changes and
 * hands the scene the new layout; pointer moves, drags and the camera never re-render it.
 */
import { useEffect, useRef, useState } from 'react';
import type { TimelineLayout } from '../../../shared/model/timeline';
import { showStage } from '../../export/liveStages';
import { useCameraStore } from '../../stores/useCameraStore';
import { TEST_BUILD } from '../../testBuild';
import { type PlanActionEnv, planActionForKey } from '../actions';
import { centreOf } from './frame';
import { installPlanProbe } from './probe';
import { TimelineScene } from './TimelineScene';
import type { CanvasLabels, CardEditor, CardView, RemoteDrag, TimelineCallbacks } from './types';

export interface TimelineCanvasProps {
  layout: TimelineLayout;
  views: ReadonlyMap<string, CardView>;
  selectedId: string | null;
  editors: ReadonlyMap<string, CardEditor>;
  remoteDrags: readonly RemoteDrag[];
  editable: boolean;
  /** Fit the whole plan on screen (the projector) instead of the span's width. */
  whole: boolean;
  labels: CanvasLabels;
  onOpen: TimelineCallbacks['onOpen'];
  onMove: TimelineCallbacks['onMove'];
  onResize: TimelineCallbacks['onResize'];
  onDate: TimelineCallbacks['onDate'];
  onDrag: TimelineCallbacks['onDrag'];
  /** The scene, for the toolbar's zoom buttons; null once it is gone. */
  onScene?(scene: TimelineScene | null): void;
}

export function TimelineCanvas(props: TimelineCanvasProps) {
  const regionRef = useRef<HTMLElement>(null);
  const stageRef = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<TimelineScene | null>(null);
  const latest = useRef(props);
  latest.current = props;
  const renders = useRef(0);
  renders.current++;

  const { whole } = props;
  useEffect(() => {
    const region = regionRef.current;
    const box = stageRef.current;
    if (!region || !box) return;
    const created = new TimelineScene(
      region,
      box,
      {
        onOpen: (id) => latest.current.onOpen(id),
        onMove: (id, delta, lane) => latest.current.onMove(id, delta, lane),
        onResize: (id, from, to) => latest.current.onResize(id, from, to),
        onDate: (id, from, to, lane) => latest.current.onDate(id, from, to, lane),
        onDrag: (drag) => latest.current.onDrag(drag),
        onCamera: (camera, viewport) => {
          const centre = centreOf(camera, viewport);
          useCameraStore.getState().setCamera({ canvas: 'plan', ...centre, zoom: camera.zoom });
        },
      },
      { whole, isFollowing: () => useCameraStore.getState().source === 'follow' },
    );
    const observer = new ResizeObserver(([entry]) => {
      if (!entry) return;
      const width = Math.floor(entry.contentRect.width);
      const height = Math.floor(entry.contentRect.height);
      if (width > 0 && height > 0) created.setViewport({ width, height });
    });
    observer.observe(region);
    // Follow mode: the projector (and screens brought here) take the facilitator's plan camera.
    const stopFollow = useCameraStore.subscribe((state) => {
      if (state.source === 'follow' && state.canvas === 'plan') created.follow(state, state.zoom);
    });
    const uninstall = TEST_BUILD ? installPlanProbe(created, region, () => renders.current) : () => {};
    const unshow = showStage('timeline', created.stage);
    setScene(created);
    latest.current.onScene?.(created);
    return () => {
      uninstall();
      unshow();
      stopFollow();
      observer.disconnect();
      created.destroy();
      latest.current.onScene?.(null);
      setScene(null);
    };
  }, [whole]);

  const { layout, views, selectedId, editors, remoteDrags, editable, labels } = props;
  useEffect(() => scene?.setEditable(editable), [scene, editable]);
  useEffect(() => scene?.setLabels(labels), [scene, labels]);
  useEffect(
    () => scene?.setPlan({ layout, views, selectedId, editors }),
    [scene, layout, views, selectedId, editors],
  );
  useEffect(() => scene?.setRemoteDrags(remoteDrags), [scene, remoteDrags]);

  const env: PlanActionEnv = { scene, undo: null, canUndo: false, canRedo: false };
  return (
    <section
      ref={regionRef}
      className={`timeline-canvas${editable ? ' is-editable' : ''}`}
      aria-label={labels.region}
      // biome-ignore lint/a11y/noNoninteractiveTabindex: the region pans with the arrow keys and zooms with + and -.
      tabIndex={0}
      data-ready={scene ? 'true' : 'false'}
      onKeyDown={(event) => {
        const action = planActionForKey(event.nativeEvent, env, 'timeline');
        if (!action) return;
        action.run(env);
        event.preventDefault();
      }}
    >
      <div ref={stageRef} className="timeline-stage" />
    </section>
  );
}
