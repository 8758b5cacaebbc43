/**
 * One action on the fresco, drawn as Konva nodes: a card from its start to its end month, coloured AND
 * marked by nature (mark, border), with its number and title, its months, how complete its fiche is, a
 * warning mark when something in it looks wrong, and the colour and name of whoever has its fiche open.
 * Nothing here listens: the scene hit-tests cards from the layout.
 */
import Konva from 'konva';
import type { TimelineCard } from '../../../shared/model/timeline';
import { NATURE_MARKS, NATURE_STYLES } from '../natureStyle';
import { FOCUS, FONT, INK, INK_SOFT } from './frame';
import type { CardEditor, CardView } from './types';

export interface CardLook {
  card: TimelineCard;
  view: CardView | undefined;
  selected: boolean;
  editor: CardEditor | undefined;
}

const WARNING_MARK = 'M12 3l10 18h-20z';
const FIXED = { listening: false, perfectDrawEnabled: false } as const;

/** A string that changes whenever the card would look different: unchanged cards are not rebuilt. */
export function cardSignature({ card, view, selected, editor }: CardLook): string {
  const r = card.rect;
  return [
    r.x,
    r.y,
    r.width,
    r.height,
    card.nature,
    card.clippedStart,
    card.clippedEnd,
    selected,
    editor?.color ?? '',
    editor?.name ?? '',
    view?.number ?? 0,
    view?.title ?? '',
    view?.subtitle ?? '',
    view?.completeness ?? '',
    view?.complete ?? false,
    view?.warning ?? false,
  ].join('\u0001');
}

export function buildCard(look: CardLook): Konva.Group {
  const { card, selected, editor } = look;
  const { width, height } = card.rect;
  const style = NATURE_STYLES[card.nature];
  const group = new Konva.Group({ x: card.rect.x, y: card.rect.y, listening: false });
  if (editor?.color) {
    group.add(
      new Konva.Rect({
        ...FIXED,
        x: -5,
        y: -5,
        width: width + 10,
        height: height + 10,
        cornerRadius: 11,
        stroke: editor.color,
        strokeWidth: 3,
      }),
    );
  }
  group.add(
    new Konva.Rect({
      ...FIXED,
      width,
      height,
      cornerRadius: 8,
      fill: style.soft,
      stroke: selected ? INK : style.color,
      strokeWidth: selected ? style.stroke + 1.5 : style.stroke,
      dash: style.dash,
      shadowForStrokeEnabled: false,
    }),
  );
  if (selected) {
    group.add(
      new Konva.Rect({
        ...FIXED,
        x: -3,
        y: -3,
        width: width + 6,
        height: height + 6,
        cornerRadius: 10,
        stroke: FOCUS,
        strokeWidth: 3,
      }),
    );
  }
  group.add(new Konva.Rect({ ...FIXED, width: 6, height, cornerRadius: [8, 0, 0, 8], fill: style.color }));
  addMarks(group, look);
  addWords(group, look);
  if (editor?.name) addEditorTag(group, width, editor);
  return group;
}

function addMarks(group: Konva.Group, { card }: CardLook): void {
  const { width } = card.rect;
  const roomy = width >= 70;
  const style = NATURE_STYLES[card.nature];
  if (card.clippedStart) {
    group.add(
      new Konva.Path({ ...FIXED, data: 'M8 26l-6 -10l6 -10', x: 8, y: 10, stroke: INK, strokeWidth: 2 }),
    );
  }
  if (card.clippedEnd && roomy) {
    group.add(
      new Konva.Path({
        ...FIXED,
        data: 'M2 26l6 -10l-6 -10',
        x: width - 14,
        y: 10,
        stroke: INK,
        strokeWidth: 2,
      }),
    );
  }
  group.add(
    new Konva.Path({
      ...FIXED,
      data: NATURE_MARKS[card.nature],
      x: roomy ? 9 : Math.max(6, width / 2 - 9),
      y: roomy ? 6 : 7,
      scaleX: 0.8,
      scaleY: 0.8,
      stroke: style.color,
      strokeWidth: 2.4,
      lineCap: 'round',
      lineJoin: 'round',
    }),
  );
}

function addWords(group: Konva.Group, { card, view }: CardLook): void {
  const { width } = card.rect;
  const roomy = width >= 70;
  const warning = view?.warning ?? false;
  if (roomy) {
    const left = 34;
    const complete = view?.complete ?? false;
    group.add(
      new Konva.Text({
        ...FIXED,
        x: left,
        y: 8,
        width: width - left - (warning ? 26 : 8),
        text: view?.title ?? '',
        fontFamily: FONT,
        fontSize: 16,
        fontStyle: 'bold',
        fill: INK,
        wrap: 'none',
        ellipsis: true,
      }),
      new Konva.Text({
        ...FIXED,
        x: left,
        y: 31,
        width: width - left - 8,
        text: `${view?.completeness ?? ''} · ${view?.subtitle ?? ''}`,
        fontFamily: FONT,
        fontSize: 13.5,
        fill: complete ? INK_SOFT : '#7f4500',
        fontStyle: complete ? 'normal' : 'bold',
        wrap: 'none',
        ellipsis: true,
      }),
    );
  } else {
    group.add(
      new Konva.Text({
        ...FIXED,
        y: 30,
        width,
        align: 'center',
        text: String(view?.number ?? 0),
        fontFamily: FONT,
        fontSize: 13,
        fontStyle: 'bold',
        fill: INK,
      }),
    );
  }
  if (warning) group.add(warningMark(roomy ? width - 24 : width - 20, roomy ? 5 : -10));
}

function warningMark(x: number, y: number): Konva.Group {
  const mark = new Konva.Group({ x, y, listening: false });
  mark.add(
    new Konva.Path({
      ...FIXED,
      data: WARNING_MARK,
      fill: '#fff1dc',
      stroke: '#a3161a',
      strokeWidth: 2,
      scaleX: 0.8,
      scaleY: 0.8,
    }),
    new Konva.Text({
      ...FIXED,
      x: 7.6,
      y: 6,
      text: '!',
      fontFamily: FONT,
      fontSize: 13,
      fontStyle: 'bold',
      fill: '#a3161a',
    }),
  );
  return mark;
}

function addEditorTag(group: Konva.Group, width: number, editor: CardEditor): void {
  const tag = new Konva.Group({ x: Math.max(0, width - 134), y: -10, listening: false });
  tag.add(
    new Konva.Rect({ ...FIXED, width: 130, height: 18, cornerRadius: 6, fill: editor.color || INK }),
    new Konva.Text({
      ...FIXED,
      x: 6,
      y: 3,
      width: 120,
      text: editor.name,
      fontFamily: FONT,
      fontSize: 12,
      fill: '#ffffff',
      wrap: 'none',
      ellipsis: true,
    }),
  );
  group.add(tag);
}
