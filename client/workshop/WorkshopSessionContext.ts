import { createContext, useContext } from 'react';
import type { WorkshopSession } from './session';

export const WorkshopSessionContext = createContext<WorkshopSession | null>(null);

export function useWorkshopSession(): WorkshopSession {
  const session = useContext(WorkshopSessionContext);
  if (!session) throw new Error('useWorkshopSession must be used inside a workshop screen');
  return session;
}
