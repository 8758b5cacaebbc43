import { useCallback } from 'react';
import { readWorkshop } from '../../shared/read/workshop';
import type { WorkshopSettings } from '../../shared/schema/control';
import { useDocValue } from '../sync/useDocValue';
import { useWorkshopSession } from './WorkshopSessionContext';

/** The control document's settings (phase, timer, door, lock, follow…), re-rendering when they change. */
export function useWorkshopSettings(): WorkshopSettings {
  const { docs } = useWorkshopSession();
  return useDocValue(docs.control, readWorkshop);
}

/** Pick one setting, so a component re-renders only when that one changes. */
export function useWorkshopSetting<K extends keyof WorkshopSettings>(key: K): WorkshopSettings[K] {
  const { docs } = useWorkshopSession();
  const read = useCallback((doc: Parameters<typeof readWorkshop>[0]) => readWorkshop(doc)[key], [key]);
  return useDocValue(docs.control, read);
}
