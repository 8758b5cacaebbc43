/**
 * The page's pictogram bundle: every picture a workshop can show, fetched once when a workshop opens
 * (`openPictogramBundle`), kept in IndexedDB by its hash, and served from memory as blob: addresses
 * (the CSP allows `img-src blob:`). Everything that draws a pictogram asks `pictogramSrc` for its
 * address: the bundle's once it is here, the file's before a workshop opened (home, about), nothing
 * for the moment the bundle is on its way (so the page does not fetch every file as well).
 */
import { PICTOGRAM_BUNDLE } from 'virtual:pictogram-bundle';
import { pictogramUrl } from '../../shared/pictograms/lookup';
import type { SpriteSheet } from '../../shared/pictograms/sprites';
import { type BundleStats, PictogramBundleLoader } from './bundleLoader';
import { indexedDbBundleStore } from './bundleStore';

declare global {
  interface Window {
    /** For e2e tests and the cold-join measurements: how the bundle came. */
    __frescoPictograms?: { stats(): BundleStats };
  }
}

const loader = new PictogramBundleLoader({
  hash: PICTOGRAM_BUNDLE.hash,
  async fetchBundle() {
    const response = await fetch(PICTOGRAM_BUNDLE.url);
    if (!response.ok) throw new Error(`pictogram bundle: ${response.status}`);
    const text = await response.text();
    return { value: JSON.parse(text), bytes: text.length };
  },
  store: typeof indexedDB === 'undefined' ? null : indexedDbBundleStore(indexedDB),
  toSrc: (svg) => URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' })),
  now: () => performance.now(),
  setTimer(run, ms) {
    const timer = setTimeout(run, ms);
    return () => clearTimeout(timer);
  },
});

let watching = false;

/** Gets every pictogram onto the device; call it as early as a workshop starts opening. Idempotent. */
export function openPictogramBundle(): Promise<void> {
  if (typeof window === 'undefined') return Promise.resolve();
  if (!watching) {
    watching = true;
    window.addEventListener('online', () => loader.connectionBack());
    window.__frescoPictograms = { stats: () => loader.stats() };
  }
  return loader.open();
}

/** Where to load a shipped pictogram from; undefined for an unknown id, or while the bundle is coming. */
export function pictogramSrc(id: string): string | undefined {
  const local = loader.src(id);
  if (local) return local;
  return loader.state === 'loading' ? undefined : pictogramUrl(id);
}

/** The bundle's pre-rasterised sprite sheets, once it is here (none from an older bundle). */
export function pictogramSpriteSheets(): readonly SpriteSheet[] {
  return loader.spriteSheets();
}

/** A pictogram's SVG text when the bundle has it. */
export function pictogramSvg(id: string): string | undefined {
  return loader.svg(id);
}

/** Resolves once the bundle is here or could not be had, or after `timeoutMs` at most. */
export function whenPictogramsSettled(timeoutMs = 5_000): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, timeoutMs);
    void loader.settled().then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/** Called when the bundle arrives or fails, and when the connection comes back. */
export function subscribePictograms(listener: () => void): () => void {
  return loader.subscribe(listener);
}

export function pictogramsVersion(): number {
  return loader.version;
}

/** How the bundle came and whether it is kept on the device (the survey page's "ready" check). */
export function pictogramStats(): BundleStats {
  return loader.stats();
}
