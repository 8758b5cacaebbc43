/**
 * Pages that turn by themselves: a projector has nobody to scroll it, so a list longer than the screen
 * shows one page, then the next, and says which page it is on ("page 1/3").
 */
import { type RefObject, useEffect, useLayoutEffect, useState } from 'react';

/** The page shown, turning every `intervalMs` while there is more than one. */
export function useAutoPage(pages: number, intervalMs = 8000): number {
  const [page, setPage] = useState(0);
  useEffect(() => {
    if (pages < 2) return;
    const timer = window.setInterval(() => setPage((current) => (current + 1) % pages), intervalMs);
    return () => window.clearInterval(timer);
  }, [pages, intervalMs]);
  // A list that shrank keeps a page that still exists.
  return page % Math.max(1, pages);
}

/**
 * How many pages a list laid out in CSS columns (one column as wide as its box, `column-fill: auto`)
 * spreads over: the browser packs the rows, whatever their height, and each column is one page. Read
 * from where the last row landed, again whenever the box is resized or `version` changes.
 */
export function useColumnPages(list: RefObject<HTMLElement | null>, version: unknown): number {
  const [pages, setPages] = useState(1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` says when the rows changed.
  useLayoutEffect(() => {
    const element = list.current;
    if (!element) return;
    const measure = () => {
      const last = element.lastElementChild;
      const width = element.clientWidth;
      if (!last || width === 0) return setPages(1);
      const gap = Number.parseFloat(getComputedStyle(element).columnGap) || 0;
      const offset = last.getBoundingClientRect().left - element.getBoundingClientRect().left;
      setPages(Math.max(1, Math.floor((offset + 1) / (width + gap)) + 1));
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [list, version]);
  return pages;
}
