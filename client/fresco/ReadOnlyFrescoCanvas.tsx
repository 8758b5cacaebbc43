/**
 * The fresco canvas on screens that show it without changing it (projector, stakeholder): taps, holds
 * and drags do nothing and nothing is ringed.
 */
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import type { BoardItem } from '../../shared/schema/board';
import { FrescoCanvas } from './canvas/FrescoCanvas';
import type { Fresco } from './useFresco';

const NOTHING = {
  onTapItem: () => {},
  onTapCell: () => {},
  onTapDay: () => {},
  onHoldItem: () => {},
  canDrag: () => false,
  onDrop: () => {},
};
const NO_SELECTION: string[] = [];

interface ReadOnlyFrescoCanvasProps {
  fresco: Fresco;
  /** The board's awareness, to show others' live drags; null when this screen does not need them. */
  awareness: Awareness | null;
  /** Pan and pinch; off on the projector, which follows the facilitator. */
  gestures: boolean;
  /** Read from the back of a room: pictograms as large as their cells allow, their names under them. */
  roomy?: boolean;
}

export function ReadOnlyFrescoCanvas({
  fresco,
  awareness,
  gestures,
  roomy = false,
}: ReadOnlyFrescoCanvasProps) {
  const { t } = useTranslation('fresco');
  const { resolve } = fresco;
  const captionOf = useCallback((item: BoardItem) => resolve(item.pictogram).label || item.label, [resolve]);
  return (
    <FrescoCanvas
      index={fresco.index}
      awareness={awareness}
      gestures={gestures}
      callbacks={NOTHING}
      imageOf={fresco.imageOf}
      captionOf={roomy ? captionOf : undefined}
      myColor="#17202e"
      selection={NO_SELECTION}
      label={t('canvas.label')}
    />
  );
}
