import { doorOpenAt } from '../../shared/read/workshop';
import { useNow } from '../hooks/useNow';
import { useWorkshopSetting } from './useWorkshopSettings';

/**
 * Whether the join code admits residents now: the door is open and its planned closing time, if any,
 * has not passed on the server's clock. Re-renders each second only while a closing time is planned.
 */
export function useDoorOpen(): boolean {
  const doorOpen = useWorkshopSetting('doorOpen');
  const doorClosesAt = useWorkshopSetting('doorClosesAt');
  const now = useNow(doorOpen && doorClosesAt !== null, 1000);
  return doorOpenAt({ doorOpen, doorClosesAt }, now);
}
