/**
 * What a tap on a pictogram of the fresco opens: the pictogram big, its words (read aloud on request)
 * and whose it is. Its author (or the facilitator) also gets "move" and "remove"; anyone else sees no
 * such button, so a resident cannot remove another's pictogram by mistake.
 */
import { IconArrowsMove, IconTrash, IconX } from '@tabler/icons-react';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { canChangeItem } from '../../shared/model/threads';
import { Avatar } from '../ui/Avatar';
import { Button } from '../ui/Button';
import { SpeakButton } from '../ui/SpeakButton';
import { type CommandResult, removeItemCommand } from './commands';
import { FramedItemPicture } from './ItemPicture';
import { itemWords } from './pictogramWords';
import { type Fresco, useBoardSnapshot } from './useFresco';
import { useFrescoStore } from './useFrescoStore';

export function ItemSheet({
  fresco,
  itemId,
  canEdit,
  report,
}: {
  fresco: Fresco;
  itemId: string;
  /** Whether moving and removing are for now (the phase's tools), before checking the author. */
  canEdit: boolean;
  report(result: CommandResult): void;
}) {
  const { t } = useTranslation('fresco');
  const snapshot = useBoardSnapshot(fresco.index);
  const select = useFrescoStore((state) => state.select);
  const startMoving = useFrescoStore((state) => state.startMoving);
  const heading = useRef<HTMLHeadingElement>(null);
  const item = snapshot.byId.get(itemId);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus moves to the sheet each time another item opens in it.
  useEffect(() => {
    heading.current?.focus();
  }, [itemId]);
  useEffect(() => {
    if (!item) select(null);
  }, [item, select]);
  if (!item) return null;
  const words = itemWords(item, fresco.resolve(item.pictogram));
  const author = snapshot.participants.find((participant) => participant.id === item.author);
  const mine = canEdit && canChangeItem(fresco.actor, item);
  return (
    <section
      className="item-sheet"
      aria-labelledby="item-sheet-title"
      data-testid="item-sheet"
      data-item={item.id}
    >
      <div className="item-sheet-main">
        <FramedItemPicture fresco={fresco} item={item} size={72} />
        <h2 id="item-sheet-title" tabIndex={-1} ref={heading} dir="auto">
          {words || t('item.unknown')}
        </h2>
        <SpeakButton text={words} size="large" />
        <Button
          label={t('item.close')}
          icon={<IconX size={28} />}
          showLabel={false}
          onClick={() => select(null)}
        />
      </div>
      <div className="item-sheet-footer">
        {author ? (
          <span className="item-sheet-author">
            <Avatar
              avatar={author.avatar}
              color={author.color}
              name={author.name}
              size={44}
              showName={false}
            />
            {item.author === fresco.actor.seatId
              ? t('item.yours')
              : t('item.byOther', { name: author.name || '' })}
          </span>
        ) : (
          <span className="item-sheet-author">{t('item.byFacilitator')}</span>
        )}
        {mine ? (
          <div className="item-sheet-actions">
            <Button
              label={t('item.move')}
              icon={<IconArrowsMove size={28} />}
              size="large"
              onClick={() => startMoving(item.id)}
            />
            <Button
              label={t('item.remove')}
              icon={<IconTrash size={28} />}
              size="large"
              variant="danger"
              data-testid="item-remove"
              onClick={() => {
                const result = removeItemCommand(fresco.ctx, item.id);
                report(result);
                if (result.ok) select(null);
              }}
            />
          </div>
        ) : null}
      </div>
    </section>
  );
}
