/**
 * The pictogram bundle's pure parts: its format, and the loader's life cycle (device copy first, the
 * network otherwise, a failure never final: retried when the connection comes back, or after a delay).
 */
import { describe, expect, it } from 'vitest';
import { PictogramBundleLoader } from '../../../client/pictograms/bundleLoader';
import type { BundleStore } from '../../../client/pictograms/bundleStore';
import { buildPictogramBundle, readPictogramBundle } from '../../../shared/pictograms/bundle';
import { PICTOGRAMS } from '../../../shared/pictograms/catalog';

const SVG = '<svg viewBox="0 0 72 72"><circle r="1"/></svg>';
const BUNDLE = { format: 1, svgs: { bank: SVG, bus: SVG } };

describe('the bundle format', () => {
  it('holds every catalog pictogram by id', () => {
    const bundle = buildPictogramBundle(PICTOGRAMS, () => ` ${SVG}\n`);
    expect(Object.keys(bundle.svgs)).toHaveLength(PICTOGRAMS.length);
    expect(bundle.svgs.bank).toBe(SVG);
  });

  it('reads back a bundle, skips entries that are not SVG, refuses what is not a bundle', () => {
    expect(readPictogramBundle({ format: 1, svgs: { bank: SVG, bad: '<html>', odd: 3 } })).toEqual(
      new Map([['bank', SVG]]),
    );
    for (const value of [null, 'x', {}, { format: 2, svgs: {} }, { format: 1, svgs: null }]) {
      expect(readPictogramBundle(value)).toBeNull();
    }
  });
});

function memoryStore(kept: Record<string, unknown> = {}): BundleStore & { kept: Record<string, unknown> } {
  return {
    kept,
    async read(hash) {
      return kept[hash];
    },
    async write(hash, bundle) {
      for (const key of Object.keys(kept)) delete kept[key];
      kept[hash] = bundle;
    },
  };
}

function loader(options: { store?: BundleStore; fetches: (() => Promise<unknown>)[] }) {
  /** Pending timers; `delays` every one ever set, in order. */
  const timers: { run: () => void; ms: number }[] = [];
  const delays: number[] = [];
  let fetched = 0;
  const subject = new PictogramBundleLoader({
    hash: 'h2',
    fetchBundle: async () => {
      const next = options.fetches[fetched++];
      if (!next) throw new Error('no more answers');
      return { value: await next(), bytes: 100 };
    },
    store: options.store ?? null,
    toSrc: (svg) => `blob:${svg.length}`,
    now: () => 0,
    setTimer: (run, ms) => {
      const timer = {
        run: () => {
          cancel();
          run();
        },
        ms,
      };
      const cancel = () => {
        const index = timers.indexOf(timer);
        if (index >= 0) timers.splice(index, 1);
      };
      timers.push(timer);
      delays.push(ms);
      return cancel;
    },
  });
  return { subject, timers, delays, fetchCount: () => fetched };
}

describe('PictogramBundleLoader', () => {
  it('takes the device copy of its hash without the network', async () => {
    const { subject, fetchCount } = loader({ store: memoryStore({ h2: BUNDLE }), fetches: [] });
    await subject.open();
    expect(subject.stats()).toMatchObject({ state: 'ready', source: 'device', pictograms: 2 });
    expect(subject.src('bank')).toBe(`blob:${SVG.length}`);
    expect(subject.src('nope')).toBeUndefined();
    expect(fetchCount()).toBe(0);
  });

  it('fetches when the device has only an older bundle, keeps the new one and drops the old', async () => {
    const store = memoryStore({ h1: BUNDLE });
    const { subject } = loader({ store, fetches: [async () => BUNDLE] });
    await subject.open();
    expect(subject.stats()).toMatchObject({ state: 'ready', source: 'network', bytes: 100 });
    await new Promise((done) => setTimeout(done, 0));
    expect(Object.keys(store.kept)).toEqual(['h2']);
  });

  it('a failed fetch is tried again when the connection comes back', async () => {
    const { subject, timers } = loader({
      fetches: [() => Promise.reject(new Error('offline')), async () => BUNDLE],
    });
    const versions: number[] = [];
    subject.subscribe(() => versions.push(subject.version));
    await subject.open();
    expect(subject.state).toBe('failed');
    expect(subject.src('bank')).toBeUndefined();
    expect(timers.map((timer) => timer.ms)).toEqual([5000]);
    subject.connectionBack();
    await subject.settled();
    expect(subject.state).toBe('ready');
    expect(timers).toEqual([]);
    expect(versions.length).toBeGreaterThanOrEqual(4);
  });

  it('while the server stays out of reach, tries again after growing delays', async () => {
    const fail = () => Promise.reject(new Error('down'));
    const { subject, timers, delays } = loader({ fetches: [fail, fail, async () => ({ format: 9 })] });
    await subject.open();
    timers[0]!.run();
    await subject.settled();
    expect(delays).toEqual([5000, 10000]);
    timers[0]!.run();
    await subject.settled();
    expect(delays).toEqual([5000, 10000, 20000]);
    // Not a bundle (a proxy's page): a failure like any other.
    expect(subject.stats()).toMatchObject({ state: 'failed', failures: 3 });
  });
});
