/** Hooks the plan screens read the documents through. */
import { useMemo, useSyncExternalStore } from 'react';
import { computeSynthesis, type Synthesis } from '../../shared/model/synthesis';
import { type MonthSpan, timelineSpan } from '../../shared/model/timeline';
import { readBoard } from '../../shared/read/board';
import type { Board } from '../../shared/schema/board';
import type { Action } from '../../shared/schema/plan';
import { canWrite } from '../../shared/schema/roles';
import { useDocValue } from '../sync/useDocValue';
import { useWorkshopSetting } from '../workshop/useWorkshopSettings';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import { planIndexOf } from './planIndex';

/** Every action, re-rendering when any changes; unchanged actions keep their identity. */
export function useActions(): Action[] {
  const { docs } = useWorkshopSession();
  const index = planIndexOf(docs.plan);
  return useSyncExternalStore(
    (notify) => index.subscribe(notify),
    () => index.list(),
  );
}

/** One action, or null once it is removed. */
export function useAction(id: string | null): Action | null {
  const { docs } = useWorkshopSession();
  const index = planIndexOf(docs.plan);
  return useSyncExternalStore(
    (notify) => index.subscribe(notify),
    () => (id ? (index.get(id) ?? null) : null),
  );
}

/** Whether this screen may write the plan (facilitator, stakeholder); others see no editing control at all. */
export function usePlanEditable(): boolean {
  const { role } = useWorkshopSession();
  return canWrite(role, 'plan');
}

export function useBoard(): Board {
  const { docs } = useWorkshopSession();
  return useDocValue(docs.board, readBoard);
}

export function useSynthesis(board: Board): Synthesis {
  return useMemo(() => computeSynthesis(board), [board]);
}

/** The plan's calendar as drawn, and the stored values (kept as typed, possibly odd). */
export function useSpan(): MonthSpan & { valid: boolean; start: string; end: string } {
  const start = useWorkshopSetting('timelineStart');
  const end = useWorkshopSetting('timelineEnd');
  return useMemo(() => ({ ...timelineSpan(start, end), start, end }), [start, end]);
}
