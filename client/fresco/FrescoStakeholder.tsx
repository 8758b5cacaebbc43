/**
 * A stakeholder following the residents' workshop (in the room or remote): the synthesis as it builds
 * up, beside the fresco they can pan and zoom but not change.
 */
import { useTranslation } from 'react-i18next';
import { FrescoCanvas } from '../canvas/FrescoCanvas';
import { BoardListView } from './BoardListView';
import { SynthesisView } from './SynthesisView';
import { useFresco } from './useFresco';
import './fresco.css';

const NOTHING = {
  onTapItem: () => {},
  onTapCell: () => {},
  onTapDay: () => {},
  onHoldItem: () => {},
  canDrag: () => false,
  onDrop: () => {},
};
const NO_SELECTION: string[] = [];

export default function FrescoStakeholder() {
  const { t } = useTranslation('fresco');
  const fresco = useFresco();
  return (
    <div className="fresco-host">
      <div className="fresco-screen fresco-stakeholder" data-testid="fresco-stakeholder">
        <div className="fresco-main">
          <div className="fresco-board">
            <FrescoCanvas
              index={fresco.index}
              awareness={null}
              gestures
              callbacks={NOTHING}
              imageOf={fresco.imageOf}
              myColor="#17202e"
              selection={NO_SELECTION}
              label={t('canvas.label')}
            />
          </div>
        </div>
        <aside className="side-panel side-wide" aria-labelledby="synthesis-title">
          <h2 id="synthesis-title">{t('synthesis.title')}</h2>
          <SynthesisView fresco={fresco} />
        </aside>
        <BoardListView fresco={fresco} open={false} actions={null} />
      </div>
    </div>
  );
}
