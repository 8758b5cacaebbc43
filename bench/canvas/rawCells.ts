/**
 * The reference scene, hand-tuned the way Konva's performance notes advise: one non-listening layer, one
 * shape per cell drawing all of its pictograms with plain canvas calls, each cell cached as a bitmap,
 * cells off screen hidden. No React, no document, no app: the floor for drawing the same items.
 */
import Konva from 'konva';
import type { Rect } from '../../shared/model/geometry';
import { cellRectOfKey, type WeekGrid, type WeekLayout } from '../../shared/model/weekLayout';
import type { BoardItem } from '../../shared/schema/board';
import { raster } from './rawPictograms';

const THREAD = '#c2410c';

export class RawCells {
  private readonly groups = new Map<string, { group: Konva.Group; rect: Rect }>();

  constructor(
    private readonly layer: Konva.Layer,
    grid: WeekGrid,
    private readonly layout: WeekLayout,
    private readonly items: Map<string, BoardItem>,
    private readonly colorOf: (author: string) => string,
  ) {
    for (const [key, ids] of layout.cells) {
      const rect = cellRectOfKey(grid, key);
      const group = new Konva.Group({ listening: false });
      group.add(
        new Konva.Shape({
          listening: false,
          perfectDrawEnabled: false,
          sceneFunc: (context) => this.drawCell(context._context, ids),
        }),
      );
      layer.add(group);
      this.groups.set(key, { group, rect });
    }
  }

  cache(pixelRatio: number): void {
    for (const { group, rect } of this.groups.values()) {
      group.clearCache();
      group.cache({
        x: rect.x - 12,
        y: rect.y - 12,
        width: rect.width + 24,
        height: rect.height + 24,
        pixelRatio,
      });
    }
    this.layer.batchDraw();
  }

  cull(view: Rect): void {
    for (const { group, rect } of this.groups.values()) {
      const visible =
        rect.x < view.x + view.width &&
        rect.x + rect.width > view.x &&
        rect.y < view.y + view.height &&
        rect.y + rect.height > view.y;
      if (group.visible() !== visible) group.visible(visible);
    }
  }

  private drawCell(ctx: CanvasRenderingContext2D, ids: string[]): void {
    for (const id of ids) {
      const spot = this.layout.activities.get(id);
      if (!spot) continue;
      ctx.beginPath();
      for (const d of spot.difficulties) {
        ctx.moveTo(spot.x + spot.size / 2, spot.y + spot.size);
        ctx.lineTo(d.x + d.size / 2, d.y);
      }
      ctx.strokeStyle = THREAD;
      ctx.lineWidth = Math.max(1.5, spot.size * 0.035);
      ctx.stroke();
      this.tile(ctx, id, spot.x, spot.y, spot.size, false);
      for (const d of spot.difficulties) this.tile(ctx, d.id, d.x, d.y, d.size, true);
    }
  }

  private tile(
    ctx: CanvasRenderingContext2D,
    id: string,
    x: number,
    y: number,
    size: number,
    round: boolean,
  ): void {
    const item = this.items.get(id);
    const border = Math.max(2, size * 0.075);
    ctx.beginPath();
    if (round) ctx.arc(x + size / 2, y + size / 2, size / 2 - border / 2, 0, Math.PI * 2);
    else ctx.roundRect(x + border / 2, y + border / 2, size - border, size - border, size * 0.16);
    ctx.fillStyle = round ? '#fff1dc' : '#ffffff';
    ctx.fill();
    ctx.strokeStyle = item ? this.colorOf(item.author) : '#5b6170';
    ctx.lineWidth = border;
    ctx.stroke();
    const image = item ? raster(item.pictogram) : null;
    const inset = size * (round ? 0.2 : 0.13);
    if (image) ctx.drawImage(image, x + inset, y + inset, size - 2 * inset, size - 2 * inset);
  }
}
