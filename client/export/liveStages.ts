/**
 * The canvases open on this screen, for a PNG that is exactly what the person sees. A canvas shows
 * its stage here while it is mounted; the export saves it, or draws the fresco's picture when none is open.
 */
export interface StageLike {
  toDataURL(config: { pixelRatio: number; mimeType: string }): string;
}

export type FrescoKind = 'week' | 'timeline';

const open = new Map<FrescoKind, StageLike>();

/** Returns how to take it away again (when the canvas unmounts). */
export function showStage(fresco: FrescoKind, stage: StageLike): () => void {
  open.set(fresco, stage);
  return () => {
    if (open.get(fresco) === stage) open.delete(fresco);
  };
}

export function liveStage(fresco: FrescoKind): StageLike | null {
  return open.get(fresco) ?? null;
}
