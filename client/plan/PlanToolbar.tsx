/** The plan screen's top bar: its three views, how lanes are laid out, and the editing commands. */
import { IconChartRadar, IconPlus, IconSettings, IconTimeline, IconUsersGroup } from '@tabler/icons-react';
import { useEffect, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_MODES } from '../../shared/model/timeline';
import { Button } from '../ui/Button';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { ariaKeys, PLAN_ACTIONS, type PlanAction, type PlanActionEnv, planActionForKey } from './actions';
import type { TimelineScene } from './canvas/TimelineScene';
import { type PlanTab, usePlanStore } from './usePlanStore';
import { useUndoState } from './useUndoState';

const TABS: { tab: PlanTab; icon: React.ReactNode }[] = [
  { tab: 'timeline', icon: <IconTimeline size={22} /> },
  { tab: 'field', icon: <IconUsersGroup size={22} /> },
  { tab: 'synthesis', icon: <IconChartRadar size={22} /> },
];

export interface PlanToolbarProps {
  editable: boolean;
  facilitator: boolean;
  name: string;
  onName(name: string): void;
  onNewAction(): void;
  /** The timeline's scene while it is shown, for the zoom buttons. */
  scene: TimelineScene | null;
}

/** The buttons of these actions, in the registry's order. */
function ActionButtons({ ids, env }: { ids: readonly string[]; env: PlanActionEnv }) {
  const { t } = useTranslation('plan');
  const shown = PLAN_ACTIONS.filter((a: PlanAction) => a.button && ids.includes(a.id) && a.when(env));
  return shown.map((action) => (
    <Button
      key={action.id}
      label={t(action.label)}
      icon={<action.icon size={22} />}
      showLabel={false}
      data-action={action.id}
      aria-keyshortcuts={ariaKeys(action)}
      disabled={action.enabled ? !action.enabled(env) : false}
      onClick={() => action.run(env)}
    />
  ));
}

const EDIT_ACTIONS = ['undo', 'redo'];
const VIEW_ACTIONS = ['zoomIn', 'zoomOut', 'fit'];

export function PlanToolbar(props: PlanToolbarProps) {
  const { editable, facilitator, name, onName, onNewAction, scene } = props;
  const { t } = useTranslation('plan');
  const { undo } = useWorkshopSession();
  const { canUndo, canRedo } = useUndoState(undo.plan);
  const tab = usePlanStore((store) => store.tab);
  const setTab = usePlanStore((store) => store.setTab);
  const laneMode = usePlanStore((store) => store.laneMode);
  const setLaneMode = usePlanStore((store) => store.setLaneMode);
  const setSettingsOpen = usePlanStore((store) => store.setSettingsOpen);
  const nameId = useId();
  const env: PlanActionEnv = { scene, undo: editable ? undo.plan : null, canUndo, canRedo };
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      const action = planActionForKey(event, env, 'screen');
      if (!action || (action.enabled && !action.enabled(env))) return;
      event.preventDefault();
      action.run(env);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });
  return (
    <div className="plan-toolbar">
      <nav className="plan-tabs" aria-label={t('tabs.label')}>
        {TABS.map(({ tab: value, icon }) => (
          <Button
            key={value}
            label={t(`tabs.${value}`)}
            icon={icon}
            variant={tab === value ? 'primary' : 'secondary'}
            aria-current={tab === value ? 'page' : undefined}
            data-testid={`plan-tab-${value}`}
            onClick={() => setTab(value)}
          />
        ))}
      </nav>
      <div className="plan-tools">
        {tab === 'timeline' ? (
          <fieldset className="lane-switch">
            <legend>{t('lanes.label')}</legend>
            {LANE_MODES.map((mode) => (
              <Button
                key={mode}
                label={t(`lanes.${mode}`)}
                pressed={laneMode === mode}
                className="toggle-compact"
                data-testid={`lanes-${mode}`}
                onClick={() => setLaneMode(mode)}
              />
            ))}
          </fieldset>
        ) : null}
        {tab === 'timeline' && scene ? (
          <div className="plan-view-tools" role="toolbar" aria-label={t('actions.label')}>
            <ActionButtons ids={VIEW_ACTIONS} env={env} />
          </div>
        ) : null}
        {editable ? (
          <>
            <Button
              label={t('toolbar.newAction')}
              icon={<IconPlus size={22} />}
              variant="primary"
              data-testid="new-action"
              onClick={onNewAction}
            />
            <ActionButtons ids={EDIT_ACTIONS} env={env} />
            <span className="plan-name">
              <label htmlFor={nameId}>{t('toolbar.myName')}</label>
              <input
                id={nameId}
                value={name}
                placeholder={t('toolbar.myNamePlaceholder')}
                maxLength={40}
                onChange={(event) => onName(event.target.value)}
              />
            </span>
          </>
        ) : null}
        {facilitator ? (
          <Button
            label={t('toolbar.settings')}
            icon={<IconSettings size={22} />}
            data-testid="plan-settings"
            onClick={() => setSettingsOpen(true)}
          />
        ) : null}
      </div>
    </div>
  );
}
