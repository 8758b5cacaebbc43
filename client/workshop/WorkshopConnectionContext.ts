import { createContext, useContext } from 'react';
import type { WorkshopConnection } from '../sync/workshopConnection';

/** The live connection behind the session, for the few screens that manage it ("end my session"). */
export const WorkshopConnectionContext = createContext<WorkshopConnection | null>(null);

export function useWorkshopConnection(): WorkshopConnection {
  const connection = useContext(WorkshopConnectionContext);
  if (!connection) throw new Error('useWorkshopConnection must be used inside a workshop screen');
  return connection;
}
