import { useMemo } from 'react';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import type { PlanWriter } from './commands';

/** This screen's way into the plan document, for the commands that write it; stable across renders. */
export function usePlanWriter(): PlanWriter {
  const { docs, origin } = useWorkshopSession();
  return useMemo(() => ({ doc: docs.plan, origin }), [docs.plan, origin]);
}
