/**
 * The pooled field return beside a stakeholders' plan, kept within about a second of what residents
 * place in any neighbourhood: asked every second with its ETag, so an unchanged return is a bodiless
 * 304 and the server recomputes only the workshop that changed. The last return stays while the wifi drops.
 */
import { useEffect, useState } from 'react';
import type { FieldReturn } from '../../shared/concertation/fieldReturn';

const EVERY_MS = 1000;

export interface LiveFieldReturn {
  field: FieldReturn | null;
  /** True while the last attempt failed (the shown return may be old). */
  stale: boolean;
}

export function useLiveFieldReturn(
  concertationId: string | null,
  token: string,
  language: string,
): LiveFieldReturn {
  const [state, setState] = useState<LiveFieldReturn>({ field: null, stale: false });
  useEffect(() => {
    if (!concertationId) return;
    let etag: string | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const path = `/api/concertations/${encodeURIComponent(concertationId)}/field-return.json?lang=${language === 'en' ? 'en' : 'fr'}`;
    const ask = async () => {
      try {
        const headers: Record<string, string> = {
          Authorization: `Bearer ${token}`,
          Accept: 'application/json',
        };
        if (etag) headers['If-None-Match'] = etag;
        const response = await fetch(path, { headers, cache: 'no-store' });
        if (stopped) return;
        if (response.status === 304)
          setState((current) => (current.stale ? { ...current, stale: false } : current));
        else if (response.ok) {
          const field = (await response.json()) as FieldReturn;
          etag = response.headers.get('ETag');
          if (!stopped) setState({ field, stale: false });
        } else setState((current) => ({ ...current, stale: true }));
      } catch {
        if (!stopped) setState((current) => ({ ...current, stale: true }));
      }
      if (!stopped)
        timer = setTimeout(
          () => void ask(),
          document.visibilityState === 'visible' ? EVERY_MS : EVERY_MS * 10,
        );
    };
    void ask();
    return () => {
      stopped = true;
      clearTimeout(timer);
    };
  }, [concertationId, token, language]);
  return state;
}
