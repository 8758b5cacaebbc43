/**
 * The camera of the canvas on screen (fresco or plan). Canvases read it to draw and write it when the
 * user pans or zooms; follow mode writes it from the facilitator's viewport. UI state only.
 */
import { create } from 'zustand';

export type CanvasName = 'board' | 'plan';

export interface Camera {
  canvas: CanvasName;
  x: number;
  y: number;
  zoom: number;
}

export interface CameraStore extends Camera {
  /** Who moved the camera last: a canvas may animate a jump made by follow mode. */
  source: 'user' | 'follow';
  /** Bumped on every follow jump, so a canvas can react even to a jump to the same place. */
  followJumps: number;
  setCamera(camera: Partial<Camera>): void;
  followTo(camera: Camera): void;
}

export const useCameraStore = create<CameraStore>((set) => ({
  canvas: 'board',
  x: 0,
  y: 0,
  zoom: 1,
  source: 'user',
  followJumps: 0,
  setCamera(camera) {
    set({ ...camera, source: 'user' });
  },
  followTo(camera) {
    set((state) => ({ ...camera, source: 'follow', followJumps: state.followJumps + 1 }));
  },
}));

declare global {
  interface Window {
    /** Read-only view of the camera store for e2e tests (follow mode is otherwise only pixels). */
    __frescoCamera?: () => Camera & { source: CameraStore['source']; followJumps: number };
  }
}

if (typeof window !== 'undefined') {
  window.__frescoCamera = () => {
    const { canvas, x, y, zoom, source, followJumps } = useCameraStore.getState();
    return { canvas, x, y, zoom, source, followJumps };
  };
}
