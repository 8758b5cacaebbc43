/** Everything the plan screen derives from the three documents, computed once per change. */
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type ActionProblem,
  actionCompleteness,
  actionProblems,
  REQUIRED_ACTION_FIELDS,
  type RequiredActionField,
} from '../../shared/model/actionChecks';
import type { Synthesis } from '../../shared/model/synthesis';
import { layoutTimeline, type TimelineLayout } from '../../shared/model/timeline';
import type { Board } from '../../shared/schema/board';
import type { CapabilityAxis } from '../../shared/schema/control';
import type { Action } from '../../shared/schema/plan';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';
import type { CardView } from './canvas/types';
import { storedMonthName } from './model/months';
import { useActions, useBoard, useSpan, useSynthesis } from './usePlanData';
import { usePlanStore } from './usePlanStore';

export interface PlanModel {
  actions: Action[];
  byId: Map<string, Action>;
  board: Board;
  synthesis: Synthesis;
  span: ReturnType<typeof useSpan>;
  axes: CapabilityAxis[];
  layout: TimelineLayout;
  problems: Map<string, ActionProblem[]>;
  missing: Map<string, RequiredActionField[]>;
  views: Map<string, CardView>;
  owners: string[];
  themes: string[];
}

export function usePlanModel(): PlanModel {
  const { t, i18n } = useTranslation('plan');
  const actions = useActions();
  const board = useBoard();
  const synthesis = useSynthesis(board);
  const span = useSpan();
  const axes = useWorkshopSetting('capabilityAxes');
  const laneMode = usePlanStore((store) => store.laneMode);
  const layout = useMemo(() => layoutTimeline(actions, span, laneMode), [actions, span, laneMode]);
  const byId = useMemo(() => new Map(actions.map((action) => [action.id, action])), [actions]);
  const boardIds = useMemo(() => new Set(board.items.map((item) => item.id)), [board.items]);
  const problems = useMemo(
    () => new Map(actions.map((action) => [action.id, actionProblems(action, span, boardIds)])),
    [actions, span, boardIds],
  );
  const missing = useMemo(
    () => new Map(actions.map((action) => [action.id, actionCompleteness(action)])),
    [actions],
  );
  const views = useMemo(() => {
    const total = REQUIRED_ACTION_FIELDS.length;
    const lang = i18n.language;
    const monthWords = { quote: (value: string) => t('month.odd', { value }), empty: t('month.empty') };
    return new Map(
      actions.map((action) => {
        const gaps = missing.get(action.id) ?? [];
        return [
          action.id,
          {
            number: action.number,
            title: `${action.number}. ${action.title.trim() || t('untitled')}`,
            subtitle: `${storedMonthName(action.start, lang, monthWords)} → ${storedMonthName(action.end, lang, monthWords)}`,
            completeness: `${total - gaps.length}/${total}`,
            complete: gaps.length === 0,
            warning: (problems.get(action.id) ?? []).length > 0,
          },
        ];
      }),
    );
  }, [actions, missing, problems, t, i18n.language]);
  const owners = useMemo(() => distinct(actions.map((a) => a.owner)), [actions]);
  const themes = useMemo(() => distinct(actions.map((a) => a.theme)), [actions]);
  return { actions, byId, board, synthesis, span, axes, layout, problems, missing, views, owners, themes };
}

function distinct(values: string[]): string[] {
  return [...new Set(values.map((v) => v.trim()).filter(Boolean))].sort((a, b) => a.localeCompare(b));
}
