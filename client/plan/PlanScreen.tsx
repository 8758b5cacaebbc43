/**
 * The action plan (stage 3 of the method): the chronological fresco with its list, the field return
 * and the synthesis radar, and the fiche of the selected action beside them. Stakeholders and the
 * facilitator edit; residents and viewers read the same plan with no editing control at all.
 */
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { clampMonth, yearMonthOf } from '../../shared/model/timeline';
import { monthIndex } from '../../shared/model/yearMonth';
import { PooledFieldContext } from '../concertation/pooledFieldContext';
import { useLiveFieldReturn } from '../concertation/useLiveFieldReturn';
import { useTouchFirst } from '../hooks/useTouchFirst';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { AXIS_HEIGHT } from './canvas/frame';
import { TimelineCanvas } from './canvas/TimelineCanvas';
import type { TimelineScene } from './canvas/TimelineScene';
import { useTimelineLabels } from './canvas/useTimelineLabels';
import { dateAction, dropAction, resizeAction, startAction } from './commands';
import { FichePanel } from './fiche/FichePanel';
import { RemovedFiche } from './fiche/RemovedFiche';
import { useContextWords } from './fiche/useContextWords';
import { useRemovedFiche } from './fiche/useRemovedFiche';
import { FieldReturnPanel } from './field/FieldReturnPanel';
import { PooledFieldReturn } from './field/PooledFieldReturn';
import { ActionList } from './list/ActionList';
import { contextText, difficultyEchoes, echoOfLinks } from './model/fieldReturn';
import { NatureCounts } from './NatureCounts';
import { PlanCue } from './PlanCue';
import { PlanToolbar } from './PlanToolbar';
import { SynthesisRadar } from './radar/SynthesisRadar';
import { PlanSettingsDialog } from './settings/PlanSettingsDialog';
import { useElementWidth } from './useElementWidth';
import { useMyName } from './useMyName';
import { usePictogramName } from './usePictogramName';
import { usePictogramWords } from './usePictogramWords';
import { answer } from './usePlanCue';
import { usePlanEditable } from './usePlanData';
import { usePlanModel } from './usePlanModel';
import {
  editorsByAction,
  type PlanPeer,
  publishPlanDrag,
  usePlanPeers,
  usePublishPlanPresence,
} from './usePlanPresence';
import { usePlanStore } from './usePlanStore';
import './plan.css';

/** How long a new action lasts by default: a year, inside the plan's span. */
const NEW_ACTION_MONTHS = 12;
/** Below this width the fiche slides over the page instead of squeezing the fresco into a strip. */
const SIDE_BY_SIDE_MIN_WIDTH = 1040;

/** The help under the fresco, in the words of the hand that holds the screen. */
function canvasHelpKey(editable: boolean, touchFirst: boolean): string {
  if (touchFirst) return editable ? 'canvas.helpEditTouch' : 'canvas.helpReadTouch';
  return editable ? 'canvas.helpEdit' : 'canvas.helpRead';
}

export interface PlanScreenProps {
  /**
   * The field return in a column beside the timeline (the stakeholder's desk, open in every phase, so
   * partners watch residents' difficulties come in while they write). Without it, only in its tab.
   */
  fieldBeside?: boolean;
}

