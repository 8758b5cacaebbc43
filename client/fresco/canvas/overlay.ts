/**
 * The drag layer: what moves with a finger or changes at a tap, kept apart from the cached cells so a
 * drag frame redraws a handful of nodes only. Holds the selection ring, the highlighted target cell, the
 * dragged pictogram and the pictograms other people are dragging right now (from awareness).
 */
import Konva from 'konva';
import type { Rect } from '../../../shared/model/geometry';
import { drawUnit, type UnitPicture } from './drawUnit';

const FOCUS = '#f2b300';
const TARGET_FILL = 'rgba(31, 79, 168, 0.12)';
const TARGET_STROKE = '#1f4fa8';
const REFUSED_STROKE = '#a3161a';

export interface Ghost {
  picture: UnitPicture;
  x: number;
  y: number;
  /** The dragger's colour, ringed around the ghost. */
  color: string;
}

export class Overlay {
  private readonly selection = new Konva.Group({ listening: false });
  private readonly target = new Konva.Rect({
    listening: false,
    visible: false,
    fill: TARGET_FILL,
    stroke: TARGET_STROKE,
    strokeWidth: 4,
    strokeScaleEnabled: false,
    cornerRadius: 6,
  });
  private readonly ghost = ghostShape(0.9);
  private readonly remote = new Map<string, Konva.Shape>();

  constructor(private readonly layer: Konva.Layer) {
    layer.add(this.target, this.selection, this.ghost);
  }

  setSelection(rects: Rect[]): void {
    this.selection.destroyChildren();
    for (const rect of rects) {
      const pad = 6;
      this.selection.add(
        new Konva.Rect({
          x: rect.x - pad,
          y: rect.y - pad,
          width: rect.width + 2 * pad,
          height: rect.height + 2 * pad,
          stroke: FOCUS,
          strokeWidth: 6,
          strokeScaleEnabled: false,
          cornerRadius: 10,
          dash: [14, 6],
          listening: false,
        }),
      );
    }
    this.layer.batchDraw();
  }

  /** Highlights where a drop or tap would land; red when it would be refused. */
  setTarget(rect: Rect | null, refused = false): void {
    if (rect)
      this.target.setAttrs({ ...rect, visible: true, stroke: refused ? REFUSED_STROKE : TARGET_STROKE });
    else this.target.visible(false);
    this.layer.batchDraw();
  }

  setGhost(ghost: Ghost | null): void {
    placeGhost(this.ghost, ghost);
    this.layer.batchDraw();
  }

  /** Ghosts of other people's drags, by awareness client id. */
  setRemoteGhosts(ghosts: Map<string, Ghost>): void {
    for (const [key, shape] of this.remote) {
      if (!ghosts.has(key)) {
        shape.destroy();
        this.remote.delete(key);
      }
    }
    for (const [key, ghost] of ghosts) {
      let shape = this.remote.get(key);
      if (!shape) {
        shape = ghostShape(0.7);
        this.remote.set(key, shape);
        this.layer.add(shape);
      }
      placeGhost(shape, ghost);
    }
    this.layer.batchDraw();
  }

  /** Where other screens' live drags are drawn (world coordinates), for tests. */
  remoteGhosts(): { x: number; y: number; color: string }[] {
    return [...this.remote.values()]
      .filter((shape) => shape.visible())
      .map((shape) => ({ x: shape.x(), y: shape.y(), color: (shape.getAttr('ghost') as Ghost).color }));
  }
}

function ghostShape(opacity: number): Konva.Shape {
  return new Konva.Shape({
    listening: false,
    visible: false,
    opacity,
    perfectDrawEnabled: false,
    sceneFunc: (context, node) => {
      const ghost = node.getAttr('ghost') as Ghost | undefined;
      if (!ghost) return;
      const ctx = context._context;
      const size = ghost.picture.activity.size;
      ctx.save();
      ctx.shadowColor = 'rgba(0, 0, 0, 0.35)';
      ctx.shadowBlur = size * 0.25;
      ctx.shadowOffsetY = size * 0.08;
      ctx.beginPath();
      ctx.roundRect(-4, -4, size + 8, size + 8, size * 0.2);
      ctx.fillStyle = ghost.color;
      ctx.fill();
      ctx.restore();
      drawUnit(ctx, { ...ghost.picture, difficulties: [], more: null });
    },
  });
}

function placeGhost(shape: Konva.Shape, ghost: Ghost | null): void {
  if (!ghost) {
    shape.visible(false);
    return;
  }
  shape.setAttrs({ x: ghost.x, y: ghost.y, visible: true, ghost });
}
