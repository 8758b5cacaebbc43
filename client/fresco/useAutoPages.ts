/**
 * Pages that turn by themselves: a projector has nobody to scroll it, so a list longer than the screen
 * shows one page, then the next, and says which page it is on ("page 1/3").
 */
import { useEffect, useState } from 'react';

export interface AutoPages {
  page: number;
  pages: number;
  /** [from, to) of the rows on the current page. */
  from: number;
  to: number;
}

export function useAutoPages(count: number, perPage: number, intervalMs = 8000): AutoPages {
  const pages = Math.max(1, Math.ceil(count / perPage));
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages < 2) return;
    const timer = window.setInterval(() => setPage((current) => (current + 1) % pages), intervalMs);
    return () => window.clearInterval(timer);
  }, [pages, intervalMs]);
  // A list that shrank keeps a page that still exists.
  const current = page % pages;
  return { page: current, pages, from: current * perPage, to: Math.min(count, (current + 1) * perPage) };
}
