/** The plan screen's top bar: its three views, how lanes are laid out, and the editing commands. */
import {
  IconArrowBackUp,
  IconArrowForwardUp,
  IconChartRadar,
  IconPlus,
  IconSettings,
  IconTimeline,
  IconUsersGroup,
} from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { LANE_MODES } from '../../shared/model/timeline';
import { Button } from '../ui/Button';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
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
}

export function PlanToolbar({ editable, facilitator, name, onName, onNewAction }: PlanToolbarProps) {
  const { t } = useTranslation('plan');
  const { undo } = useWorkshopSession();
  const { canUndo, canRedo } = useUndoState(undo.plan);
  const tab = usePlanStore((store) => store.tab);
  const setTab = usePlanStore((store) => store.setTab);
  const laneMode = usePlanStore((store) => store.laneMode);
  const setLaneMode = usePlanStore((store) => store.setLaneMode);
  const setSettingsOpen = usePlanStore((store) => store.setSettingsOpen);
  const nameId = useId();
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
        {editable ? (
          <>
            <Button
              label={t('toolbar.newAction')}
              icon={<IconPlus size={22} />}
              variant="primary"
              data-testid="new-action"
              onClick={onNewAction}
            />
            <Button
              label={t('toolbar.undo')}
              icon={<IconArrowBackUp size={22} />}
              showLabel={false}
              disabled={!canUndo}
              onClick={() => undo.plan.undo()}
            />
            <Button
              label={t('toolbar.redo')}
              icon={<IconArrowForwardUp size={22} />}
              showLabel={false}
              disabled={!canRedo}
              onClick={() => undo.plan.redo()}
            />
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
