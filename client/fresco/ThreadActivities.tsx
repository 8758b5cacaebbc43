/**
 * *Tirer le fil* without aiming at a small picture: every activity on the fresco as a big button (its
 * pictogram in its author's colour, its words under it), the resident's own first. On a phone the whole
 * week makes each pictogram about 20 px wide; these buttons keep one tap enough, with no reading needed.
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { BoardItem } from '../../shared/schema/board';
import { ItemPicture } from './ItemPicture';
import { itemWords } from './pictogramWords';
import { type Fresco, useBoardSnapshot } from './useFresco';
import { useFrescoStore } from './useFrescoStore';

export function ThreadActivities({ fresco }: { fresco: Fresco }) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const openThread = useFrescoStore((state) => state.openThread);
  const me = fresco.actor.seatId;
  const activities = useMemo(() => {
    const all = snapshot.items.filter((item) => item.kind === 'activity');
    return [...all.filter((item) => item.author === me), ...all.filter((item) => item.author !== me)];
  }, [snapshot.items, me]);
  return (
    <aside className="side-panel side-hint thread-activities" data-testid="thread-hint">
      <p>{t('thread.hint')}</p>
      <ul className="thread-activity-list" aria-label={t('phone.activities')} data-testid="thread-activities">
        {activities.map((item) => (
          <ActivityButton key={item.id} fresco={fresco} item={item} onOpen={openThread} />
        ))}
      </ul>
    </aside>
  );
}

function ActivityButton({
  fresco,
  item,
  onOpen,
}: {
  fresco: Fresco;
  item: BoardItem;
  onOpen(id: string): void;
}) {
  const words = itemWords(item, fresco.resolve(item.pictogram));
  return (
    <li>
      <button
        type="button"
        className="thread-activity"
        data-activity={item.id}
        style={{ borderColor: fresco.index.colorOf(item.author) }}
        onClick={() => onOpen(item.id)}
      >
        <ItemPicture fresco={fresco} item={item} size={56} />
        <span dir="auto">{words}</span>
      </button>
    </li>
  );
}
