import { Group, Rect, Text } from 'react-konva';
import { TIMELINE_GEOMETRY, type TimelineLayout } from '../../../shared/model/timeline';
import { FONT } from './frame';

export interface RemoteDrag {
  actionId: string;
  from: number;
  to: number;
  color: string;
  name: string;
}

/** Someone else's card on its way: a dashed outline in their colour, with their name, until they drop it. */
export function RemoteGhost({ drag, layout }: { drag: RemoteDrag; layout: TimelineLayout }) {
  const card = layout.byId.get(drag.actionId);
  if (!card) return null;
  const x = (drag.from - layout.span.from) * TIMELINE_GEOMETRY.monthWidth;
  const width = (drag.to - drag.from + 1) * TIMELINE_GEOMETRY.monthWidth;
  return (
    <Group x={x} y={card.rect.y}>
      <Rect
        width={width}
        height={card.rect.height}
        cornerRadius={8}
        stroke={drag.color}
        strokeWidth={3}
        dash={[4, 4]}
      />
      <Text y={card.rect.height + 2} text={drag.name} fontFamily={FONT} fontSize={12} fill={drag.color} />
    </Group>
  );
}
