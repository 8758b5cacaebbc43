/**
 * The projector during the fresco phases: the whole fresco, big and read-only, following the
 * facilitator's view; in "pull the thread" the activities with the most difficulties; in the proposals
 * phase the proposals ranked by votes with their tokens.
 */
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { BoardListView } from './BoardListView';
import { ProposalsPanel } from './ProposalsPanel';
import { ReadOnlyFrescoCanvas } from './ReadOnlyFrescoCanvas';
import { ThreadCounts } from './ThreadCounts';
import { useFresco } from './useFresco';
import './fresco.css';

export default function FrescoProjector() {
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
            <ReadOnlyFrescoCanvas fresco={fresco} awareness={awareness} gestures={false} roomy />
          </div>
        </div>
        {phase === 'thread' ? (
          <aside className="side-panel side-wide projector-side projector-threads">
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
