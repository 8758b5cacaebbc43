/**
 * Scripts run inside the page, as strings (functions compiled by tsx may reference helpers the page
 * does not have). The same frame meter measures Fresco and the raw Konva page: gaps between animation
 * frames, and long tasks reported by the browser, over a window the bench opens and closes.
 */
export const FRAME_METER = `
window.__bench = (() => {
  const longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let gaps = [];
  let last = 0;
  let running = false;
  let t0 = 0;
  const tick = (time) => {
    if (!running) return;
    if (last) gaps.push(time - last);
    last = time;
    requestAnimationFrame(tick);
  };
  return {
    start() { gaps = []; last = 0; running = true; t0 = performance.now(); requestAnimationFrame(tick); },
    stop() {
      running = false;
      const t1 = performance.now();
      const inside = longTasks.filter((task) => task.start >= t0 && task.start <= t1);
      return {
        gaps,
        longTasks: inside.length,
        longTaskMs: inside.reduce((sum, task) => sum + task.duration, 0),
        seconds: (t1 - t0) / 1000,
      };
    },
  };
})();
`;

/**
 * Polled on every animation frame: the time (ms since navigation start) of the second frame after the
 * fresco shows pictograms with every image it asked for decoded — the first complete frame, once the
 * redraw those images trigger has happened. False until then.
 */
export const FRESCO_COMPLETE = `(() => {
  const state = (window.__benchReady ??= { frames: -1 });
  const canvas = window.__frescoCanvas;
  if (state.frames < 0) {
    if (!canvas) return false;
    const images = canvas.images();
    if (!(canvas.visibleItems() > 0 && images.requested > 0 && images.ready + images.failed === images.requested)) return false;
    state.frames = 0;
  }
  state.frames += 1;
  return state.frames >= 2 ? performance.now() : false;
})()`;

export const RAW_COMPLETE = `(() => {
  const api = window.__rawKonva;
  return api && api.ready ? api.firstCompleteFrameAt : false;
})()`;

/** The first frame showing the fresco's pictograms (images may still be loading): time, or false. */
export const FRESCO_FIRST_ITEMS = `(() => {
  const canvas = window.__frescoCanvas;
  return canvas && canvas.visibleItems() > 0 ? performance.now() : false;
})()`;

export const RAW_FIRST_ITEMS = `(() => {
  const api = window.__rawKonva;
  return api && api.firstItemsFrameAt > 0 ? api.firstItemsFrameAt : false;
})()`;
