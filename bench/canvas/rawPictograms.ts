/** Pictogram SVGs rasterised once each into 144 px canvases, as any hand-tuned canvas app would. */
import { pictogramUrl } from '../../shared/pictograms/lookup';

const RASTER = 144;
const rasters = new Map<string, HTMLCanvasElement | null>();

export function raster(id: string): HTMLCanvasElement | null {
  return rasters.get(id) ?? null;
}

/** Loads every id; resolves once all are decoded (or failed). */
export async function loadPictograms(ids: Iterable<string>): Promise<void> {
  await Promise.all(
    [...new Set(ids)].map(async (id) => {
      const url = pictogramUrl(id);
      if (!url || rasters.has(id)) return;
      const image = new Image(RASTER, RASTER);
      image.src = url;
      try {
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = RASTER;
        canvas.height = RASTER;
        canvas.getContext('2d')?.drawImage(image, 0, 0, RASTER, RASTER);
        rasters.set(id, canvas);
      } catch {
        rasters.set(id, null);
      }
    }),
  );
}
