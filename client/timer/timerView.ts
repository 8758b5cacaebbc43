import type { Timer } from '../../shared/schema/control';

export interface TimerView {
  remainingMs: number;
  /** Share of the pie still coloured, 0…1. */
  fraction: number;
  running: boolean;
  finished: boolean;
}

/**
 * What a screen shows of the shared timer at `now`: the pie is the share of the whole countdown
 * (`durationMs`) still left, so a paused and resumed timer goes on shrinking where it stopped.
 */
export function timerView(timer: Timer, now: number): TimerView {
  const whole = Math.max(timer.durationMs ?? timer.remainingMs, 1);
  if (timer.endsAt === null) {
    return {
      remainingMs: timer.remainingMs,
      fraction: Math.min(1, timer.remainingMs / whole),
      running: false,
      finished: timer.remainingMs === 0,
    };
  }
  const remainingMs = Math.max(0, timer.endsAt - now);
  return {
    remainingMs,
    fraction: Math.min(1, remainingMs / whole),
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
