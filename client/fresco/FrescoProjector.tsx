/**
 * The projector during the fresco phases: the whole fresco, big and read-only, following the
 * facilitator's view; in "pull the thread" the activities with the most difficulties; in the proposals
 * phase the proposals ranked by votes with their tokens.
 */
import { useTranslation } from 'react-i18next';
import { FrescoCanvas } from '../canvas/FrescoCanvas';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { BoardListView } from './BoardListView';
import { ProposalsPanel } from './ProposalsPanel';
import { ThreadCounts } from './ThreadCounts';
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

export default function FrescoProjector() {
  const { t } = useTranslation('fresco');
  const fresco = useFresco();
  const awareness = useWorkshopSession().awareness.board;
  const phase = fresco.settings.phase;
  return (
    <div className="fresco-host">
      <div
        className={`fresco-screen fresco-projector fresco-${phase}`}
        data-testid="fresco-projector"
        data-phase={phase}
      >
        <div className="fresco-main">
          <div className="fresco-board">
            <FrescoCanvas
              index={fresco.index}
              awareness={awareness}
              gestures={false}
              callbacks={NOTHING}
              imageOf={fresco.imageOf}
              myColor="#17202e"
              selection={NO_SELECTION}
              label={t('canvas.label')}
            />
          </div>
        </div>
        {phase === 'thread' ? (
          <aside className="side-panel projector-side">
            <ThreadCounts fresco={fresco} />
          </aside>
        ) : null}
        {phase === 'propose' ? (
          <aside className="side-panel side-wide projector-side">
            <ProposalsPanel
              fresco={fresco}
              report={() => {}}
              order="ranked"
              canPropose={false}
              canVote={false}
              canMerge={false}
              big
            />
          </aside>
        ) : null}
        <BoardListView fresco={fresco} open={false} actions={null} />
      </div>
    </div>
  );
}
