/**
 * The layer over the cards: the highlighted lane and the snapped ghost of this screen's drag, and the
 * dashed outlines of cards other people are dragging right now (from awareness). A drag frame redraws
 * these few nodes only, never the cards.
 */
import Konva from 'konva';
import { TIMELINE_GEOMETRY, type TimelineLayout } from '../../../shared/model/timeline';
import { FONT, INK } from './frame';
import type { RemoteDrag } from './types';

export interface GhostPlace {
  x: number;
  y: number;
  width: number;
  text: string;
}

export class TimelineOverlay {
  private readonly lane = new Konva.Rect({
    listening: false,
    visible: false,
    fill: '#f2b300',
    opacity: 0.16,
  });
  private readonly remote = new Konva.Group({ listening: false });
  private readonly ghost = new Konva.Group({ listening: false, visible: false });
  private readonly ghostRect = new Konva.Rect({
    listening: false,
    height: TIMELINE_GEOMETRY.cardHeight,
    cornerRadius: 8,
    stroke: INK,
    strokeWidth: 2.5,
    dash: [6, 4],
    fill: 'rgba(242, 179, 0, 0.18)',
  });
  // The months sit on a white label so they stay readable over other cards.
  private readonly ghostLabel = new Konva.Rect({
    listening: false,
    y: -24,
    fill: '#ffffff',
    stroke: INK,
    strokeWidth: 1,
    cornerRadius: 4,
  });
  private readonly ghostText = new Konva.Text({
    listening: false,
    y: -24,
    fontFamily: FONT,
    fontSize: 14,
    fontStyle: 'bold',
    fill: INK,
    padding: 3,
  });

  constructor(private readonly layer: Konva.Layer) {
    this.ghost.add(this.ghostRect, this.ghostLabel, this.ghostText);
    layer.add(this.lane, this.remote, this.ghost);
  }

  showGhost(place: GhostPlace | null): void {
    this.ghost.visible(place !== null);
    if (place) {
      this.ghost.position({ x: place.x, y: place.y });
      this.ghostRect.width(place.width);
      this.ghostText.text(place.text);
      this.ghostLabel.size({ width: this.ghostText.width(), height: this.ghostText.height() });
    }
    this.layer.batchDraw();
  }

  highlightLane(layout: TimelineLayout, key: string | null): void {
    const band = key === null ? undefined : layout.lanes.find((lane) => lane.key === key);
    this.lane.visible(band !== undefined);
    if (band) this.lane.setAttrs({ x: 0, y: band.y, width: layout.width, height: band.height });
    this.layer.batchDraw();
  }

  setRemoteDrags(layout: TimelineLayout, drags: readonly RemoteDrag[]): void {
    this.remote.destroyChildren();
    for (const drag of drags) {
      const card = layout.byId.get(drag.actionId);
      if (!card) continue;
      const outline = new Konva.Group({
        listening: false,
        x: (drag.from - layout.span.from) * TIMELINE_GEOMETRY.monthWidth,
        y: card.rect.y,
      });
      outline.add(
        new Konva.Rect({
          listening: false,
          width: (drag.to - drag.from + 1) * TIMELINE_GEOMETRY.monthWidth,
          height: card.rect.height,
          cornerRadius: 8,
          stroke: drag.color,
          strokeWidth: 3,
          dash: [4, 4],
        }),
        new Konva.Text({
          listening: false,
          y: card.rect.height + 2,
          text: drag.name,
          fontFamily: FONT,
          fontSize: 12,
          fill: drag.color,
        }),
      );
      this.remote.add(outline);
    }
    this.layer.batchDraw();
  }
}