export function PlanScreen({ fieldBeside = false }: PlanScreenProps) {
  const { t, i18n } = useTranslation('plan');
  const session = useWorkshopSession();
  const editable = usePlanEditable();
  const touchFirst = useTouchFirst();
  const model = usePlanModel();
  const { tab, selectedId, laneMode, settingsOpen } = usePlanStore();
  const store = usePlanStore.getState();
  const [name, setName] = useMyName();
  const peers = usePlanPeers();
  const words = usePictogramWords();
  const contextWords = useContextWords();
  // The pooled return is read with a facilitator's or stakeholder's link (PRODUCT.md §4); a projector or
  // a resident's tablet on this workshop shows its own board's, as any workshop does.
  const concertationId =
    session.role === 'facilitator' || session.role === 'stakeholder' ? session.concertationId : null;
  const pooled = useLiveFieldReturn(concertationId, session.token, i18n.language);
  const pictogramName = usePictogramName(model.synthesis.itemLabels);
  const selected = selectedId ? (model.byId.get(selectedId) ?? null) : null;
  usePublishPlanPresence(name, editable ? (selected?.id ?? null) : null);
  const writer = { doc: session.docs.plan, origin: session.origin };
  const rootRef = useRef<HTMLDivElement>(null);
  const [scene, setScene] = useState<TimelineScene | null>(null);
  const width = useElementWidth(rootRef);
  const narrow = width > 0 && width < SIDE_BY_SIDE_MIN_WIDTH;

  // A fiche removed elsewhere closes here; what it held stays on screen, to write it again.
  const removed = useRemovedFiche(selectedId, selected, editable);
  const beside = fieldBeside && !narrow && !selectedId && !removed.removed && tab !== 'field';

  const peerName = (peer: PlanPeer) => peer.name.trim() || t(`role.${peer.role ?? 'stakeholder'}`);
  const editing = editorsByAction(peers);
  const canvasEditors = new Map(
    [...editing].map(([id, list]) => [
      id,
      { name: peerName(list[0] as PlanPeer), color: (list[0] as PlanPeer).color },
    ]),
  );
  const listEditors = new Map([...editing].map(([id, list]) => [id, list.map(peerName).join(', ')]));
  const remoteDrags = peers.flatMap((peer) => {
    const from = peer.drag ? monthIndex(peer.drag.start) : null;
    const to = peer.drag ? monthIndex(peer.drag.end) : null;
    return peer.drag && from !== null && to !== null
      ? [{ actionId: peer.drag.actionId, from, to, color: peer.color, name: peerName(peer) }]
      : [];
  });

  const labels = useTimelineLabels(laneMode, model.actions.length);

  const defaultMonths = () => {
    const start = model.span.from;
    return {
      start: yearMonthOf(start),
      end: yearMonthOf(clampMonth(model.span, start + NEW_ACTION_MONTHS - 1)),
    };
  };
  const open = (id: string | null) => store.select(id);
  const startWith = (links: string[], title: string, context: string) => {
    const result = answer(startAction(writer, { title, nature: 'new', ...defaultMonths(), links, context }));
    if (result.ok && result.id) open(result.id);
  };
  const startFrom = (links: string[], title: string) => {
    const echo = echoOfLinks(links, model.board, model.synthesis);
    startWith(
      links,
      title,
      contextText(echo, contextWords, (id) => pictogramName(id)),
    );
  };
  const startFromProposal = (proposalId: string) => {
    const proposal = model.synthesis.proposals.find((p) => p.id === proposalId);
    if (!proposal) return;
    startFrom(
      [proposal.id, ...proposal.difficultyIds],
      proposal.label.trim() || words(proposal.pictogram).label,
    );
  };
  const startFromDifficulty = (pictogram: string) => {
    const echo = difficultyEchoes(model.board).find((e) => e.pictogram === pictogram);
    if (!echo) return;
    startFrom(echo.itemIds, t('return.newTitle', { label: pictogramName(pictogram) }));
  };

  const fieldReturn =
    concertationId !== null ? (
      <PooledFieldReturn
        field={pooled.field}
        stale={pooled.stale}
        onStart={editable ? ({ links, title, context }) => startWith(links, title, context) : undefined}
      />
    ) : (
      <FieldReturnPanel
        board={model.board}
        synthesis={model.synthesis}
        actions={model.actions}
        onStartFromProposal={editable ? startFromProposal : undefined}
        onStartFromDifficulty={editable ? startFromDifficulty : undefined}
        onOpen={open}
      />
    );

  return (
    <PooledFieldContext.Provider value={pooled.field}>
      <div
        ref={rootRef}
        className={`plan-screen${selected || removed.removed ? ' has-fiche' : ''}${narrow ? ' is-narrow' : ''}${beside ? ' has-field-beside' : ''}`}
        data-testid="plan-screen"
        data-editable={editable}
      >
        <PlanToolbar
          editable={editable}
          facilitator={session.role === 'facilitator'}
          name={name}
          onName={setName}
          scene={tab === 'timeline' ? scene : null}
          onNewAction={() => {
            const result = answer(
              startAction(writer, { title: '', nature: 'new', ...defaultMonths(), links: [], context: '' }),
            );
            if (result.ok && result.id) open(result.id);
          }}
        />
        <div className="plan-body">
          <div className="plan-main">
            {tab === 'timeline' ? (
              <>
                <NatureCounts counts={model.layout.natures} total={model.actions.length} />
                <div
                  className="timeline-frame"
                  style={{ height: `min(62vh, ${Math.max(300, AXIS_HEIGHT + model.layout.height + 110)}px)` }}
                >
                  <TimelineCanvas
                    layout={model.layout}
                    views={model.views}
                    selectedId={selected?.id ?? null}
                    editors={canvasEditors}
                    remoteDrags={remoteDrags}
                    editable={editable}
                    whole={false}
                    labels={labels}
                    onOpen={open}
                    onMove={(id, delta, lane) => {
                      const action = model.byId.get(id);
                      if (action) answer(dropAction(writer, action, { delta, lane, mode: laneMode }));
                    }}
                    onResize={(id, from, to) => answer(resizeAction(writer, id, from, to))}
                    onDate={(id, from, to, lane) => {
                      const action = model.byId.get(id);
                      if (action) answer(dateAction(writer, action, { from, to, lane, mode: laneMode }));
                    }}
                    onDrag={(drag) =>
                      publishPlanDrag(
                        session.awareness.plan,
                        drag && {
                          actionId: drag.actionId,
                          start: yearMonthOf(drag.from),
                          end: yearMonthOf(drag.to),
                        },
                      )
                    }
                    onScene={setScene}
                  />
                  {model.actions.length === 0 ? (
                    <p className="timeline-empty">{t(editable ? 'canvas.empty' : 'canvas.emptyRead')}</p>
                  ) : null}
                </div>
                <p className="hint canvas-help">{t(canvasHelpKey(editable, touchFirst))}</p>
                <ActionList
                  actions={model.byId}
                  layout={model.layout}
                  laneLabel={labels.lane}
                  missing={model.missing}
                  problems={model.problems}
                  editors={listEditors}
                  selectedId={selected?.id ?? null}
                  onOpen={open}
                />
              </>
            ) : null}
            {tab === 'field' ? fieldReturn : null}
            {tab === 'synthesis' ? <SynthesisRadar /> : null}
          </div>
          {beside ? (
            <aside className="plan-field-beside" data-testid="field-beside">
              {fieldReturn}
            </aside>
          ) : null}
          {selected ? (
            <FichePanel
              action={selected}
              editable={editable}
              problems={model.problems.get(selected.id) ?? []}
              board={model.board}
              synthesis={model.synthesis}
              span={model.span}
              axes={model.axes}
              owners={model.owners}
              themes={model.themes}
              others={editing.get(selected.id) ?? []}
              peerName={peerName}
              onClose={() => open(null)}
            />
          ) : removed.removed ? (
            <RemovedFiche
              action={removed.removed}
              board={model.board}
              synthesis={model.synthesis}
              axes={model.axes}
              onRestored={(id) => {
                removed.dismiss();
                open(id);
              }}
              onClose={removed.dismiss}
            />
          ) : null}
        </div>
        <PlanCue />
        {session.role === 'facilitator' ? (
          <PlanSettingsDialog open={settingsOpen} onClose={() => store.setSettingsOpen(false)} />
        ) : null}
      </div>
    </PooledFieldContext.Provider>
  );
}
