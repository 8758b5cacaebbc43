import { serverNow } from '../api/serverClock';
import { useWorkshopSession } from '../workshop/WorkshopSessionContext';
import type { ControlWriter } from './control';

/** This screen's way into the control document, for the commands that write it. */
export function useControlWriter(): ControlWriter {
  const { docs, origin, role } = useWorkshopSession();
  return { control: docs.control, origin, role, now: serverNow };
}
