/**
 * How one activity of the fresco is drawn, with its thread: the activity's tile framed in its author's
 * colour, red threads down to the difficulties hanging off it, a "+N" when they do not all fit, and a
 * badge counting them (the counts the projector shows). Plain canvas calls, one Konva shape per
 * activity, so a board of two thousand pictograms stays a few thousand draw calls and no more.
 */
import { drawPictogram, pictogramImage } from './pictogramImages';

export interface TilePicture {
  /** Relative to the activity's top-left corner. */
  x: number;
  y: number;
  size: number;
  /** A shipped pictogram id, or null when the item's own words stand in (unknown or removed pictogram). */
  imageId: string | null;
  color: string;
  /** Shown when there is no image. */
  text: string;
}

/** The pictogram's name under it, relative to the activity's top-left corner like the tiles. */
export interface CaptionPicture {
  x: number;
  y: number;
  width: number;
  height: number;
  text: string;
}

export interface UnitPicture {
  activity: TilePicture;
  caption: CaptionPicture | null;
  difficulties: TilePicture[];
  more: { x: number; y: number; size: number; count: number } | null;
  /** Difficulties hanging off the activity, all of them. */
  count: number;
}

export const THREAD_COLOR = '#c2410c';
const TILE_FILL = '#ffffff';
const DIFFICULTY_FILL = '#fff1dc';
const BADGE_FILL = '#17202e';

/*
 * Below these sizes on screen (CSS pixels) details are left out: nobody can see a 3-pixel circle's border
 * or a 4-pixel digit, and the whole week of a full board holds thousands of them. A tile that small is
 * drawn as plain squares (its author's colour framing white), a dot-sized one as a square of colour.
 */
const PLAIN_TILE_PX = 16;
const DOT_TILE_PX = 5;
const TEXT_MIN_PX = 6;
/** A name under a pictogram is written only when its row is at least this tall on screen. */
const CAPTION_MIN_PX = 26;

export function drawUnit(ctx: CanvasRenderingContext2D, unit: UnitPicture): void {
  const scale = Math.abs(ctx.getTransform().a) || 1;
  const { activity } = unit;
  if (unit.difficulties.length > 0) drawThreads(ctx, unit);
  drawTile(ctx, activity, scale, 'square');
  for (const difficulty of unit.difficulties) drawTile(ctx, difficulty, scale, 'round');
  if (unit.more) drawMore(ctx, unit.more, scale);
  if (unit.count > 0) drawBadge(ctx, activity, unit.count, scale);
  if (unit.caption && unit.caption.height * scale >= CAPTION_MIN_PX) drawCaption(ctx, unit.caption);
}

/** Two lines of words under the pictogram, cut on a word with an ellipsis when the name is longer. */
function drawCaption(ctx: CanvasRenderingContext2D, caption: CaptionPicture): void {
  const fontSize = caption.height * 0.4;
  ctx.font = `bold ${fontSize}px 'Atkinson Hyperlegible', system-ui, sans-serif`;
  ctx.fillStyle = '#17202e';
  ctx.textAlign = 'center';
  ctx.textBaseline = 'top';
  const lines = captionLines(caption.text, caption.width, (text) => ctx.measureText(text).width);
  const top = caption.y + caption.height * 0.08;
  lines.forEach((line, index) => {
    ctx.fillText(line, caption.x + caption.width / 2, top + index * fontSize * 1.12, caption.width);
  });
}

/**
 * The words cut into at most two lines of `width`, on word boundaries; a word never breaks in its middle.
 * What does not fit ends the second line with an ellipsis.
 */
export function captionLines(text: string, width: number, measure: (text: string) => number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.trim().split(/\s+/).filter(Boolean)) {
    const tried = line === '' ? word : `${line} ${word}`;
    if (line === '' || measure(tried) <= width) {
      line = tried;
      continue;
    }
    lines.push(line);
    line = word;
  }
  if (line !== '') lines.push(line);
  if (lines.length <= 2) return lines;
  let second = lines[1] ?? '';
  while (second.includes(' ') && measure(`${second}…`) > width)
    second = second.slice(0, second.lastIndexOf(' '));
  return [lines[0] ?? '', `${second}…`];
}

function drawThreads(ctx: CanvasRenderingContext2D, unit: UnitPicture): void {
  const { activity } = unit;
  const fromX = activity.x + activity.size / 2;
  const fromY = activity.y + activity.size;
  ctx.beginPath();
  for (const end of unit.difficulties) {
    ctx.moveTo(fromX, fromY);
    ctx.lineTo(end.x + end.size / 2, end.y);
  }
  if (unit.more) {
    ctx.moveTo(fromX, fromY);
    ctx.lineTo(unit.more.x, unit.more.y - unit.more.size / 2);
  }
  ctx.strokeStyle = THREAD_COLOR;
  ctx.lineWidth = Math.max(1.5, activity.size * 0.035);
  ctx.stroke();
}

