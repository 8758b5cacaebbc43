/** From the layout of one activity and the board's records to what `drawUnit` draws. */

import type { ActivitySpot } from '../../../shared/model/cellLayout';
import { NEUTRAL_COLOR } from '../../../shared/pictograms/avatarColors';
import type { BoardItem } from '../../../shared/schema/board';
import type { CaptionPicture, TilePicture, UnitPicture } from './drawUnit';

export interface PictureSources {
  item(id: string): BoardItem | undefined;
  colorOf(author: string): string;
  /** The image to draw for a pictogram id (null: draw the words) and the words to show then. */
  imageOf(pictogram: string): string | null;
  /** The name written under an activity, on layouts that leave room for it. */
  captionOf(item: BoardItem): string;
}

/** Coordinates relative to the activity's top-left corner, so moving the unit is moving one node. */
export function unitPicture(spot: ActivitySpot, count: number, sources: PictureSources): UnitPicture {
  const tile = (id: string, x: number, y: number, size: number): TilePicture => {
    const item = sources.item(id);
    return {
      x: x - spot.x,
      y: y - spot.y,
      size,
      imageId: item ? sources.imageOf(item.pictogram) : null,
      color: item ? sources.colorOf(item.author) : NEUTRAL_COLOR,
      text: item?.label ?? '',
    };
  };
  return {
    activity: tile(spot.id, spot.x, spot.y, spot.size),
    caption: spot.caption ? caption(spot, sources) : null,
    difficulties: spot.difficulties.map((d) => tile(d.id, d.x, d.y, d.size)),
    more: spot.moreAt
      ? {
          x: spot.moreAt.x - spot.x,
          y: spot.moreAt.y - spot.y,
          size: spot.difficulties[0]?.size ?? spot.size * 0.3,
          count: spot.hiddenDifficulties,
        }
      : null,
    count,
  };
}

function caption(spot: ActivitySpot, sources: PictureSources): CaptionPicture | null {
  const item = sources.item(spot.id);
  const text = item ? sources.captionOf(item) : '';
  if (!spot.caption || text === '') return null;
  const { x, y, width, height } = spot.caption;
  return { x: x - spot.x, y: y - spot.y, width, height, text };
}

/** True when two pictures draw the same thing (so a cell whose units did not change keeps its cache). */
export function samePicture(a: UnitPicture, b: UnitPicture): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
