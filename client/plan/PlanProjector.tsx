/**
 * The plan on the projector: the whole chronological fresco, big, read-only, with the counts per
 * nature; it follows the facilitator's view of the plan when follow mode is on. The list of actions is
 * in the page for assistive technology (a projector is looked at, not read with a screen reader, but
 * the viewer link also serves remote observers).
 */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TimelineCanvas } from './canvas/TimelineCanvas';
import { ActionList } from './list/ActionList';
import { monthName } from './model/months';
import { NatureCounts } from './NatureCounts';
import { usePlanModel } from './usePlanModel';
import { usePlanStore } from './usePlanStore';
import './plan.css';

const NOTHING = () => {};
const NO_EDITORS = new Map<string, { name: string; color: string }>();
const NO_NAMES = new Map<string, string>();

export default function PlanProjector() {
  const { t, i18n } = useTranslation('plan');
  const model = usePlanModel();
  const laneMode = usePlanStore((store) => store.laneMode);
  const laneLabel = (key: string) => key || t(laneMode === 'owner' ? 'lane.noOwner' : 'lane.noTheme');
  const labels = useMemo(
    () => ({
      quarter: (q: number) => t('axis.quarter', { quarter: q }),
      lane: (key: string) => key || t(laneMode === 'owner' ? 'lane.noOwner' : 'lane.noTheme'),
      laneCount: (count: number) => t('list.laneCount', { count }),
      corner: t(laneMode === 'owner' ? 'lanes.owner' : 'lanes.theme'),
      undated: t('lane.undated'),
      months: (from: number, to: number) =>
        `${monthName(from, i18n.language)} → ${monthName(to, i18n.language)}`,
      region: t('canvas.region', { count: model.actions.length }),
    }),
    [t, i18n.language, laneMode, model.actions.length],
  );
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
          laneLabel={laneLabel}
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
