/**
 * The frame around the chronological fresco and its camera, as plain numbers. A screen point is
 * `world × zoom + (x, y)` for the lanes and cards; the time axis sticks to the top (it follows x only)
 * and the lane names stick to the left (they follow y only), so whatever part of the plan is on screen
 * says which months and which lane it is.
 */
import type { Point } from '../../../shared/model/geometry';
import {
  type Camera,
  cameraAround as cameraAroundWithin,
  centreOf,
  toScreen,
  toWorld,
  zoomAt as zoomAtWithin,
} from '../../fresco/canvas/cameraMath';

// The plan shares the fresco's camera maths; only its zoom range differs.
export { type Camera, centreOf, toScreen, toWorld };

/** World height of the time axis (years row + quarters row). */
export const AXIS_HEIGHT = 60;
/** World width of the lane names column. */
export const LANE_LABEL_WIDTH = 196;

export const MIN_ZOOM = 0.35;
export const MAX_ZOOM = 3;

export const FONT = "'Atkinson Hyperlegible', system-ui, sans-serif";
export const INK = '#17202e';
export const INK_SOFT = '#454d5c';
export const PAPER = '#f7f5f0';
export const LINE = '#c9c5bb';
export const FOCUS = '#f2b300';

export interface Viewport {
  width: number;
  height: number;
}

export interface Content {
  width: number;
  height: number;
}

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(zoom) ? zoom : 1));
}

/**
 * Keeps the plan where it can be read: its left edge never leaves the lane names, its top never leaves
 * the time axis, and it cannot be pushed away past its right or bottom edge.
 */
export function clampCamera(camera: Camera, content: Content, viewport: Viewport): Camera {
  const zoom = clampZoom(camera.zoom);
  const left = LANE_LABEL_WIDTH * zoom;
  const top = AXIS_HEIGHT * zoom;
  const minX = Math.min(left, viewport.width - 24 - content.width * zoom);
  const minY = Math.min(top, viewport.height - 24 - content.height * zoom);
  return {
    zoom,
    x: Math.min(left, Math.max(minX, camera.x)),
    y: Math.min(top, Math.max(minY, camera.y)),
  };
}

/** Below this zoom the cards' words get too small to read on a laptop: the desk view pans instead. */
export const READABLE_ZOOM = 0.85;

/**
 * The camera that shows the whole span across the width, or as much of it as stays readable; with
 * `whole`, the whole plan (every lane) too, as the projector shows it.
 */
export function fitCamera(content: Content, viewport: Viewport, whole: boolean): Camera {
  const byWidth = (viewport.width - 16) / (LANE_LABEL_WIDTH + content.width);
  const byHeight = (viewport.height - 16) / (AXIS_HEIGHT + Math.max(content.height, 60));
  const zoom = clampZoom(
    whole ? Math.min(byWidth, byHeight) : Math.min(1.1, Math.max(READABLE_ZOOM, byWidth)),
  );
  return { zoom, x: LANE_LABEL_WIDTH * zoom, y: AXIS_HEIGHT * zoom };
}

/**
 * The projector follows the facilitator's plan but keeps every lane: its zoom never goes above the
 * one that fits the plan's height, and its top stays on the time axis, so a laptop zoomed on five lanes
 * does not cut the other six off the room's screen.
 */
export function everyLane(camera: Camera, content: Content, viewport: Viewport): Camera {
  const byHeight = (viewport.height - 16) / (AXIS_HEIGHT + Math.max(content.height, 60));
  if (camera.zoom <= byHeight) return camera;
  const centre = centreOf(camera, viewport);
  const zoom = clampZoom(byHeight);
  return { ...cameraAroundWithin(centre, zoom, viewport, clampZoom), y: AXIS_HEIGHT * zoom };
}

/** Zooms by `factor` keeping the world point under `screen` still, within the plan's zoom range. */
export function zoomAt(camera: Camera, screen: Point, factor: number): Camera {
  return zoomAtWithin(camera, screen, factor, clampZoom);
}

export function cameraAround(centre: Point, zoom: number, viewport: Viewport): Camera {
  return cameraAroundWithin(centre, zoom, viewport, clampZoom);
}
