/**
 * Runs work when the page is idle, with a way to ask whether time is left. Safari (iPads) has no
 * `requestIdleCallback`: there a short timeout stands in, with a budget under one frame.
 */
const FALLBACK_DELAY_MS = 50;
const FALLBACK_BUDGET_MS = 8;

export function whenIdle(work: (hasTime: () => boolean) => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback((deadline) => work(() => deadline.timeRemaining() > 1), {
      timeout: 1000,
    });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(() => {
    const until = performance.now() + FALLBACK_BUDGET_MS;
    work(() => performance.now() < until);
  }, FALLBACK_DELAY_MS);
  return () => clearTimeout(timer);
}
