import { useMemo } from 'react';
import { serverNow } from '../api/serverClock';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import type { ControlWriter } from './control';

/** This screen's way into the control document, for the commands that write it; stable across renders. */
export function useControlWriter(): ControlWriter {
  const { docs, origin, role } = useWorkshopSession();
  return useMemo(
    () => ({ control: docs.control, origin, role, now: serverNow }),
    [docs.control, origin, role],
  );
}
