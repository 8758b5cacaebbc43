/**
 * The grid art is one bitmap while it fits the pixel budget. Zoomed in further it is drawn live, and
 * then only the headers, cells and words on screen are drawn: a pan close up shows two cells, and
 * measuring and drawing the thirty words of the whole week on every frame would cost a weak tablet its
 * frame rate.
 */
import type Konva from 'konva';
import { intersects, type Rect } from '../../../shared/model/geometry';

export class GridCulling {
  private boxes: { node: Konva.Node; rect: Rect }[] = [];

  constructor(private readonly group: Konva.Group) {
    this.measure();
  }

  /** Boxes again (the words changed with the language, and their sizes with them). */
  measure(): void {
    this.showAll();
    this.boxes = this.group.getChildren().map((node) => ({
      node,
      rect: node.getClientRect({ relativeTo: this.group }),
    }));
  }

  /** Shows only the nodes that meet the visible world rectangle. */
  cull(visible: Rect): void {
    for (const { node, rect } of this.boxes) {
      const show = intersects(rect, visible);
      if (node.visible() !== show) node.visible(show);
    }
  }

  /** Everything shown: before caching the whole grid as one bitmap. */
  showAll(): void {
    for (const node of this.group.getChildren()) if (!node.visible()) node.visible(true);
  }
}
