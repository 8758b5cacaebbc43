/**
 * A resident's tablet during the fresco phases: the week with the palette (exploration), the thread of a
 * tapped activity (pull the thread), or the proposals and tokens beside the fresco (proposals). The list
 * view of the whole board is always in the page for screen readers and keyboards.
 */
import { IconBulb } from '@tabler/icons-react';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toolsOf } from '../../shared/model/threads';
import { NEUTRAL_COLOR } from '../../shared/pictograms/avatarColors';
import type { BoardItem } from '../../shared/schema/board';
import type { DropTarget } from '../canvas/FrescoScene';
import { Button } from '../ui/Button';
import { BoardListView, type ListActions } from './BoardListView';
import { gate, placeActivityCommand } from './commands';
import { FrescoBoard } from './FrescoBoard';
import { Palette, paletteGroups } from './Palette';
import { ProposalsPanel } from './ProposalsPanel';
import { SheetBack } from './SheetBack';
import { ThreadActivities } from './ThreadActivities';
import { ThreadPanel } from './ThreadPanel';
import { useParticipant } from './useFresco';
import { useFrescoScreen } from './useFrescoScreen';
import { useFrescoStore } from './useFrescoStore';
import './fresco.css';

export default function FrescoTablet() {
  const { t } = useTranslation('fresco');
  const screen = useFrescoScreen();
  const { fresco, scene, report, awareness } = screen;
  const phase = fresco.settings.phase;
  const tools = toolsOf(phase);
  const me = useParticipant(fresco.index, fresco.actor.seatId);
  const armed = useFrescoStore((state) => state.armed);
  const thread = useFrescoStore((state) => state.thread);
  const listOpen = useFrescoStore((state) => state.listOpen);
  const [picked, setPicked] = useState<string[]>([]);
  // Phones only (CSS): the proposals cover the fresco as a sheet, folded away to tap difficulties on it.
  const [proposalsShown, setProposalsShown] = useState(true);

  // Others see this resident's live drags in their colour.
  const user = me ? { name: me.name, avatar: me.avatar, color: me.color } : null;
  const userKey = JSON.stringify(user);
  useEffect(() => {
    awareness.setLocalStateField('user', JSON.parse(userKey));
  }, [awareness, userKey]);

  const groups = useMemo(
    () => paletteGroups('activity', fresco.settings.customPictograms, fresco.lang, t('palette.custom')),
    [fresco.settings.customPictograms, fresco.lang, t],
  );
  const { arm, select, openThread } = useFrescoStore.getState();
  const placeFromPalette = (pictogram: string, target: DropTarget) => {
    const placed = report(
      placeActivityCommand(fresco.ctx, pictogram, target, fresco.customWords(pictogram)),
      target,
    );
    arm(null);
    return placed;
  };
  const canPlace = () => {
    const refusal = gate(fresco.ctx, 'place');
    if (refusal) useFrescoStore.getState().refuse(refusal);
    return refusal === null;
  };
  const { resolve, ctx, customWords } = fresco;
  const listActions = useMemo<ListActions>(
    () => ({
      armedLabel: armed ? resolve(armed).label : null,
      onPlace: (target) => {
        if (armed && report(placeActivityCommand(ctx, armed, target, customWords(armed)), target)) arm(null);
      },
      onOpen: (item: BoardItem) => {
        if (tools.thread) openThread(item.kind === 'activity' ? item.id : item.parent);
        else select(item.id);
      },
      openLabel: tools.thread ? t('list.openThread') : t('list.open'),
    }),
    [armed, resolve, ctx, customWords, report, tools.thread, t, arm, openThread, select],
  );
  const highlight = useMemo(() => (thread ? [thread] : picked), [thread, picked]);

  return (
    <div className="fresco-host">
      <div
        className={`fresco-screen fresco-tablet fresco-${phase}`}
        data-testid="fresco-tablet"
        data-phase={phase}
      >
        <div className="fresco-main">
          <FrescoBoard
            screen={screen}
            tapCellZooms={false}
            highlight={highlight}
            myColor={me?.color ?? NEUTRAL_COLOR}
            onPickDifficulty={(id) =>
              setPicked((current) =>
                current.includes(id) ? current.filter((entry) => entry !== id) : [...current, id],
              )
            }
          />
          {tools.place ? (
            <Palette
              groups={groups}
              armed={armed}
              onArm={arm}
              onDrop={placeFromPalette}
              canPlace={canPlace}
              scene={() => scene}
            />
          ) : null}
          {tools.propose && !proposalsShown ? (
            <Button
              className="phone-only sheet-open"
              variant="primary"
              size="large"
              label={t('phone.openProposals')}
              icon={<IconBulb size={28} />}
              data-testid="proposals-open"
              onClick={() => setProposalsShown(true)}
            />
          ) : null}
        </div>
        {tools.thread ? (
          thread ? (
            <ThreadPanel key={thread} fresco={fresco} activityId={thread} report={report} canAdd />
          ) : (
            <ThreadActivities fresco={fresco} />
          )
        ) : null}
        {tools.propose ? (
          <aside className={`side-panel side-wide proposals-sheet ${proposalsShown ? '' : 'sheet-folded'}`}>
            <SheetBack
              className="phone-only"
              label={t('phone.seeFresco')}
              testId="proposals-back"
              onBack={() => setProposalsShown(false)}
            />
            <ProposalsPanel
              fresco={fresco}
              report={report}
              order="written"
              canPropose
              canVote
              canMerge={false}
              preselected={picked}
            />
          </aside>
        ) : null}
        <BoardListView fresco={fresco} open={listOpen} actions={listActions} />
      </div>
    </div>
  );
}
