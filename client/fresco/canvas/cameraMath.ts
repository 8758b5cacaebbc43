/**
 * The canvas camera as plain numbers: a screen point is `world × zoom + (x, y)`, which is exactly Konva's
 * stage position and scale. Pure, so follow mode, zoom-to-a-day and pinch share one definition.
 */
import type { Point, Rect } from '../../../shared/model/geometry';

export interface Camera {
  x: number;
  y: number;
  zoom: number;
}

export interface Size {
  width: number;
  height: number;
}

export const MIN_ZOOM = 0.15;
export const MAX_ZOOM = 6;

export function clampZoom(zoom: number): number {
  return Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, zoom));
}

/** Screen pixels covered by overlays (a toolbar), which a fitted view keeps clear. */
export interface Insets {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

export const NO_INSETS: Insets = { top: 0, right: 0, bottom: 0, left: 0 };

/**
 * The camera that shows `rect` whole and centred in a viewport, with `margin` screen pixels around it
 * and clear of the `insets`.
 */
export function fitRect(rect: Rect, viewport: Size, margin = 16, insets: Insets = NO_INSETS): Camera {
  const width = Math.max(1, viewport.width - insets.left - insets.right - 2 * margin);
  const height = Math.max(1, viewport.height - insets.top - insets.bottom - 2 * margin);
  const zoom = clampZoom(Math.min(width / rect.width, height / rect.height));
  const centreX = insets.left + (viewport.width - insets.left - insets.right) / 2;
  const centreY = insets.top + (viewport.height - insets.top - insets.bottom) / 2;
  return {
    zoom,
    x: centreX - (rect.x + rect.width / 2) * zoom,
    y: centreY - (rect.y + rect.height / 2) * zoom,
  };
}

export function toWorld(camera: Camera, screen: Point): Point {
  return { x: (screen.x - camera.x) / camera.zoom, y: (screen.y - camera.y) / camera.zoom };
}

export function toScreen(camera: Camera, world: Point): Point {
  return { x: world.x * camera.zoom + camera.x, y: world.y * camera.zoom + camera.y };
}

/**
 * Zooms by `factor` keeping the world point under `screen` still (pinch centre, wheel position). `clamp`
 * holds the zoom range, which differs between canvases.
 */
export function zoomAt(camera: Camera, screen: Point, factor: number, clamp = clampZoom): Camera {
  const zoom = clamp(camera.zoom * factor);
  const anchor = toWorld(camera, screen);
  return { zoom, x: screen.x - anchor.x * zoom, y: screen.y - anchor.y * zoom };
}

/** The world rectangle a viewport shows. */
export function visibleWorld(camera: Camera, viewport: Size): Rect {
  const topLeft = toWorld(camera, { x: 0, y: 0 });
  return {
    x: topLeft.x,
    y: topLeft.y,
    width: viewport.width / camera.zoom,
    height: viewport.height / camera.zoom,
  };
}

/** The world point at the centre of the viewport: what follow mode shares, since screens differ in size. */
export function centreOf(camera: Camera, viewport: Size): Point {
  return toWorld(camera, { x: viewport.width / 2, y: viewport.height / 2 });
}

/** The camera that puts world point `centre` in the middle of this viewport at `zoom`. */
export function cameraAround(centre: Point, zoom: number, viewport: Size, clamp = clampZoom): Camera {
  const clamped = clamp(zoom);
  return {
    zoom: clamped,
    x: viewport.width / 2 - centre.x * clamped,
    y: viewport.height / 2 - centre.y * clamped,
  };
}

/**
 * Keeps some of `bounds` on screen, so a resident who pans too far can never lose the fresco: at least
 * `keep` pixels of it stay visible on each axis.
 */
export function keepInView(camera: Camera, bounds: Rect, viewport: Size, keep = 120): Camera {
  const left = bounds.x * camera.zoom + camera.x;
  const right = (bounds.x + bounds.width) * camera.zoom + camera.x;
  const top = bounds.y * camera.zoom + camera.y;
  const bottom = (bounds.y + bounds.height) * camera.zoom + camera.y;
  let { x, y } = camera;
  if (right < keep) x += keep - right;
  if (left > viewport.width - keep) x -= left - (viewport.width - keep);
  if (bottom < keep) y += keep - bottom;
  if (top > viewport.height - keep) y -= top - (viewport.height - keep);
  return { zoom: camera.zoom, x, y };
}
