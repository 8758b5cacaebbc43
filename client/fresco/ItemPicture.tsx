/**
 * An item's pictogram in the DOM (sheets, threads, proposals, counts): the shipped image, or the first
 * letters of its words when this build does not know it; framed in its author's colour where the
 * canvas frames it too, so a resident finds the same picture in both.
 */
import type { BoardItem } from '../../shared/schema/board';
import { Pictogram } from '../ui/Pictogram';
import type { Fresco } from './useFresco';

export function ItemPicture({ fresco, item, size }: { fresco: Fresco; item: BoardItem; size: number }) {
  const resolved = fresco.resolve(item.pictogram);
  if (resolved.imageId) return <Pictogram id={resolved.imageId} size={size} alt="" />;
  return (
    <span className="pictogram pictogram-missing" style={{ width: size, height: size }} aria-hidden="true">
      {Array.from(item.label || '?')
        .slice(0, 3)
        .join('')}
    </span>
  );
}

export function FramedItemPicture({ fresco, item, size }: { fresco: Fresco; item: BoardItem; size: number }) {
  return (
    <span className="item-frame" style={{ borderColor: fresco.index.colorOf(item.author) }}>
      <ItemPicture fresco={fresco} item={item} size={size} />
    </span>
  );
}
