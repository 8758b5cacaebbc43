/**
 * The fresco's camera in the shared camera store, for follow mode. Screens differ in size, so the store
 * holds what every screen can reproduce: `x, y` is the world point at the centre of the view, and
 * `zoom` is relative to "the whole week fits" (1 = the whole fresco, 3 = three times closer). The
 * projector and tablets then show the same part of the fresco as the facilitator, whatever their size.
 */

import type { Rect } from '../../../shared/model/geometry';
import { useCameraStore } from '../../stores/useCameraStore';
import { type Camera, cameraAround, centreOf, fitRect, type Size } from './cameraMath';

export interface SharedView {
  x: number;
  y: number;
  zoom: number;
}

export function toSharedView(camera: Camera, viewport: Size, bounds: Rect): SharedView {
  const centre = centreOf(camera, viewport);
  return { x: centre.x, y: centre.y, zoom: camera.zoom / fitRect(bounds, viewport, 12).zoom };
}

export function fromSharedView(view: SharedView, viewport: Size, bounds: Rect): Camera {
  return cameraAround({ x: view.x, y: view.y }, view.zoom * fitRect(bounds, viewport, 12).zoom, viewport);
}

/**
 * The board camera this page last showed, so a phase change (which remounts the canvas) keeps the view;
 * `fitted` when it was "the whole week", which is then fitted again to the new layout.
 */
let last: { view: SharedView; fitted: boolean } | null = null;

export function rememberedView(): { view: SharedView; fitted: boolean } | null {
  const store = useCameraStore.getState();
  // A follow jump already received (the projector opening mid-workshop) wins over a remembered view.
  if (store.canvas === 'board' && store.source === 'follow') {
    return { view: { x: store.x, y: store.y, zoom: store.zoom }, fitted: false };
  }
  return last;
}

export function publishView(view: SharedView, fitted: boolean): void {
  last = { view, fitted };
  useCameraStore.getState().setCamera({ canvas: 'board', ...view });
}

/** Calls `jump` with each follow jump to the board canvas ("follow me", "bring everyone here"). */
export function onFollowJump(jump: (view: SharedView) => void): () => void {
  return useCameraStore.subscribe((state, previous) => {
    if (state.source !== 'follow' || state.canvas !== 'board') return;
    if (state.followJumps === previous.followJumps) return;
    jump({ x: state.x, y: state.y, zoom: state.zoom });
  });
}
