/**
 * The week fresco on a react-konva stage: a static grid layer (react-konva, `listening: false`), a layer
 * of cached cells and a drag layer, both driven imperatively by FrescoScene. React renders this once per
 * language or screen size; gestures, drags and remote edits never re-render it.
 */
import type Konva from 'konva';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Layer, Stage } from 'react-konva';
import type { Awareness } from 'y-protocols/awareness';
import { weekGrid } from '../../../shared/model/weekLayout';
import { type BoardItem, DAYS, PERIODS } from '../../../shared/schema/board';
import { TEST_BUILD } from '../../testBuild';
import type { BoardIndex } from '../boardIndex';
import type { Insets } from './cameraMath';
import { fromSharedView, onFollowJump, publishView, rememberedView, toSharedView } from './cameraSync';
import { FrescoScene, type SceneCallbacks } from './FrescoScene';
import { GridArt, type GridLabels } from './GridArt';
import { installTestApi } from './testApi';

const PUBLISH_EVERY_MS = 100;
/** The same geometry the scene lays items on (pure, identical on every screen). */
const GRID = weekGrid();

export interface FrescoCanvasProps {
  index: BoardIndex;
  /** The board's awareness, to share live drags; null on read-only screens. */
  awareness: Awareness | null;
  /** Pan, pinch, tap and drag; off on the projector, which follows the facilitator. */
  gestures: boolean;
  callbacks: Omit<SceneCallbacks, 'onCameraChange'>;
  imageOf(pictogram: string): string | null;
  /** Given on screens read from afar (the projector): names under pictograms grown to their cells. */
  captionOf?(item: BoardItem): string;
  myColor: string;
  /** Items ringed on the canvas. */
  selection: string[];
  onScene?(scene: FrescoScene | null): void;
  label: string;
  /** Screen room covered by overlays (the toolbar on the right), kept clear when fitting. */
  insets?: Insets;
}

export function FrescoCanvas(props: FrescoCanvasProps) {
  const { t } = useTranslation('fresco');
  const wrapper = useRef<HTMLDivElement>(null);
  const stageRef = useRef<Konva.Stage>(null);
  const itemsRef = useRef<Konva.Layer>(null);
  const overlayRef = useRef<Konva.Layer>(null);
  // The grid and the cells share one layer (one canvas less to composite on each frame of a pan).
  const gridRef = useRef<Konva.Group>(null);
  const [scene, setScene] = useState<FrescoScene | null>(null);
  const latest = useRef(props);
  latest.current = props;

  const labels = useMemo<GridLabels>(
    () => ({
      days: Object.fromEntries(DAYS.map((day) => [day, t(`days.${day}`)])) as GridLabels['days'],
      periods: Object.fromEntries(
        PERIODS.map((period) => [period, t(`periods.${period}`)]),
      ) as GridLabels['periods'],
      weekend: t('grid.weekend'),
      tray: t('grid.tray'),
    }),
    [t],
  );

  const roomy = props.captionOf !== undefined;
  useEffect(() => {
    const stage = stageRef.current;
    const items = itemsRef.current;
    const overlay = overlayRef.current;
    const box = wrapper.current;
    if (!stage || !items || !overlay || !box) return;
    let lastPublish = 0;
    const created = new FrescoScene(
      { stage, items, overlay },
      props.index,
      {
        onTapItem: (hit, target) => latest.current.callbacks.onTapItem(hit, target),
        onTapCell: (target) => latest.current.callbacks.onTapCell(target),
        onTapDay: (day) => latest.current.callbacks.onTapDay(day),
        onHoldItem: (hit) => latest.current.callbacks.onHoldItem(hit),
        canDrag: (id) => latest.current.callbacks.canDrag(id),
        onDrop: (id, target) => latest.current.callbacks.onDrop(id, target),
        onCameraChange: (camera, viewport, settled) => {
          const now = performance.now();
          if (!settled && now - lastPublish < PUBLISH_EVERY_MS) return;
          lastPublish = now;
          publishView(toSharedView(camera, viewport, created.grid.bounds), created.isFitted());
        },
      },
      props.awareness,
      {
        gestures: props.gestures,
        myColor: () => latest.current.myColor,
        captionOf: roomy ? (item) => latest.current.captionOf?.(item) ?? '' : undefined,
      },
    );
    created.setImageResolver((pictogram) => latest.current.imageOf(pictogram));
    created.setGridArt(gridRef.current);
    if (latest.current.insets) created.setInsets(latest.current.insets);
    const size = { width: box.clientWidth || 1, height: box.clientHeight || 1 };
    created.setViewport(size);
    const remembered = rememberedView();
    if (remembered && !remembered.fitted) {
      created.setCamera(fromSharedView(remembered.view, size, created.grid.bounds), { notify: false });
    } else created.fitAll(false);
    created.drawNow();
    const stopFollow = onFollowJump((jump) =>
      created.setCamera(fromSharedView(jump, created.getViewport(), created.grid.bounds), {
        animate: true,
        notify: false,
      }),
    );
    const observer = new ResizeObserver(() => {
      const next = { width: box.clientWidth, height: box.clientHeight };
      const before = created.getViewport();
      if (next.width < 2 || next.height < 2) return;
      if (created.isFitted()) {
        created.setViewport(next);
        created.fitAll(false, false);
        return;
      }
      // Keep the same part of the fresco in view when the screen turns or a panel opens.
      const shared = toSharedView(created.getCamera(), before, created.grid.bounds);
      created.setViewport(next);
      created.setCamera(fromSharedView(shared, next, created.grid.bounds), { notify: false });
    });
    observer.observe(box);
    const uninstall = TEST_BUILD ? installTestApi(created) : () => {};
    setScene(created);
    latest.current.onScene?.(created);
    return () => {
      observer.disconnect();
      stopFollow();
      uninstall();
      created.destroy();
      latest.current.onScene?.(null);
      setScene(null);
    };
  }, [props.index, props.awareness, props.gestures, roomy]);

  // New words in the grid need a new bitmap of it, and new pinned names.
  useEffect(() => {
    scene?.refreshGridArt();
    scene?.setHeaderLabels(labels);
  }, [scene, labels]);

  const { imageOf, selection } = props;
  useEffect(() => {
    scene?.setImageResolver(imageOf);
  }, [scene, imageOf]);
  useEffect(() => {
    scene?.setSelection(selection);
  }, [scene, selection]);

  return (
    <div
      ref={wrapper}
      className="fresco-canvas"
      role="img"
      aria-label={props.label}
      data-testid="fresco-canvas"
      data-ready={scene ? 'true' : 'false'}
    >
      <Stage ref={stageRef} width={1} height={1} listening={false}>
        <Layer ref={itemsRef} listening={false}>
          <GridArt grid={GRID} labels={labels} groupRef={gridRef} />
        </Layer>
        <Layer ref={overlayRef} listening={false} />
      </Stage>
    </div>
  );
}
