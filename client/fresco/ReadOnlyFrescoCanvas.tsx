/**
 * The fresco canvas on screens that show it without changing it (projector, stakeholder): taps, holds
 * and drags do nothing and nothing is ringed.
 */
import { useTranslation } from 'react-i18next';
import type { Awareness } from 'y-protocols/awareness';
import { FrescoCanvas } from '../canvas/FrescoCanvas';
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
}

export function ReadOnlyFrescoCanvas({ fresco, awareness, gestures }: ReadOnlyFrescoCanvasProps) {
  const { t } = useTranslation('fresco');
  return (
    <FrescoCanvas
      index={fresco.index}
      awareness={awareness}
      gestures={gestures}
      callbacks={NOTHING}
      imageOf={fresco.imageOf}
      myColor="#17202e"
      selection={NO_SELECTION}
      label={t('canvas.label')}
    />
  );
}
