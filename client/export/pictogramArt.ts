/**
 * Drawings of the shipped pictograms for the pictures built in the browser: each SVG comes from the
 * workshop's pictogram bundle when it is on the device (so it works offline), else from its file, and
 * is kept as a symbol body. A drawing that could not be had is asked for again next time.
 */
import {
  type PictogramArt,
  type PictogramArtSource,
  pictogramArtFromSvg,
} from '../../shared/export/svg/svgKit';
import { pictogramUrl } from '../../shared/pictograms';
import { openPictogramBundle, pictogramSvg } from '../pictograms/pictogramBundle';

const loaded = new Map<string, PictogramArt | null>();

export async function loadPictogramArt(ids: Iterable<string>): Promise<PictogramArtSource> {
  const wanted = [...new Set(ids)].filter((id) => !loaded.has(id));
  if (wanted.length > 0) await openPictogramBundle();
  await Promise.all(
    wanted.map(async (id) => {
      const url = pictogramUrl(id);
      if (!url) {
        loaded.set(id, null);
        return;
      }
      const svg = pictogramSvg(id) ?? (await fetchSvg(url));
      if (svg !== null) loaded.set(id, pictogramArtFromSvg(svg));
    }),
  );
  return (id) => loaded.get(id) ?? null;
}

async function fetchSvg(url: string): Promise<string | null> {
  try {
    const response = await fetch(url);
    return response.ok ? await response.text() : null;
  } catch {
    return null;
  }
}
