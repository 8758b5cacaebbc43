/** "Pull the thread" on the projector: the activities with the most difficulties found, with their counts. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { threadCounts } from '../../shared/model/threads';
import { FramedItemPicture } from './ItemPicture';
import { itemWords } from './pictogramWords';
import { type Fresco, useBoardSnapshot } from './useFresco';

export function ThreadCounts({ fresco, limit = 8 }: { fresco: Fresco; limit?: number }) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const rows = useMemo(() => {
    const counts = threadCounts(snapshot.items);
    return [...counts.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .flatMap(([id, count]) => {
        const item = snapshot.byId.get(id);
        return item ? [{ item, count }] : [];
      });
  }, [snapshot, limit]);
  return (
    <section className="thread-counts" aria-labelledby="thread-counts-title" data-testid="thread-counts">
      <h2 id="thread-counts-title">{t('thread.counts')}</h2>
      {rows.length === 0 ? <p className="panel-empty">{t('thread.noneYet')}</p> : null}
      <ol>
        {rows.map(({ item, count }) => (
          <li key={item.id} data-item={item.id} data-count={count}>
            <FramedItemPicture fresco={fresco} item={item} size={56} />
            <span className="thread-counts-name" dir="auto">
              {itemWords(item, fresco.resolve(item.pictogram))}
            </span>
            <span className="thread-counts-number">{count}</span>
          </li>
        ))}
      </ol>
    </section>
  );
}
