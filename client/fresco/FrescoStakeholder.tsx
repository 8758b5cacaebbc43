/**
 * A stakeholder following the residents' workshop (in the room or remote): the synthesis as it builds
 * up, beside the fresco they can pan and zoom but not change.
 */
import { useTranslation } from 'react-i18next';
import { BoardListView } from './BoardListView';
import { ReadOnlyFrescoCanvas } from './ReadOnlyFrescoCanvas';
import { SynthesisView } from './SynthesisView';
import { useFresco } from './useFresco';
import './fresco.css';

export default function FrescoStakeholder() {
  const { t } = useTranslation('fresco');
  const fresco = useFresco();
  return (
    <div className="fresco-host">
      <div className="fresco-screen fresco-stakeholder" data-testid="fresco-stakeholder">
        <div className="fresco-main">
          <div className="fresco-board">
            <ReadOnlyFrescoCanvas fresco={fresco} awareness={null} gestures />
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