function drawTile(
  ctx: CanvasRenderingContext2D,
  tile: TilePicture,
  scale: number,
  shape: 'square' | 'round',
): void {
  const border = Math.max(2, tile.size * 0.075);
  const onScreen = tile.size * scale;
  if (onScreen < PLAIN_TILE_PX) {
    drawPlainTile(ctx, tile, onScreen < DOT_TILE_PX ? null : border, shape, scale);
    return;
  }
  ctx.beginPath();
  if (shape === 'round') {
    ctx.arc(tile.x + tile.size / 2, tile.y + tile.size / 2, tile.size / 2 - border / 2, 0, Math.PI * 2);
  } else {
    ctx.roundRect(
      tile.x + border / 2,
      tile.y + border / 2,
      tile.size - border,
      tile.size - border,
      tile.size * 0.16,
    );
  }
  ctx.fillStyle = shape === 'round' ? DIFFICULTY_FILL : TILE_FILL;
  ctx.fill();
  ctx.strokeStyle = tile.color;
  ctx.lineWidth = border;
  ctx.stroke();
  const inset = tile.size * (shape === 'round' ? 0.2 : 0.13);
  const inner = tile.size - 2 * inset;
  const image = tile.imageId === null ? null : pictogramImage(tile.imageId);
  if (image && tile.imageId !== null) {
    drawPictogram(ctx, tile.imageId, image, tile.x + inset, tile.y + inset, inner, inner * scale);
  } else if (tile.imageId === null && tile.text !== '') {
    drawStandIn(ctx, tile, inner);
  }
}

/** A small tile: squares only (no curves to anti-alias); `border` null for a plain dot of colour. */
function drawPlainTile(
  ctx: CanvasRenderingContext2D,
  tile: TilePicture,
  border: number | null,
  shape: 'square' | 'round',
  scale: number,
): void {
  ctx.fillStyle = tile.color;
  ctx.fillRect(tile.x, tile.y, tile.size, tile.size);
  if (border === null) return;
  ctx.fillStyle = shape === 'round' ? DIFFICULTY_FILL : TILE_FILL;
  ctx.fillRect(tile.x + border, tile.y + border, tile.size - 2 * border, tile.size - 2 * border);
  const image = tile.imageId === null ? null : pictogramImage(tile.imageId);
  const inset = tile.size * 0.13;
  const side = tile.size - 2 * inset;
  if (image && tile.imageId !== null)
    drawPictogram(ctx, tile.imageId, image, tile.x + inset, tile.y + inset, side, side * scale);
}

/** The item's first words, for a pictogram this build does not know. */
function drawStandIn(ctx: CanvasRenderingContext2D, tile: TilePicture, inner: number): void {
  const text = Array.from(tile.text).slice(0, 10).join('') + (Array.from(tile.text).length > 10 ? '…' : '');
  ctx.fillStyle = '#17202e';
  ctx.font = `bold ${Math.max(6, inner * 0.22)}px 'Atkinson Hyperlegible', system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(text, tile.x + tile.size / 2, tile.y + tile.size / 2, inner);
}

function drawMore(
  ctx: CanvasRenderingContext2D,
  more: NonNullable<UnitPicture['more']>,
  scale: number,
): void {
  ctx.beginPath();
  ctx.arc(more.x, more.y, more.size / 2, 0, Math.PI * 2);
  ctx.fillStyle = DIFFICULTY_FILL;
  ctx.fill();
  if (more.size * scale < PLAIN_TILE_PX) return;
  ctx.strokeStyle = THREAD_COLOR;
  ctx.lineWidth = Math.max(1, more.size * 0.06);
  ctx.stroke();
  ctx.fillStyle = '#17202e';
  ctx.font = `bold ${more.size * 0.42}px 'Atkinson Hyperlegible', system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(`+${more.count}`, more.x, more.y + more.size * 0.03);
}

function drawBadge(ctx: CanvasRenderingContext2D, activity: TilePicture, count: number, scale: number): void {
  const radius = Math.max(7, activity.size * 0.2);
  const cx = activity.x + activity.size - radius * 0.35;
  const cy = activity.y + radius * 0.35;
  ctx.beginPath();
  ctx.arc(cx, cy, radius, 0, Math.PI * 2);
  ctx.fillStyle = BADGE_FILL;
  ctx.fill();
  // Too small to read: the dark dot alone still says "this one has difficulties".
  if (radius * scale < TEXT_MIN_PX) return;
  ctx.strokeStyle = '#ffffff';
  ctx.lineWidth = radius * 0.16;
  ctx.stroke();
  ctx.fillStyle = '#ffffff';
  ctx.font = `bold ${radius * (count > 9 ? 0.95 : 1.2)}px 'Atkinson Hyperlegible', system-ui, sans-serif`;
  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillText(String(count), cx, cy + radius * 0.06);
}
