import type { Timer } from '../../shared/schema/control';

export interface TimerView {
  remainingMs: number;
  /** Share of the pie still coloured, 0…1. */
  fraction: number;
  running: boolean;
  finished: boolean;
}

/**
 * What a screen shows of the shared timer at `now`. The doc keeps `remainingMs` as the length of the
 * running stretch (set at start), so the pie shrinks from full to empty over that stretch; time added
 * while running keeps the pie full until it is used up.
 */
export function timerView(timer: Timer, now: number): TimerView {
  if (timer.endsAt === null) {
    return {
      remainingMs: timer.remainingMs,
      fraction: timer.remainingMs > 0 ? 1 : 0,
      running: false,
      finished: timer.remainingMs === 0,
    };
  }
  const remainingMs = Math.max(0, timer.endsAt - now);
  const stretch = Math.max(timer.remainingMs, 1);
  return {
    remainingMs,
    fraction: Math.min(1, remainingMs / stretch),
    running: remainingMs > 0,
    finished: remainingMs === 0,
  };
}

/** `mm:ss`, rounded up so the last second shows 00:01, not 00:00. */
export function formatRemaining(ms: number): string {
  const seconds = Math.ceil(ms / 1000);
  const minutes = Math.floor(seconds / 60);
  return `${String(minutes).padStart(2, '0')}:${String(seconds % 60).padStart(2, '0')}`;
}
