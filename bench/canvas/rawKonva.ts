/**
 * The raw Konva reference page of the canvas bench (`raw-konva.html?items=N`): the same generated board
 * as Fresco's (same seed, fetched as Yjs update bytes from `board-N.bin`, laid out by the same kernel),
 * drawn by RawCells, panned and dragged with pointer events.
 * Exposes `window.__rawKonva` with the same few calls the bench uses on `window.__frescoCanvas`.
 */
import Konva from 'konva';
import * as Y from 'yjs';
import { layoutWeek, weekGrid } from '../../shared/model/weekLayout';
import { readBoard } from '../../shared/read/board';
import { RawCells } from './rawCells';
import { loadPictograms } from './rawPictograms';

interface Camera {
  x: number;
  y: number;
  zoom: number;
}

declare global {
  interface Window {
    __rawKonva?: {
      ready: boolean;
      /** performance.now() of the first frame showing the board's tiles, pictograms still loading. */
      firstItemsFrameAt: number;
      /** performance.now() of the first frame with every pictogram drawn. */
      firstCompleteFrameAt: number;
      setCamera(camera: Camera): void;
      camera(): Camera & { width: number; height: number };
      /** Page point at the centre of an activity, for drags. */
      activityPoint(): { x: number; y: number };
    };
  }
}

// The board arrives as Fresco's does: Yjs update bytes over the network (here one file the bench wrote).
const items = Number(new URLSearchParams(location.search).get('items') ?? 1000);
const doc = new Y.Doc();
const response = await fetch(`./board-${items}.bin`);
Y.applyUpdate(doc, new Uint8Array(await response.arrayBuffer()));
const board = readBoard(doc);
const grid = weekGrid();
const layout = layoutWeek(grid, board.items);
const byId = new Map(board.items.map((item) => [item.id, item]));
const colors = new Map(board.participants.map((p) => [p.id, p.color]));

const container = document.getElementById('stage') as HTMLDivElement;
const stage = new Konva.Stage({ container, width: innerWidth, height: innerHeight, listening: false });
const layer = new Konva.Layer({ listening: false });
const dragLayer = new Konva.Layer({ listening: false });
stage.add(layer, dragLayer);
const cells = new RawCells(layer, grid, layout, byId, (author) => colors.get(author) ?? '#5b6170');
let camera: Camera = {
  x: 0,
  y: 0,
  zoom: Math.min(innerWidth / grid.bounds.width, innerHeight / grid.bounds.height),
};

function apply(next: Camera, recache: boolean): void {
  camera = next;
  stage.position({ x: camera.x, y: camera.y });
  stage.scale({ x: camera.zoom, y: camera.zoom });
  cells.cull({
    x: -camera.x / camera.zoom,
    y: -camera.y / camera.zoom,
    width: innerWidth / camera.zoom,
    height: innerHeight / camera.zoom,
  });
  if (recache) cells.cache(camera.zoom * devicePixelRatio);
  stage.batchDraw();
}

// Drag an activity: a ghost on the drag layer follows the pointer; anywhere else the view pans.
const ghost = new Konva.Rect({
  width: 60,
  height: 60,
  stroke: '#1f4fa8',
  strokeWidth: 4,
  visible: false,
  listening: false,
});
dragLayer.add(ghost);
let gesture: { kind: 'pan' | 'drag'; lastX: number; lastY: number } | null = null;
container.addEventListener('pointerdown', (event) => {
  container.setPointerCapture(event.pointerId);
  const world = { x: (event.clientX - camera.x) / camera.zoom, y: (event.clientY - camera.y) / camera.zoom };
  const onActivity = [...layout.activities.values()].some(
    (spot) =>
      world.x >= spot.x &&
      world.x <= spot.x + spot.size &&
      world.y >= spot.y &&
      world.y <= spot.y + spot.size,
  );
  gesture = { kind: onActivity ? 'drag' : 'pan', lastX: event.clientX, lastY: event.clientY };
});
container.addEventListener('pointermove', (event) => {
  if (!gesture) return;
  if (gesture.kind === 'pan') {
    apply(
      { ...camera, x: camera.x + event.clientX - gesture.lastX, y: camera.y + event.clientY - gesture.lastY },
      false,
    );
  } else {
    ghost.visible(true);
    ghost.position({
      x: (event.clientX - camera.x) / camera.zoom - 30,
      y: (event.clientY - camera.y) / camera.zoom - 30,
    });
    dragLayer.batchDraw();
  }
  gesture.lastX = event.clientX;
  gesture.lastY = event.clientY;
});
container.addEventListener('pointerup', () => {
  if (gesture?.kind === 'pan') apply(camera, true);
  ghost.visible(false);
  dragLayer.batchDraw();
  gesture = null;
});

window.__rawKonva = {
  ready: false,
  firstItemsFrameAt: 0,
  firstCompleteFrameAt: 0,
  setCamera: (next) => apply(next, true),
  camera: () => ({ ...camera, width: innerWidth, height: innerHeight }),
  activityPoint: () => {
    const spot = [...layout.activities.values()].find((s) => {
      const x = camera.x + (s.x + s.size / 2) * camera.zoom;
      const y = camera.y + (s.y + s.size / 2) * camera.zoom;
      return x > 200 && y > 200 && x < 900 && y < 500;
    });
    return spot
      ? {
          x: camera.x + (spot.x + spot.size / 2) * camera.zoom,
          y: camera.y + (spot.y + spot.size / 2) * camera.zoom,
        }
      : { x: innerWidth / 2, y: innerHeight / 2 };
  },
};

// Tiles first, as soon as the board is laid out; pictograms fill in once decoded (one redraw).
apply(camera, true);
requestAnimationFrame(() => {
  if (window.__rawKonva) window.__rawKonva.firstItemsFrameAt = performance.now();
});
await loadPictograms(board.items.map((item) => item.pictogram));
apply(camera, true);
requestAnimationFrame(() => {
  const api = window.__rawKonva;
  if (!api) return;
  api.ready = true;
  api.firstCompleteFrameAt = performance.now();
});
