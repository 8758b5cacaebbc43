/**
 * The facilitator's laptop during the fresco phases: the same fresco (tap a day or a cell to zoom on it,
 * "see everything" to come back; the projector follows when "follow me" is on), the palette to place for
 * someone, threads to pull, proposals ranked by votes with grouping of duplicates, and the synthesis.
 */
import { IconTable } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DropTarget } from '../../shared/model/weekLayout';
import type { BoardItem } from '../../shared/schema/board';
import { Button } from '../ui/Button';
import { BoardListView, type ListActions } from './BoardListView';
import { CustomPictograms } from './CustomPictograms';
import { placeActivityCommand } from './commands';
import { FrescoBoard } from './FrescoBoard';
import { Palette, paletteGroups } from './Palette';
import { ProposalsPanel } from './ProposalsPanel';
import { SynthesisView } from './SynthesisView';
import { ThreadPanel } from './ThreadPanel';
import { useFrescoScreen } from './useFrescoScreen';
import { useFrescoStore } from './useFrescoStore';
import './fresco.css';

/** The toolbar on the right and the buttons above the fresco. */
const FACILITATOR_INSETS = { top: 64, right: 96, bottom: 0, left: 0 };

export default function FrescoFacilitator() {
  const { t } = useTranslation('fresco');
  const screen = useFrescoScreen();
  const { fresco, scene, report } = screen;
  const phase = fresco.settings.phase;
  const armed = useFrescoStore((state) => state.armed);
  const thread = useFrescoStore((state) => state.thread);
  const listOpen = useFrescoStore((state) => state.listOpen);
  const [synthesisOpen, setSynthesisOpen] = useState(false);
  const [picked, setPicked] = useState<string[]>([]);
  const { arm, select, openThread } = useFrescoStore.getState();
  const groups = useMemo(
    () => paletteGroups('activity', fresco.settings.customPictograms, fresco.lang, t('palette.custom')),
    [fresco.settings.customPictograms, fresco.lang, t],
  );
  const { resolve, ctx, customWords } = fresco;
  const listActions = useMemo<ListActions>(
    () => ({
      armedLabel: armed ? resolve(armed).label : null,
      onPlace: (target) => {
        if (armed && report(placeActivityCommand(ctx, armed, target, customWords(armed)), target)) arm(null);
      },
      onOpen: (item: BoardItem) => {
        if (phase === 'thread') openThread(item.kind === 'activity' ? item.id : item.parent);
        else select(item.id);
      },
      openLabel: phase === 'thread' ? t('list.openThread') : t('list.open'),
    }),
    [armed, resolve, ctx, customWords, report, phase, t, arm, openThread, select],
  );
  const highlight = useMemo(() => (thread ? [thread] : picked), [thread, picked]);

  const side =
    phase === 'thread' && thread ? (
      <ThreadPanel key={thread} fresco={fresco} activityId={thread} report={report} canAdd />
    ) : phase === 'propose' ? (
      <ProposalsPanel
        fresco={fresco}
        report={report}
        order="ranked"
        canPropose
        canVote={false}
        canMerge
        preselected={picked}
      />
    ) : null;

  return (
    <div className="fresco-host">
      <div
        className={`fresco-screen fresco-facilitator fresco-${phase}`}
        data-testid="fresco-facilitator"
        data-phase={phase}
      >
        <div className="fresco-main">
          <div className="fresco-topbar">
            <Button
              label={synthesisOpen ? t('facilitator.closeSynthesis') : t('facilitator.openSynthesis')}
              icon={<IconTable size={24} />}
              pressed={synthesisOpen}
              data-testid="synthesis-toggle"
              onClick={() => setSynthesisOpen(!synthesisOpen)}
            />
            {phase === 'explore' || phase === 'thread' ? (
              <CustomPictograms fresco={fresco} kind={phase === 'explore' ? 'activity' : 'difficulty'} />
            ) : null}
          </div>
          <FrescoBoard
            screen={screen}
            tapCellZooms
            insets={FACILITATOR_INSETS}
            highlight={highlight}
            myColor="#17202e"
            onPickDifficulty={(id) =>
              setPicked((current) =>
                current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id],
              )
            }
          />
          {phase === 'explore' ? (
            <Palette
              groups={groups}
              armed={armed}
              onArm={arm}
              onDrop={(pictogram: string, target: DropTarget) => {
                const placed = report(
                  placeActivityCommand(fresco.ctx, pictogram, target, fresco.customWords(pictogram)),
                  target,
                );
                arm(null);
                return placed;
              }}
              canPlace={() => true}
              scene={() => scene}
            />
          ) : null}
        </div>
        {side ? <aside className="side-panel side-wide facilitator-side">{side}</aside> : null}
        {synthesisOpen ? (
          <section className="synthesis-overlay" aria-labelledby="synthesis-overlay-title">
            <h2 id="synthesis-overlay-title">{t('synthesis.title')}</h2>
            <SynthesisView fresco={fresco} />
          </section>
        ) : null}
        <BoardListView fresco={fresco} open={listOpen} actions={listActions} />
      </div>
    </div>
  );
}
