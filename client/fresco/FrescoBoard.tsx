/**
 * The fresco as residents and the facilitator use it: the canvas, its toolbar, the hint while a
 * pictogram waits for its cell, the gentle cue, and the sheet of a tapped pictogram. What a tap does
 * follows the phase: place and move in exploration, open the thread in "pull the thread", pick the
 * difficulties a proposal answers in the proposals phase.
 */
import { IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { toolsOf } from '../../shared/model/threads';
import type { DropTarget, ItemHit } from '../../shared/model/weekLayout';
import { useSpeak } from '../hooks/useSpeak';
import { Button } from '../ui/Button';
import { CueBanner } from './CueBanner';
import type { Insets } from './canvas/cameraMath';
import { FrescoCanvas } from './canvas/FrescoCanvas';
import { canChange, moveItemCommand, placeActivityCommand } from './commands';
import { ItemSheet } from './ItemSheet';
import { itemWords } from './pictogramWords';
import { Toolbar } from './Toolbar';
import type { FrescoScreen } from './useFrescoScreen';
import { useFrescoStore } from './useFrescoStore';

/** The toolbar column on the right of the canvas: 64 px buttons, padding, margin. */
const TOOLBAR_INSETS: Insets = { top: 0, right: 96, bottom: 0, left: 0 };

export interface FrescoBoardProps {
  screen: FrescoScreen;
  /** The facilitator zooms to a cell when tapping it with nothing to place. */
  tapCellZooms: boolean;
  /** Items ringed besides the selection (the open thread, picked difficulties). */
  highlight: string[];
  /** Proposals phase: a tapped difficulty is picked for the next proposal. */
  onPickDifficulty?(id: string): void;
  myColor: string;
  /** Room covered by overlays, kept clear when fitting the week; the toolbar's by default. */
  insets?: Insets;
}

export function FrescoBoard({
  screen,
  tapCellZooms,
  highlight,
  onPickDifficulty,
  myColor,
  insets = TOOLBAR_INSETS,
}: FrescoBoardProps) {
  const { t } = useTranslation('fresco');
  const { speak } = useSpeak();
  const { fresco, scene, setScene, report, env } = screen;
  const armed = useFrescoStore((state) => state.armed);
  const moving = useFrescoStore((state) => state.moving);
  const selected = useFrescoStore((state) => state.selected);
  const { arm, select, startMoving, openThread } = useFrescoStore.getState();
  const session = fresco.ctx;
  const phase = fresco.settings.phase;
  const tools = toolsOf(phase);
  const facilitator = fresco.actor.role === 'facilitator';
  const canPlace = tools.place || facilitator;

  const place = (target: DropTarget) => {
    if (armed) {
      if (report(placeActivityCommand(session, armed, target, fresco.customWords(armed)), target)) arm(null);
    } else if (moving) {
      if (report(moveItemCommand(session, moving, target), target)) startMoving(null);
    }
  };

  const callbacks = {
    onTapItem: (hit: ItemHit, target: DropTarget | null) => {
      if ((armed || moving) && target) return place(target);
      const item = fresco.index.items.get(hit.id);
      if (!item) return;
      if (tools.thread || (facilitator && phase === 'thread')) {
        return openThread(item.kind === 'activity' ? item.id : (item.parent ?? null));
      }
      if (tools.propose && item.kind === 'difficulty' && onPickDifficulty) return onPickDifficulty(item.id);
      select(hit.id);
    },
    onTapCell: (target: DropTarget) => {
      if (armed || moving) return place(target);
      // A tap beside an open sheet closes it; otherwise a resident is told to choose a picture first.
      if (selected) return select(null);
      if (tapCellZooms && target !== 'tray') scene?.zoomToCell(target);
      else if (tools.place && !facilitator) useFrescoStore.getState().refuse('chooseFirst');
    },
    onTapDay: (day: Parameters<NonNullable<typeof scene>['zoomToDay']>[0]) => scene?.zoomToDay(day),
    onHoldItem: (hit: ItemHit) => {
      const item = fresco.index.items.get(hit.id);
      if (item) speak(itemWords(item, fresco.resolve(item.pictogram)));
    },
    canDrag: (id: string) => canPlace && canChange(session, id, 'place') === null,
    onDrop: (id: string, target: DropTarget) => report(moveItemCommand(session, id, target), target),
  };

  const selection = useMemo(
    () => [...highlight, ...(selected ? [selected] : []), ...(moving ? [moving] : [])],
    [highlight, selected, moving],
  );
  const armedLabel = armed ? fresco.resolve(armed).label : null;

  return (
    <div className="fresco-board">
      <FrescoCanvas
        index={fresco.index}
        awareness={screen.awareness}
        gestures
        callbacks={callbacks}
        imageOf={fresco.imageOf}
        myColor={myColor}
        selection={selection}
        onScene={setScene}
        label={t('canvas.label')}
        insets={insets}
      />
      <Toolbar env={env} />
      {armed || moving ? (
        <div className="armed-hint" role="status" data-testid="armed-hint">
          <span>{armed ? t('palette.armed', { label: armedLabel ?? '' }) : t('item.moving')}</span>
          <Button
            label={t('palette.cancel')}
            icon={<IconX size={26} />}
            onClick={() => (armed ? arm(null) : startMoving(null))}
          />
        </div>
      ) : null}
      <CueBanner />
      {selected ? <ItemSheet fresco={fresco} itemId={selected} canEdit={canPlace} report={report} /> : null}
    </div>
  );
}
