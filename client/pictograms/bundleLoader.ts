/**
 * Getting the pictogram bundle onto the device, and pictures out of it. Opening a workshop calls `open()`
 * once: the device's copy is read first (no network at all on a reload), otherwise the bundle is fetched
 * and kept. A failed fetch is never final: it is tried again when the connection comes back (the
 * `online` event, passed in as `connectionBack()`) and, for a server that was down while the wifi
 * stayed up, after a growing delay. Each change bumps `version`, so views that drew a picture that
 * failed can try it again.
 *
 * The I/O comes in as dependencies, so the whole life cycle is tested in Node.
 */
import { readBundleSprites, readPictogramBundle } from '../../shared/pictograms/bundle';
import type { SpriteSheet } from '../../shared/pictograms/sprites';
import type { BundleStore } from './bundleStore';

export type BundleState = 'idle' | 'loading' | 'ready' | 'failed';

export interface BundleStats {
  state: BundleState;
  /** Where the ready bundle came from. */
  source: 'device' | 'network' | null;
  pictograms: number;
  /** Size of the fetched file (0 when it came from the device). */
  bytes: number;
  /** From `open()` to the pictures being available, in ms. */
  loadMs: number | null;
  /** From `open()` to the fetched bundle being kept on the device, in ms. */
  storedMs: number | null;
  /** Fetches that failed so far. */
  failures: number;
}

export interface BundleLoaderDeps {
  hash: string;
  /** The parsed file and its size; rejects when it cannot be had. */
  fetchBundle(): Promise<{ value: unknown; bytes: number }>;
  store: BundleStore | null;
  /** An address an <img> or an Image can load a drawing from without the network (blob: or data:). */
  toSrc(svg: string): string;
  now(): number;
  setTimer(run: () => void, ms: number): () => void;
}

/** Waits between retries while the server stays out of reach; the last one repeats. */
export const RETRY_DELAYS_MS: readonly number[] = [5_000, 10_000, 20_000, 40_000, 60_000];

export class PictogramBundleLoader {
  private current: BundleState = 'idle';
  private svgs: ReadonlyMap<string, string> = new Map();
  private sheets: SpriteSheet[] = [];
  private readonly srcs = new Map<string, string>();
  private readonly listeners = new Set<() => void>();
  private pending: Promise<void> | null = null;
  private cancelRetry: () => void = () => {};
  private changes = 0;
  private figures: Omit<BundleStats, 'state' | 'pictograms'> = {
    source: null,
    bytes: 0,
    loadMs: null,
    storedMs: null,
    failures: 0,
  };

  constructor(private readonly deps: BundleLoaderDeps) {}

  get state(): BundleState {
    return this.current;
  }

  /** Changes whenever the state does or the connection came back: the snapshot for React. */
  get version(): number {
    return this.changes;
  }

  /** Starts getting the bundle unless it is here or on its way; resolves once that try has settled. */
  open(): Promise<void> {
    if (this.current === 'ready') return Promise.resolve();
    this.pending ??= this.attempt().finally(() => {
      this.pending = null;
    });
    return this.pending;
  }

  /** Resolves once no try is under way (at once when idle, ready or failed). */
  settled(): Promise<void> {
    return this.pending ?? Promise.resolve();
  }

  /** The connection is back: try again if the bundle failed, and let views retry failed pictures. */
  connectionBack(): void {
    if (this.current === 'failed') void this.open();
    this.changed();
  }

  /** A local address of this pictogram's drawing; undefined until the bundle is here, or if it lacks it. */
  src(id: string): string | undefined {
    const known = this.srcs.get(id);
    if (known) return known;
    const svg = this.svgs.get(id);
    if (svg === undefined) return undefined;
    const src = this.deps.toSrc(svg);
    this.srcs.set(id, src);
    return src;
  }

  /** The ready bundle's pre-rasterised sheets (none before, or in an older bundle). */
  spriteSheets(): readonly SpriteSheet[] {
    return this.sheets;
  }

  /** The SVG text of a pictogram, for pictures built in the browser (exports). */
  svg(id: string): string | undefined {
    return this.svgs.get(id);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  stats(): BundleStats {
    return { state: this.current, pictograms: this.svgs.size, ...this.figures };
  }

  private async attempt(): Promise<void> {
    this.cancelRetry();
    const started = this.deps.now();
    this.setState('loading');
    const keptValue = await this.readKept();
    const kept = readPictogramBundle(keptValue);
    if (kept) {
      this.sheets = readBundleSprites(keptValue);
      this.ready(kept, 'device', 0, started);
      return;
    }
    try {
      const { value, bytes } = await this.deps.fetchBundle();
      const fetched = readPictogramBundle(value);
      if (!fetched) throw new Error('not a pictogram bundle');
      this.sheets = readBundleSprites(value);
      this.ready(fetched, 'network', bytes, started);
      // Kept in the background: the pictures are usable at once, the copy is for the next time.
      this.deps.store?.write(this.deps.hash, value).then(
        () => {
          this.figures.storedMs = this.deps.now() - started;
        },
        () => {},
      );
    } catch {
      this.figures.failures += 1;
      this.setState('failed');
      const delays = RETRY_DELAYS_MS;
      const delay = delays[Math.min(this.figures.failures, delays.length) - 1] ?? 60_000;
      this.cancelRetry = this.deps.setTimer(() => void this.open(), delay);
    }
  }

  private async readKept(): Promise<unknown> {
    try {
      return await this.deps.store?.read(this.deps.hash);
    } catch {
      return undefined;
    }
  }

  private ready(
    svgs: ReadonlyMap<string, string>,
    source: 'device' | 'network',
    bytes: number,
    started: number,
  ) {
    this.svgs = svgs;
    this.figures.source = source;
    this.figures.bytes = bytes;
    this.figures.loadMs = this.deps.now() - started;
    this.setState('ready');
  }

  private setState(state: BundleState): void {
    this.current = state;
    this.changed();
  }

  private changed(): void {
    this.changes += 1;
    for (const listener of this.listeners) listener();
  }
}
