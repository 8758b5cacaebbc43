/**
 * "Pull the thread" on the projector: every activity with difficulties found, the most first, with its
 * count. A long list pages through on its own, so no thread is ever cut off at the back of the room.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { threadCounts } from '../../shared/model/threads';
import { FramedItemPicture } from './ItemPicture';
import { itemWords } from './pictogramWords';
import { useAutoPages } from './useAutoPages';
import { type Fresco, useBoardSnapshot } from './useFresco';

/** Rows that fit the projector's side panel at 1920×1080 with 28 px words. */
const PER_PAGE = 7;

export function ThreadCounts({ fresco, perPage = PER_PAGE }: { fresco: Fresco; perPage?: number }) {
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
  const { page, pages, from, to } = useAutoPages(rows.length, perPage);
  return (
    <section className="thread-counts" aria-labelledby="thread-counts-title" data-testid="thread-counts">
      <h2 id="thread-counts-title">{t('thread.counts')}</h2>
      {rows.length === 0 ? <p className="panel-empty">{t('thread.noneYet')}</p> : null}
      <ol start={from + 1} data-page={page + 1} data-pages={pages}>
        {rows.slice(from, to).map(({ item, count }) => (
          <li key={item.id} data-item={item.id} data-count={count}>
            <FramedItemPicture fresco={fresco} item={item} size={64} />
            <span className="thread-counts-name" dir="auto">
              {itemWords(item, fresco.resolve(item.pictogram))}
            </span>
            <span className="thread-counts-number">{count}</span>
          </li>
        ))}
      </ol>
      {pages > 1 ? (
        <p className="thread-counts-page" data-testid="thread-counts-page" aria-hidden="true">
          {t('thread.page', { page: page + 1, pages })}
        </p>
      ) : null}
    </section>
  );
}
