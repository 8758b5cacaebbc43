/**
 * The plan on the projector: the whole chronological fresco, big, read-only, with the counts per
 * nature; it follows the facilitator's view of the plan when follow mode is on. The list of actions is
 * in the page for assistive technology (a projector is looked at, not read with a screen reader, but
 * the viewer link also serves remote observers).
 */
import { TimelineCanvas } from './canvas/TimelineCanvas';
import { useTimelineLabels } from './canvas/useTimelineLabels';
import { ActionList } from './list/ActionList';
import { NatureCounts } from './NatureCounts';
import { usePlanModel } from './usePlanModel';
import { usePlanStore } from './usePlanStore';
import './plan.css';

const NOTHING = () => {};
const NO_EDITORS = new Map<string, { name: string; color: string }>();
const NO_NAMES = new Map<string, string>();

export default function PlanProjector() {
  const model = usePlanModel();
  const laneMode = usePlanStore((store) => store.laneMode);
  const labels = useTimelineLabels(laneMode, model.actions.length);
  return (
    <div className="plan-projector" data-testid="plan-projector">
      <NatureCounts counts={model.layout.natures} total={model.actions.length} />
      <div className="timeline-frame timeline-frame-whole">
        <TimelineCanvas
          layout={model.layout}
          views={model.views}
          selectedId={null}
          editors={NO_EDITORS}
          remoteDrags={[]}
          editable={false}
          whole
          labels={labels}
          onOpen={NOTHING}
          onMove={NOTHING}
          onResize={NOTHING}
          onDate={NOTHING}
          onDrag={NOTHING}
        />
      </div>
      <div className="visually-hidden">
        <ActionList
          actions={model.byId}
          layout={model.layout}
          laneLabel={labels.lane}
          missing={model.missing}
          problems={model.problems}
          editors={NO_NAMES}
          selectedId={null}
          onOpen={NOTHING}
        />
      </div>
    </div>
  );
}
