/**
 * "Pull the thread" on the projector: every activity with difficulties found, the most first, with its
 * count. The rows flow into columns as tall as the panel, one column on screen at a time, and the columns
 * turn by themselves: however many threads and however long their words, none is cut off.
 */
import { useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { threadCounts } from '../../shared/model/threads';
import { FramedItemPicture } from './ItemPicture';
import { itemWords } from './pictogramWords';
import { useAutoPage, useColumnPages } from './useAutoPages';
import { type Fresco, useBoardSnapshot } from './useFresco';

export function ThreadCounts({ fresco }: { fresco: Fresco }) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const rows = useMemo(() => {
    const counts = threadCounts(snapshot.items);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .flatMap(([id, count]) => {
        const item = snapshot.byId.get(id);
        return item ? [{ item, count }] : [];
      });
  }, [snapshot]);
  const list = useRef<HTMLOListElement>(null);
  const pages = useColumnPages(list, rows);
  const page = useAutoPage(pages);
  return (
    <section className="thread-counts" aria-labelledby="thread-counts-title" data-testid="thread-counts">
      <h2 id="thread-counts-title">{t('thread.counts')}</h2>
      {rows.length === 0 ? <p className="panel-empty">{t('thread.noneYet')}</p> : null}
      <div className="thread-counts-window">
        <ol
          ref={list}
          data-page={page + 1}
          data-pages={pages}
          style={{ transform: `translateX(calc(${-page} * (100% + var(--thread-page-gap))))` }}
        >
          {rows.map(({ item, count }) => (
            <li key={item.id} data-item={item.id} data-count={count}>
              <FramedItemPicture fresco={fresco} item={item} size={64} />
              <span className="thread-counts-name" dir="auto">
                {itemWords(item, fresco.resolve(item.pictogram))}
              </span>
              <span className="thread-counts-number">{count}</span>
            </li>
          ))}
        </ol>
      </div>
      {pages > 1 ? (
        <p className="thread-counts-page" data-testid="thread-counts-page" aria-hidden="true">
          {t('thread.page', { page: page + 1, pages })}
        </p>
      ) : null}
    </section>
  );
}
