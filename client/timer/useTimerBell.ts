import { useEffect, useRef, useState } from 'react';
import type { Timer } from '../../shared/schema/control';
import { playChime } from './chime';

/** How long the screen shows "time is up" after the bell. */
const RINGING_MS = 12_000;

/**
 * Rings once when the timer reaches zero while this screen is watching (not when it opens on a timer
 * that ended long ago), and says "ringing" for a while so the screen can show it too.
 */
export function useTimerBell(timer: Timer, now: number, options: { sound: boolean }): boolean {
  const [ringingUntil, setRingingUntil] = useState(0);
  const rungFor = useRef<number | null>(null);
  const endsAt = timer.endsAt;

  useEffect(() => {
    if (endsAt === null || now < endsAt || rungFor.current === endsAt) return;
    rungFor.current = endsAt;
    // A screen that opens well after the end stays quiet.
    if (now - endsAt > 5000) return;
    if (options.sound) playChime();
    setRingingUntil(now + RINGING_MS);
  }, [endsAt, now, options.sound]);

  return ringingUntil > now && endsAt !== null && now >= endsAt;
}
