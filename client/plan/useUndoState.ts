import { useSyncExternalStore } from 'react';
import type * as Y from 'yjs';

/** Whether the plan's undo manager can undo and redo right now (this screen's own edits only). */
export function useUndoState(manager: Y.UndoManager): { canUndo: boolean; canRedo: boolean } {
  const key = useSyncExternalStore(
    (notify) => {
      const events = ['stack-item-added', 'stack-item-popped', 'stack-cleared'] as const;
      for (const event of events) manager.on(event, notify);
      return () => {
        for (const event of events) manager.off(event, notify);
      };
    },
    () => `${manager.canUndo()}/${manager.canRedo()}`,
  );
  return { canUndo: key.startsWith('true'), canRedo: key.endsWith('true') };
}
