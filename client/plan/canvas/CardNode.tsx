/**
 * One action on the fresco: a card from its start to its end month, coloured AND marked by nature (mark,
 * border), with its number and title, its months, how complete its fiche is, a warning mark when
 * something in it looks wrong, and the colour and name of whoever has its fiche open. Only the card's
 * body listens to the pointer; its text and marks are not hit-tested.
 */
import type Konva from 'konva';
import { memo, useCallback } from 'react';
import { Group, Path, Rect, Text } from 'react-konva';
import type { Nature } from '../../../shared/schema/plan';
import { NATURE_MARKS, NATURE_STYLES } from '../natureStyle';
import { FOCUS, FONT, INK, INK_SOFT } from './frame';

export interface CardNodeProps {
  id: string;
  x: number;
  y: number;
  width: number;
  height: number;
  nature: Nature;
  /** Shown alone on cards too narrow for the title. */
  number: number;
  title: string;
  subtitle: string;
  /** "5/7": required fields filled. */
  completeness: string;
  complete: boolean;
  warning: boolean;
  clippedStart: boolean;
  clippedEnd: boolean;
  selected: boolean;
  editorColor: string | null;
  editorName: string | null;
  register(id: string, node: Konva.Group | null): void;
}

const WARNING_MARK = 'M12 3l10 18h-20z';

export const CardNode = memo(function CardNode(props: CardNodeProps) {
  const { id, x, y, width, height, nature, selected, editorColor, register } = props;
  const style = NATURE_STYLES[nature];
  const ref = useCallback((node: Konva.Group | null) => register(id, node), [id, register]);
  const roomy = width >= 70;
  const textLeft = roomy ? 34 : 6;
  return (
    <Group ref={ref} x={x} y={y} name="card" actionId={id}>
      {editorColor ? (
        <Rect
          x={-5}
          y={-5}
          width={width + 10}
          height={height + 10}
          cornerRadius={11}
          stroke={editorColor}
          strokeWidth={3}
          listening={false}
          perfectDrawEnabled={false}
        />
      ) : null}
      <Rect
        width={width}
        height={height}
        cornerRadius={8}
        fill={style.soft}
        stroke={selected ? INK : style.color}
        strokeWidth={selected ? style.stroke + 1.5 : style.stroke}
        dash={style.dash}
        shadowForStrokeEnabled={false}
        perfectDrawEnabled={false}
      />
      {selected ? (
        <Rect
          x={-3}
          y={-3}
          width={width + 6}
          height={height + 6}
          cornerRadius={10}
          stroke={FOCUS}
          strokeWidth={3}
          listening={false}
          perfectDrawEnabled={false}
        />
      ) : null}
      <Rect width={6} height={height} cornerRadius={[8, 0, 0, 8]} fill={style.color} listening={false} />
      {props.clippedStart ? (
        <Path data="M8 26l-6 -10l6 -10" x={8} y={10} stroke={INK} strokeWidth={2} listening={false} />
      ) : null}
      {props.clippedEnd && roomy ? (
        <Path
          data="M2 26l6 -10l-6 -10"
          x={width - 14}
          y={10}
          stroke={INK}
          strokeWidth={2}
          listening={false}
        />
      ) : null}
      <Path
        data={NATURE_MARKS[nature]}
        x={roomy ? 9 : Math.max(6, width / 2 - 9)}
        y={roomy ? 6 : 7}
        scaleX={0.8}
        scaleY={0.8}
        stroke={style.color}
        strokeWidth={2.4}
        lineCap="round"
        lineJoin="round"
        listening={false}
        perfectDrawEnabled={false}
      />
      {roomy ? (
        <>
          <Text
            x={textLeft}
            y={8}
            width={width - textLeft - (props.warning ? 26 : 8)}
            text={props.title}
            fontFamily={FONT}
            fontSize={16}
            fontStyle="bold"
            fill={INK}
            wrap="none"
            ellipsis
            listening={false}
            perfectDrawEnabled={false}
          />
          <Text
            x={textLeft}
            y={31}
            width={width - textLeft - 8}
            text={`${props.completeness} · ${props.subtitle}`}
            fontFamily={FONT}
            fontSize={13.5}
            fill={props.complete ? INK_SOFT : '#7f4500'}
            fontStyle={props.complete ? 'normal' : 'bold'}
            wrap="none"
            ellipsis
            listening={false}
            perfectDrawEnabled={false}
          />
        </>
      ) : null}
      {roomy ? null : (
        <Text
          y={30}
          width={width}
          align="center"
          text={String(props.number)}
          fontFamily={FONT}
          fontSize={13}
          fontStyle="bold"
          fill={INK}
          listening={false}
        />
      )}
      {props.warning ? (
        <Group x={width - (roomy ? 24 : 20)} y={roomy ? 5 : -10} listening={false}>
          <Path
            data={WARNING_MARK}
            fill="#fff1dc"
            stroke="#a3161a"
            strokeWidth={2}
            scaleX={0.8}
            scaleY={0.8}
          />
          <Text x={7.6} y={6} text="!" fontFamily={FONT} fontSize={13} fontStyle="bold" fill="#a3161a" />
        </Group>
      ) : null}
      {props.editorName ? (
        <Group x={Math.max(0, width - 134)} y={-10} listening={false}>
          <Rect width={130} height={18} cornerRadius={6} fill={editorColor ?? INK} />
          <Text
            x={6}
            y={3}
            width={120}
            text={props.editorName}
            fontFamily={FONT}
            fontSize={12}
            fill="#ffffff"
            wrap="none"
            ellipsis
          />
        </Group>
      ) : null}
    </Group>
  );
});
