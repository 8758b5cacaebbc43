/**
 * Drawings of the shipped pictograms for the pictures built in the browser: each SVG file is fetched
 * once (from the app's own static files, so it works offline once cached) and kept as a symbol body.
 */
import {
  type PictogramArt,
  type PictogramArtSource,
  pictogramArtFromSvg,
} from '../../shared/export/svg/svgKit';
import { pictogramUrl } from '../../shared/pictograms';

const loaded = new Map<string, PictogramArt | null>();

export async function loadPictogramArt(ids: Iterable<string>): Promise<PictogramArtSource> {
  await Promise.all(
    [...new Set(ids)]
      .filter((id) => !loaded.has(id))
      .map(async (id) => {
        const url = pictogramUrl(id);
        if (!url) {
          loaded.set(id, null);
          return;
        }
        try {
          const response = await fetch(url);
          loaded.set(id, response.ok ? pictogramArtFromSvg(await response.text()) : null);
        } catch {
          loaded.set(id, null);
        }
      }),
  );
  return (id) => loaded.get(id) ?? null;
}
