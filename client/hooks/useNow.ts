import { useEffect, useState } from 'react';
import { serverNow } from '../api/serverClock';

/** The server's time, re-rendering every `intervalMs` while `active` (a paused timer costs nothing). */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    setNow(serverNow());
    if (!active) return;
    const timer = setInterval(() => setNow(serverNow()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
